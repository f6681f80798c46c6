package procedo.catalog.report;

import procedo.catalog.assessment.Scope;
import procedo.catalog.plan.PlanStatus;

/**
 * Which procedures a report covers: a scope (national or a locality's figures), and optionally one field, one
 * agency, one locality the procedure is specific to, and one plan status.
 * <p>
 * Without a plan status, every active procedure of the filter is covered and a procedure's "after" is its leading
 * APPROVED or IMPLEMENTED plan (else "after" = "before"). With a plan status, only the procedures that have a plan
 * in that status are covered, and that plan is the "after" (so DRAFT or PROPOSED shows what pending plans would
 * save).
 */
public record ReportFilter(Scope scope, String field, String agencyCode, String localityCode, PlanStatus planStatus) {

    public ReportFilter {
        scope = scope == null ? Scope.NATIONAL : scope;
        field = blankToNull(field);
        agencyCode = blankToNull(agencyCode);
        localityCode = blankToNull(localityCode);
    }

    public static ReportFilter all() {
        return new ReportFilter(Scope.NATIONAL, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The filter in words, as the summary sheet shows it. */
    public String describe() {
        StringBuilder text = new StringBuilder("scope ").append(scope);
        if (field != null) {
            text.append("; field ").append(field);
        }
        if (agencyCode != null) {
            text.append("; agency ").append(agencyCode);
        }
        if (localityCode != null) {
            text.append("; locality ").append(localityCode);
        }
        text.append("; plans counted: ").append(planStatus == null ? "APPROVED and IMPLEMENTED" : planStatus.name());
        return text.toString();
    }
}
