package procedo.catalog.priority;

import java.math.BigDecimal;

/**
 * How a criterion was normalised over the candidates: normalized = (x' − min) ÷ (max − min) where x' is the raw
 * value on the criterion's scale; 0 for everyone when max = min (the criterion does not separate them).
 */
public record CriterionNormalization(Criterion criterion, Scale scale, BigDecimal weight, BigDecimal effectiveWeight,
                                     BigDecimal min, BigDecimal max) {
}
