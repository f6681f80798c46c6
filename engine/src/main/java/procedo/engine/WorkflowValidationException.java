package procedo.engine;

import java.util.List;

/** A model that would fail or misbehave when run, or case data that cannot be taken: every problem, located. */
public final class WorkflowValidationException extends WorkflowException {

    private final transient List<ElementProblem> problems;

    public WorkflowValidationException(EngineText summary, List<ElementProblem> problems) {
        super(summary, summary.english() + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.problems = List.copyOf(problems);
    }

    public List<ElementProblem> problems() {
        return problems;
    }
}
