package procedo.catalog.plan;

import java.math.BigDecimal;

/** A procedure's leading plan and that plan's annual saving, national scope (the catalog's badges). */
public record PlanSaving(String procedureCode, long planId, PlanStatus status, BigDecimal savingVnd,
                         BigDecimal savingPercent) {
}
