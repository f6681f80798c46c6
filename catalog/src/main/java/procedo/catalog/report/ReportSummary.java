package procedo.catalog.report;

import java.math.BigDecimal;
import java.time.Instant;
import procedo.catalog.plan.Saving;

/**
 * The report's totals (sums of the rows' whole-đồng figures) against the target of cutting at least
 * {@code targetPercent} % of compliance costs.
 */
public record ReportSummary(String filter, Instant generatedAt, int procedures, int withPlan, Saving saving,
                            BigDecimal targetPercent, boolean targetMet) {

    /** The reform target: cut at least 20 % of the compliance costs. */
    public static final BigDecimal TARGET_PERCENT = BigDecimal.valueOf(20);
}
