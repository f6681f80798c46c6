package procedo.catalog.cost;

import java.util.Objects;

/** The two scenarios of one procedure to compare: as it is today, and as a simplification plan would make it. */
public record ComparisonRequest(CostInput asIs, CostInput toBe) {

    public ComparisonRequest {
        Objects.requireNonNull(asIs, "asIs");
        Objects.requireNonNull(toBe, "toBe");
    }
}
