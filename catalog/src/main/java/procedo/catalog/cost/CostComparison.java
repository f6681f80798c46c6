package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.Objects;
import procedo.catalog.number.Decimals;

/**
 * The as-is cost of a procedure beside its to-be cost. {@code savingVnd} is the annual as-is cost minus the annual
 * to-be cost (negative when the to-be costs more); {@code savingPercent} is that saving as a percentage of the
 * annual as-is cost, rounded half-up to two decimals, and null when the as-is cost is zero.
 */
public record CostComparison(CostResult asIs, CostResult toBe, BigDecimal savingVnd, BigDecimal savingPercent) {

    public CostComparison {
        Objects.requireNonNull(asIs, "asIs");
        Objects.requireNonNull(toBe, "toBe");
        savingVnd = Decimals.plain(savingVnd);
        savingPercent = savingPercent == null ? null : Decimals.plain(savingPercent);
    }
}
