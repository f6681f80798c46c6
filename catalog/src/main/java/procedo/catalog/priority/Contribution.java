package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one criterion adds to one procedure's score: its {@code raw} value, the {@code normalized} value in
 * [0, 1] over the candidate set (6 decimals), the {@code weight} it carried (effective weight, i.e. the
 * profile's weight divided by the sum of weights, 6 decimals) and the points it {@code contribution} brings
 * (2 decimals; the contributions of a procedure sum exactly to its score).
 */
public record Contribution(Criterion criterion, BigDecimal raw, BigDecimal normalized, BigDecimal weight,
                           BigDecimal contribution) {

    public Contribution {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(contribution, "contribution");
    }
}
