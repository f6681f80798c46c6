package procedo.catalog.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

class CostInputTest {

    @Test
    void refusesMissingPartsAndNullActivities() {
        // given
        List<Activity> activities = Arrays.asList((Activity) null);

        // when
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new CostInput(new BigDecimal("-1"), null, null, activities));

        // then
        assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
                "tariffVndPerHour: must not be negative",
                "quantity: is required",
                "feesVnd: is required",
                "activities[0]: is required");
    }

    @Test
    void keepsItsOwnCopyOfTheActivities() {
        // given
        List<Activity> activities = new ArrayList<>();
        CostInput input = new CostInput(BigDecimal.ONE, Quantity.recorded(BigDecimal.TEN), BigDecimal.ZERO, activities);

        // when
        activities.add(new Activity("Late addition", null, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE));

        // then
        assertThat(input.activities()).isEmpty();
    }
}
