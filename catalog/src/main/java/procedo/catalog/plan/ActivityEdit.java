package procedo.catalog.plan;

import java.math.BigDecimal;
import procedo.catalog.cost.ActivityKind;

/**
 * An analyst's hand edit of the to-be activities, applied after the measures and kept when the measures change:
 * it replaces the derived activity of the same {@code name} (or removes it when {@code removed}), or adds a new
 * activity when no derived activity has that name. Missing figures of a replacement keep the derived ones.
 */
public record ActivityEdit(String name, ActivityKind kind, BigDecimal hours, BigDecimal outOfPocketVnd,
                           BigDecimal share, boolean removed) {
}
