package procedo.templates.model;

import java.math.BigDecimal;

/** One spelling per number, so that 8000, 8000.0 and 8.0E3 hash and compare alike. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
