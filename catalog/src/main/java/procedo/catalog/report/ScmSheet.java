package procedo.catalog.report;

import java.util.List;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.CostComparison;
import procedo.catalog.plan.DerivedToBe;

/**
 * The Standard Cost Model calculation of one procedure as analysts lay it out: the as-is and to-be lines
 * (activities × hours, tariff, out-of-pocket, share → cost per dossier), the fees line, and per activity of the
 * to-be which measure changed it ({@code changedBy}, aligned with the to-be's activity lines). {@code toBe} is
 * null when no plan is counted: the to-be is then the as-is.
 */
public record ScmSheet(List<Activity> asIs, CostComparison comparison, DerivedToBe toBe, List<String> feeSteps) {
}
