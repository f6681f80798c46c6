package procedo.catalog.report;

import java.math.BigDecimal;
import procedo.catalog.plan.Saving;

/** The report's figures added up for one agency, field or locality: sums of the rows' whole-đồng amounts. */
public record RollUp(String key, String name, int procedures, int withPlan, Saving saving) {

    static final class Sum {
        int procedures;
        int withPlan;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;

        void add(CostReductionRow row) {
            procedures++;
            if (row.planId() != null) {
                withPlan++;
            }
            before = before.add(row.before().annualVnd());
            after = after.add(row.after().annualVnd());
        }

        RollUp toRollUp(String key, String name) {
            return new RollUp(key, name, procedures, withPlan, Saving.of(before, after));
        }
    }
}
