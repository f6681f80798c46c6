package procedo.catalog.assessment;

import java.math.BigDecimal;
import procedo.catalog.procedure.OnlineLevel;

/** A procedure that matched a portfolio's scope and filters but is not in it, and why. */
public record LeftOutProcedure(String code, String name, String field, OnlineLevel onlineLevel, int effortDays,
                               BigDecimal savingVnd, LeftOutReason reason) {
}
