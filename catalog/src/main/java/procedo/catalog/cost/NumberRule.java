package procedo.catalog.cost;

import java.math.BigDecimal;
import procedo.catalog.error.Problems;

/**
 * The plausible range of each kind of number in a cost input. Anything beyond it is a typing mistake or a hostile
 * input, and is refused with the limit named; at most {@value #MAX_DECIMAL_PLACES} decimal places are accepted.
 */
enum NumberRule {
    TARIFF("10000000"),
    COUNT("10000000000"),
    FREQUENCY("10000"),
    HOURS("10000"),
    MONEY("1000000000000"),
    SHARE("1");

    static final int MAX_DECIMAL_PLACES = 10;

    private final BigDecimal max;

    NumberRule(String max) {
        this.max = new BigDecimal(max);
    }

    /** Whether the value is acceptable; if not, the first thing wrong with it is added to the problems. */
    boolean check(String location, BigDecimal value, Problems problems) {
        boolean inRange = this == SHARE
                ? problems.requireFraction(location, value)
                : problems.requireNonNegative(location, value) && problems.requireAtMost(location, value, max);
        return inRange && problems.requireDecimalPlaces(location, value, MAX_DECIMAL_PLACES);
    }
}
