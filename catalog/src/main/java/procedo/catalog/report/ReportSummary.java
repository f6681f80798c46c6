package procedo.catalog.report;

import java.math.BigDecimal;
import java.time.Instant;
import procedo.catalog.plan.Saving;

/**
 * The report's totals (sums of the rows' whole-đồng figures) against the target of cutting at least
 * {@code targetPercent} % of compliance costs, with the filter they were computed for and the names of the
 * places and agency that filter names.
 */
public record ReportSummary(ReportFilter filter, FilterNames filterNames, Instant generatedAt, int procedures,
                            int withPlan, Saving saving, BigDecimal targetPercent, boolean targetMet) {

    /** The reform target: cut at least 20 % of the compliance costs. */
    public static final BigDecimal TARGET_PERCENT = BigDecimal.valueOf(20);

    /** The names of the filter's scope locality, agency and locality (null where the filter names none). */
    public record FilterNames(String scope, String agency, String locality) {
    }
}
