package procedo.catalog.assessment;

import procedo.catalog.procedure.ProcedureFilter;

/** Which candidates compete for an effort budget (person-days) and in which scope their savings count. */
public record PortfolioRequest(Scope scope, ProcedureFilter filter, OnlineInclusion online, int budgetDays) {
}
