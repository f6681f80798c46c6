package procedo.engine;

/** No workflow, case or task by that name. */
public final class WorkflowNotFoundException extends WorkflowException {

    public WorkflowNotFoundException(EngineText text) {
        super(text);
    }
}
