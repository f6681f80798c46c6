package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one criterion was normalised over a candidate set: the {@code weight} as the profile gives it, the
 * {@code effectiveWeight} (weight ÷ sum of weights, 6 decimals) and the smallest and largest transformed value
 * ({@code min}, {@code max}, 6 decimals; both 0 for an empty candidate set). When all candidates share the same
 * transformed value the criterion does not separate them: it normalises every one of them to 0 and so adds
 * nothing to any score.
 */
public record CriterionNormalization(Criterion criterion, Criterion.Scale scale, BigDecimal weight,
                                     BigDecimal effectiveWeight, BigDecimal min, BigDecimal max) {

    public CriterionNormalization {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(effectiveWeight, "effectiveWeight");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }
}
