package procedo.engine;

import java.util.List;

/** A model that would fail or misbehave when run, or case data that cannot be taken: every problem, located. */
public final class WorkflowValidationException extends WorkflowException {

    private final List<ElementProblem> problems;

    public WorkflowValidationException(String message, List<ElementProblem> problems) {
        super(message + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.problems = List.copyOf(problems);
    }

    public List<ElementProblem> problems() {
        return problems;
    }
}
