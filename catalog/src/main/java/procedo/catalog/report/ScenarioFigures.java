package procedo.catalog.report;

import java.math.BigDecimal;
import procedo.catalog.cost.CostLine;
import procedo.catalog.cost.CostResult;
import procedo.catalog.number.Decimals;
import procedo.catalog.plan.Saving;

/**
 * One scenario of a report row, with what recomputes it by hand:
 * {@code costPerDossierVnd = tariff × hoursShare + outOfPocketShareVnd + feesVnd} (exact) and
 * {@code annualVnd = costPerDossierVnd × dossiers per year}, rounded half-up to whole đồng.
 *
 * @param hoursShare          Σ hours × share over the activities
 * @param outOfPocketShareVnd Σ out-of-pocket × share over the activities
 */
public record ScenarioFigures(BigDecimal hoursShare, BigDecimal outOfPocketShareVnd, BigDecimal feesVnd,
                              BigDecimal costPerDossierVnd, BigDecimal annualVnd) {

    static ScenarioFigures of(CostResult result, BigDecimal feesVnd) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal oop = BigDecimal.ZERO;
        for (CostLine line : result.lines()) {
            if (!CostLine.FEES_KIND.equals(line.kind())) {
                hours = hours.add(line.hours().multiply(line.share()));
                oop = oop.add(line.outOfPocketVnd());
            }
        }
        return new ScenarioFigures(Decimals.plain(hours), Decimals.plain(oop), Decimals.plain(feesVnd),
                result.costPerDossierVnd(), Saving.whole(result.annualCostVnd()));
    }
}
