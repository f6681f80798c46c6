package procedo.catalog.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import procedo.catalog.cost.CostComparison;

/**
 * The annual figures of a comparison as reports show them, in whole đồng: each annual cost is the exact cost per
 * dossier × dossiers per year rounded half-up to whole đồng; the saving is the difference of the rounded costs
 * (so that before − after = saving on every row and sums of rows equal the totals); the saving percentage is
 * saving × 100 ÷ before, half-up to 2 decimals ({@code null} when before is 0).
 */
public record Saving(BigDecimal beforeVnd, BigDecimal afterVnd, BigDecimal savingVnd, BigDecimal savingPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Saving of(CostComparison comparison) {
        return of(whole(comparison.asIs().annualCostVnd()), whole(comparison.toBe().annualCostVnd()));
    }

    public static Saving of(BigDecimal before, BigDecimal after) {
        BigDecimal saving = before.subtract(after);
        return new Saving(before, after, saving, percent(saving, before));
    }

    public static BigDecimal whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
