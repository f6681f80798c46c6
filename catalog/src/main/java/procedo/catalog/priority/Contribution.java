package procedo.catalog.priority;

import java.math.BigDecimal;

/**
 * One criterion's part of a score: contribution = 100 × weight × normalized, rounded half-up to 2 decimals.
 *
 * @param normalized the min-max normalised transformed value, 0..1 (6 decimals)
 * @param weight     the effective weight: the profile's weight ÷ the sum of its weights (6 decimals)
 */
public record Contribution(Criterion criterion, BigDecimal raw, BigDecimal normalized, BigDecimal weight,
                           BigDecimal contribution) {
}
