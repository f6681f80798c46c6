package procedo.modeler.observatory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The colour thresholds of a column: a figure at least as good as {@code good} is good, one worse than {@code poor}
 * is poor, the rest medium. Which way is better is the column's own ({@link Direction}).
 */
public record Thresholds(Direction direction, BigDecimal good, BigDecimal poor) {

    /** Which way a figure gets better. */
    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    public Thresholds {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(poor, "poor");
        if (direction == Direction.HIGHER_IS_BETTER ? good.compareTo(poor) < 0 : good.compareTo(poor) > 0) {
            throw new IllegalArgumentException("the good threshold must not be worse than the poor one");
        }
    }

    /** The rating of {@code value}; null for no value. */
    public Rating rate(BigDecimal value) {
        if (value == null) {
            return null;
        }
        int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (sign * value.compareTo(good) >= 0) {
            return Rating.GOOD;
        }
        return sign * value.compareTo(poor) < 0 ? Rating.POOR : Rating.MEDIUM;
    }
}
