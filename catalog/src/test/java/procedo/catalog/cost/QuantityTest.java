package procedo.catalog.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

class QuantityTest {

    @Test
    void recordedQuantityIsTheNumberGiven() {
        // when
        Quantity quantity = Quantity.recorded(new BigDecimal("1234.0"));

        // then
        assertThat(quantity.dossiersPerYear()).isEqualTo(new BigDecimal("1234"));
    }

    @Test
    void estimatedQuantityIsPopulationTimesFrequency() {
        // when  2 500 000 × 0.04 = 100 000
        Quantity quantity = Quantity.estimated(new BigDecimal("2500000"), new BigDecimal("0.04"));

        // then
        assertThat(quantity.dossiersPerYear()).isEqualTo(new BigDecimal("100000"));
    }

    @Test
    void refusesNegativeFactors() {
        // when
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Quantity.estimated(new BigDecimal("-1"), new BigDecimal("-0.5")));

        // then
        assertThat(refused.problems()).extracting(Problem::location)
                .containsExactly("population", "frequencyPerYear");
    }
}
