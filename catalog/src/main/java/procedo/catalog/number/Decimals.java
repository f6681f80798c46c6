package procedo.catalog.number;

import java.math.BigDecimal;

/**
 * One spelling per exact decimal: without trailing zeros and never in exponent form (8000, not 8E+3 or 8000.00),
 * so that equal amounts hash, compare and print alike; and the number of decimal places a value really has.
 */
public final class Decimals {

    private Decimals() {
    }

    /** The value without trailing zeros and with a scale of at least 0. */
    public static BigDecimal plain(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The value as {@link #plain} writes it: "8000", "0.5". */
    public static String text(BigDecimal value) {
        return plain(value).toPlainString();
    }

    /** A spreadsheet's number as {@link #plain} writes it: 8000.0 → "8000", 0.1 → "0.1". */
    public static String text(double value) {
        return text(BigDecimal.valueOf(value));
    }

    /** How many decimal places the value needs: 1.50 has 1, 8000 and 8E+3 have 0. */
    public static int places(BigDecimal value) {
        return plain(value).scale();
    }
}
