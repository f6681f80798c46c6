package procedo.catalog.cost;

import java.math.BigDecimal;

/** How exact decimals are shown: without trailing zeros and never in exponent form (8000, not 8E+3). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
