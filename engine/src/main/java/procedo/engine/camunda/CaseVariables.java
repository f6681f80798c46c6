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
    /** How the case ended ({@link procedo.engine.CaseOutcome}'s name), set when it ends. */
    static final String OUTCOME = "outcome";
    /** Why it was refused, withdrawn or cancelled. */
    static final String OUTCOME_REASON = "outcomeReason";
    /** Since when the legal clock stands still (an applicant's step is open); absent while it runs. */
    static final String CLOCK_PAUSED_AT = "clockPausedAt";
    /** The working days the legal clock stood still so far. */
    static final String PAUSED_DAYS = "pausedWorkingDays";
    /** The member of a task completion's data that carries the reason of a refusal (kept as {@link #OUTCOME_REASON}). */
    static final String REASON = "reason";

    /**
     * Names start-form data may not use: Procedo's variables (the locality only while the case starts, as the
     * source of its tenant; on-time and escalated appear later), the names the expression language gives (the
     * execution, the task), and the comment a task completion may carry.
     */
    static final Set<String> RESERVED = Set.of(LOCALITY, CHANNEL, PROCESSING_DAYS, DUE_DATE, ON_TIME, ESCALATED, MARK,
            "execution", "task", "comment", OUTCOME, OUTCOME_REASON, CLOCK_PAUSED_AT, PAUSED_DAYS, REASON);

    /**
     * The names of Procedo's that a model's expressions may use: the variables every running case has from its
     * start, and the execution and the task ({@code execution.tenantId} is the case's locality).
     */
    static final Set<String> IN_EXPRESSIONS = Set.of(CHANNEL, PROCESSING_DAYS, DUE_DATE, "execution", "task");

    private CaseVariables() {
    }
}
