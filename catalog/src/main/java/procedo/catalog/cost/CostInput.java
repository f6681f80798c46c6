package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Everything the Standard Cost Model needs for one procedure in one scenario. */
public record CostInput(BigDecimal tariffVndPerHour, Quantity quantity, BigDecimal feesVnd, List<Activity> activities) {

    public CostInput {
        Objects.requireNonNull(tariffVndPerHour, "tariffVndPerHour");
        Objects.requireNonNull(quantity, "quantity");
        feesVnd = feesVnd == null ? BigDecimal.ZERO : feesVnd;
        activities = List.copyOf(activities);
    }
}
