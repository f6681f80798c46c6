package procedo.catalog.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Standard Cost Model, exactly: cost per dossier = Σ over activities (hours × tariff + out-of-pocket) × share
 * + fees; annual cost = cost per dossier × dossiers per year. All arithmetic is exact (no rounding, no division);
 * reports round to whole đồng when they show the figures.
 */
public final class ComplianceCostCalculator {

    private static BigDecimal plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    static final String FEE_LINE = "Fees and charges";

    public CostResult evaluate(CostInput input) {
        BigDecimal tariff = input.tariffVndPerHour();
        BigDecimal quantity = input.quantity().dossiersPerYear();
        List<CostLine> lines = new ArrayList<>(input.activities().size() + 1);
        BigDecimal perDossier = BigDecimal.ZERO;
        for (Activity a : input.activities()) {
            BigDecimal time = a.hours().multiply(tariff).multiply(a.share());
            BigDecimal outOfPocket = a.outOfPocketVnd().multiply(a.share());
            BigDecimal total = time.add(outOfPocket);
            perDossier = perDossier.add(total);
            lines.add(new CostLine(a.name(), a.kind().name(), plain(a.hours()), plain(a.share()), plain(time),
                    plain(outOfPocket), plain(total), plain(total.multiply(quantity))));
        }
        BigDecimal fees = input.feesVnd();
        perDossier = perDossier.add(fees);
        lines.add(new CostLine(FEE_LINE, CostLine.FEES, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, plain(fees),
                plain(fees), plain(fees.multiply(quantity))));
        return new CostResult(plain(perDossier), plain(perDossier.multiply(quantity)), plain(quantity), plain(tariff),
                lines);
    }

    public CostComparison compare(CostInput asIs, CostInput toBe) {
        CostResult before = evaluate(asIs);
        CostResult after = evaluate(toBe);
        BigDecimal saving = before.annualCostVnd().subtract(after.annualCostVnd());
        BigDecimal percent = before.annualCostVnd().signum() == 0 ? null
                : saving.multiply(BigDecimal.valueOf(100)).divide(before.annualCostVnd(), 2, RoundingMode.HALF_UP);
        return new CostComparison(before, after, plain(saving), percent);
    }
}
