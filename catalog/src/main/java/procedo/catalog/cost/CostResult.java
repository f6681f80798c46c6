package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import procedo.catalog.number.Decimals;

/**
 * The compliance cost of one procedure in one scenario, with the inputs needed to redo it by hand: one line per
 * activity in input order, then the fees and charges line (always present). The lines' totals add up to
 * {@code costPerDossierVnd} and their annual amounts to {@code annualCostVnd}, exactly.
 */
public record CostResult(
        BigDecimal costPerDossierVnd,
        BigDecimal annualCostVnd,
        BigDecimal dossiersPerYear,
        BigDecimal tariffVndPerHour,
        List<CostLine> lines) {

    public CostResult {
        costPerDossierVnd = Decimals.plain(costPerDossierVnd);
        annualCostVnd = Decimals.plain(annualCostVnd);
        dossiersPerYear = Decimals.plain(dossiersPerYear);
        tariffVndPerHour = Decimals.plain(tariffVndPerHour);
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
