package procedo.catalog.cost;

import java.math.BigDecimal;

/**
 * As-is against to-be: saving = annual as-is − annual to-be (negative when the to-be costs more); saving percent
 * = saving ÷ annual as-is × 100, rounded half-up to 2 decimals, {@code null} when the as-is costs nothing.
 */
public record CostComparison(CostResult asIs, CostResult toBe, BigDecimal savingVnd, BigDecimal savingPercent) {
}
