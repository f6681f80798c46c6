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

    /** Variables Procedo sets, plus the names the expression language gives (the execution, the task). */
    static final Set<String> RESERVED = Set.of(PROCEDURE_CODE, LOCALITY, CHANNEL, PROCESSING_DAYS, DUE_DATE,
            STARTED_BY, ON_TIME, ESCALATED, ESCALATIONS, "execution", "task", "comment");

    private CaseVariables() {
    }
}
