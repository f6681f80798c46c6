package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.List;

/** The compliance cost of one scenario, exact, with the lines it adds up from. */
public record CostResult(BigDecimal costPerDossierVnd, BigDecimal annualCostVnd, BigDecimal dossiersPerYear,
                         BigDecimal tariffVndPerHour, List<CostLine> lines) {

    public CostResult {
        lines = List.copyOf(lines);
    }
}
