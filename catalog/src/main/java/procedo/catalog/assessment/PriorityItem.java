package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.List;
import procedo.catalog.priority.Contribution;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.usage.MeasuredUsage;

/**
 * One ranked procedure with the figures behind its score and each criterion's contribution.
 *
 * @param measuredDossiers of {@code dossiersPerYear}, those counted by the workflow engine (0 when none)
 * @param measured         what deployed workflows measured in the scope, with coverage and days: counted in
 *                         {@code dossiersPerYear} when they stand for their year, else shown beside it only
 * @param satisfaction     the applicants' ratings in the scope, null when nobody rated (the criterion is neutral)
 */
public record PriorityItem(int rank, String code, String name, String field, String agencyCode,
                           String localityCode, OnlineLevel onlineLevel, boolean fullyOnline, BigDecimal score,
                           List<Contribution> contributions, long dossiersPerYear, BigDecimal annualCostVnd,
                           BigDecimal savingPotentialVnd, ToBeBasis toBeBasis, int effortDays,
                           long measuredDossiers, List<MeasuredUsage> measured, Satisfaction satisfaction) {
}
