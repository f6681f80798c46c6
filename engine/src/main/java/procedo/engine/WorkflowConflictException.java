package procedo.engine;

/** The request clashes with the state: a suspended workflow, a task claimed by somebody else. */
public final class WorkflowConflictException extends WorkflowException {

    public WorkflowConflictException(EngineText text) {
        super(text);
    }
}
