package procedo.engine.camunda;

import java.util.Set;

/** The names of the variables Procedo keeps on every case, which start-form data may not use. */
final class CaseVariables {

    static final String PROCEDURE_CODE = "procedureCode";
    static final String LOCALITY = "locality";
    static final String CHANNEL = "channel";
    static final String PROCESSING_DAYS = "processingDays";
    static final String DUE_DATE = "dueDate";
    static final String STARTED_BY = "startedBy";
    static final String ON_TIME = "onTime";
    static final String ESCALATED = "escalated";
    static final String ESCALATIONS = "escalations";

    /**
     * Names start-form data may not use: Procedo's (the locality is the case's tenant, the procedure code comes
     * from the workflow, who started it is the case's start user; the escalated and on-time variables appear
     * later), plus the names the expression language gives (the execution, the task).
     */
    static final Set<String> RESERVED = Set.of(PROCEDURE_CODE, LOCALITY, CHANNEL, PROCESSING_DAYS, DUE_DATE,
            STARTED_BY, ON_TIME, ESCALATED, ESCALATIONS, "execution", "task", "comment");

    /**
     * The names of Procedo's that a model's expressions may use: the variables every running case has from its
     * start, and the execution and the task ({@code execution.tenantId} is the case's locality).
     */
    static final Set<String> IN_EXPRESSIONS = Set.of(CHANNEL, PROCESSING_DAYS, DUE_DATE, "execution", "task");

    private CaseVariables() {
    }
}
