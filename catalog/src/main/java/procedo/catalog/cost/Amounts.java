package procedo.catalog.cost;

import java.math.BigDecimal;

/** The one written form of every amount in this package: exact, without trailing zeros, never in E notation. */
final class Amounts {

    private Amounts() {
    }

    /** {@code 18750.0000} becomes {@code 18750}, {@code 0.00} becomes {@code 0}, {@code 1.50} becomes {@code 1.5}. */
    static BigDecimal plain(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
