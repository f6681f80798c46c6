package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.List;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;

/**
 * Everything the Standard Cost Model needs for one procedure in one scenario (as-is, or a simplification plan):
 * the value of one hour of the applicant's time, the yearly number of dossiers, the fees and charges per dossier,
 * and the activities in the order the applicant performs them.
 * A missing part or a negative amount is refused with an {@link procedo.catalog.error.InvalidInputException}.
 */
public record CostInput(BigDecimal tariffVndPerHour, Quantity quantity, BigDecimal feesVnd, List<Activity> activities) {

    public CostInput {
        Problems problems = new Problems();
        problems.requireNonNegative("tariffVndPerHour", tariffVndPerHour);
        problems.requirePresent("quantity", quantity);
        problems.requireNonNegative("feesVnd", feesVnd);
        problems.requireNoNullElement("activities", activities);
        problems.throwIfAny();
        tariffVndPerHour = Decimals.plain(tariffVndPerHour);
        feesVnd = Decimals.plain(feesVnd);
        activities = List.copyOf(activities);
    }
}
