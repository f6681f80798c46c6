package procedo.engine;

import procedo.engine.camunda.CamundaWorkflowEngine;

/** Starts the workflow engine. */
public final class WorkflowEngines {

    private WorkflowEngines() {
    }

    /**
     * Starts Camunda 7 embedded in this JVM on the given database, creating or updating its tables. Close the
     * returned engine to stop it (and its job executor).
     */
    public static WorkflowEngine embedded(EngineSettings settings) {
        return CamundaWorkflowEngine.start(settings);
    }
}
