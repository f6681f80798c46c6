package procedo.catalog.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes compliance cost by the Standard Cost Model, in exact decimal arithmetic (no rounding, no division):
 * <pre>
 * cost per dossier = Σ over activities (hours × tariff + outOfPocketVnd) × share + fees
 * annual cost      = cost per dossier × dossiers per year
 * </pre>
 * Only the saving percentage of a comparison is rounded (half-up, two decimals). Stateless and thread-safe.
 */
public final class ComplianceCostCalculator {

    private static final int PERCENT_DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The cost per dossier and per year of one scenario, line by line. */
    public CostResult evaluate(CostInput input) {
        Objects.requireNonNull(input, "input");
        BigDecimal tariff = input.tariffVndPerHour();
        BigDecimal dossiersPerYear = input.quantity().dossiersPerYear();
        List<CostLine> lines = new ArrayList<>();
        for (Activity activity : input.activities()) {
            BigDecimal timeCost = activity.hours().multiply(tariff).multiply(activity.share());
            BigDecimal outOfPocket = activity.outOfPocketVnd().multiply(activity.share());
            BigDecimal total = timeCost.add(outOfPocket);
            lines.add(new CostLine(activity.name(), activity.kind().name(), activity.hours(), activity.share(),
                    timeCost, outOfPocket, total, total.multiply(dossiersPerYear)));
        }
        BigDecimal fees = input.feesVnd();
        lines.add(new CostLine(CostLine.FEES_NAME, CostLine.FEES_KIND, BigDecimal.ZERO, BigDecimal.ONE,
                BigDecimal.ZERO, fees, fees, fees.multiply(dossiersPerYear)));
        BigDecimal costPerDossier = lines.stream().map(CostLine::totalVnd).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CostResult(costPerDossier, costPerDossier.multiply(dossiersPerYear), dossiersPerYear, tariff, lines);
    }

    /** Both scenarios evaluated, and what the to-be saves against the as-is per year. */
    public CostComparison compare(CostInput asIs, CostInput toBe) {
        CostResult before = evaluate(asIs);
        CostResult after = evaluate(toBe);
        BigDecimal saving = before.annualCostVnd().subtract(after.annualCostVnd());
        BigDecimal savingPercent = before.annualCostVnd().signum() == 0
                ? null
                : saving.multiply(HUNDRED).divide(before.annualCostVnd(), PERCENT_DECIMALS, RoundingMode.HALF_UP);
        return new CostComparison(before, after, saving, savingPercent);
    }
}
