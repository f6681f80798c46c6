package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The applicants' satisfaction with a procedure's service in a scope: the mean of their ratings from 1 to 5 and how
 * many rated.
 */
public record Satisfaction(BigDecimal meanScore, long ratings) {

    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);
    private static final BigDecimal SPAN = BigDecimal.valueOf(4);

    /** The priority criterion's dissatisfaction: (5 − mean) ÷ 4, from 0 (all rated 5) to 1 (all rated 1). */
    public double dissatisfaction() {
        double value = HIGHEST.subtract(meanScore).divide(SPAN, 6, RoundingMode.HALF_UP).doubleValue();
        return Math.max(0, Math.min(1, value));
    }
}
