package procedo.catalog.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

class ActivityTest {

    @Test
    void kindDefaultsToOther() {
        // when
        Activity activity = new Activity("Ask a neighbour", null, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE);

        // then
        assertThat(activity.kind()).isEqualTo(ActivityKind.OTHER);
    }

    @Test
    void defaultsAMissingOutOfPocketAmountToZeroAndAMissingShareToOne() {
        Activity activity = new Activity("Nộp hồ sơ", ActivityKind.SUBMIT, new BigDecimal("0.25"), null, null);

        assertThat(activity.outOfPocketVnd()).isEqualByComparingTo("0");
        assertThat(activity.share()).isEqualByComparingTo("1");
    }

    @Test
    void refusesEveryInvalidComponentAtOnce() {
        // when
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> new Activity(
                " ", ActivityKind.COPY, new BigDecimal("-1"), new BigDecimal("-5"), new BigDecimal("1.01")));

        // then
        assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
                "name: must not be blank",
                "hours: must not be negative",
                "outOfPocketVnd: must not be negative",
                "share: must be between 0 and 1");
    }

    @Test
    void holdsAmountsWithoutTrailingZeros() {
        // when
        Activity activity = new Activity("Copy", ActivityKind.COPY,
                new BigDecimal("1.50"), new BigDecimal("2E+4"), new BigDecimal("1.000"));

        // then
        assertThat(activity.hours()).hasToString("1.5");
        assertThat(activity.outOfPocketVnd()).hasToString("20000");
        assertThat(activity.share()).hasToString("1");
        assertThat(activity).isEqualTo(new Activity("Copy", ActivityKind.COPY,
                new BigDecimal("1.5"), new BigDecimal("20000"), BigDecimal.ONE));
    }
}
