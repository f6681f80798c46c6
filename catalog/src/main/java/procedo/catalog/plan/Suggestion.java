package procedo.catalog.plan;

import java.math.BigDecimal;

/** A measure the procedure's data supports, why, and what it alone would save per year (whole đồng). */
public record Suggestion(Measure measure, String reason, BigDecimal savingVnd, BigDecimal savingPercent) {
}
