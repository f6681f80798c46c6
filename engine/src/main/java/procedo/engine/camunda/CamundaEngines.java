package procedo.engine.camunda;

import procedo.engine.EngineSettings;
import procedo.engine.WorkflowEngine;

/** Starts the workflow engine: the entry point of this implementation for the application's composition root. */
public final class CamundaEngines {

    private CamundaEngines() {
    }

    /**
     * Starts Camunda 7 embedded in this JVM on the given database, creating or updating its tables. Close the
     * returned engine to stop it (and its job executor and escalation sweep).
     */
    public static WorkflowEngine embedded(EngineSettings settings) {
        return CamundaWorkflowEngine.start(settings);
    }
}
