package procedo.engine.camunda;

import java.util.Set;

/** The names of the variables Procedo keeps on a case, which start-form data may not use. */
final class CaseVariables {

    static final String LOCALITY = "locality";
    static final String CHANNEL = "channel";
    static final String PROCESSING_DAYS = "processingDays";
    static final String DUE_DATE = "dueDate";
    static final String ON_TIME = "onTime";
    static final String ESCALATED = "escalated";
    /** The case's {@link procedo.engine.CaseMark} (training, simulated), only on marked cases. */
    static final String MARK = "caseMark";

    /**
     * Names start-form data may not use: Procedo's variables (the locality only while the case starts, as the
     * source of its tenant; on-time and escalated appear later), the names the expression language gives (the
     * execution, the task), and the comment a task completion may carry.
     */
    static final Set<String> RESERVED = Set.of(LOCALITY, CHANNEL, PROCESSING_DAYS, DUE_DATE, ON_TIME, ESCALATED, MARK,
            "execution", "task", "comment");

    /**
     * The names of Procedo's that a model's expressions may use: the variables every running case has from its
     * start, and the execution and the task ({@code execution.tenantId} is the case's locality).
     */
    static final Set<String> IN_EXPRESSIONS = Set.of(CHANNEL, PROCESSING_DAYS, DUE_DATE, "execution", "task");

    private CaseVariables() {
    }
}
