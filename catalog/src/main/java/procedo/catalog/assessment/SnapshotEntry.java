package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.Withdrawal;
import procedo.catalog.usage.MeasuredUsage;

/**
 * What the assessment needs of one procedure, condensed so that a national catalog fits in memory: the
 * Standard Cost Model's activity sums (Σ hours × share and Σ out-of-pocket × share, as-is and to-be), the fees
 * per channel and each locality's volumes of its latest year.
 *
 * @param usageYear the latest year with usage statistics in any locality, 0 when none are recorded
 * @param measuredLocalities the localities whose volume was measured by the workflow engine (MEASURED usage)
 * @param withdrawal the mark of a withdrawn procedure, which rankings and portfolios leave out; {@code null} when
 *                   it is in the catalog
 * @param measurements what deployed workflows measured per province and year, kept apart from the statistics:
 *                     those that stand for their year are already in {@code volumes}, the others only beside them
 */
public record SnapshotEntry(long id, String code, String name, String field, Level level, String agencyCode,
                            String localityCode, ApplicantType applicantType, OnlineLevel onlineLevel,
                            ProcedureStatus status, int effortDays, double readiness, String searchText,
                            BigDecimal asIsHours, BigDecimal asIsOutOfPocketVnd,
                            ToBeBasis toBeBasis, BigDecimal toBeHours, BigDecimal toBeOutOfPocketVnd,
                            BigDecimal inPersonFeesVnd, BigDecimal onlineFeesVnd,
                            int usageYear, Map<String, Volume> volumes, Set<String> measuredLocalities,
                            Long applicantPopulation, BigDecimal frequencyPerYear, Withdrawal withdrawal,
                            List<MeasuredUsage> measurements) {

    public SnapshotEntry {
        volumes = Map.copyOf(volumes);
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    /** The measurements of the scope's provinces, of the latest year measured in each. */
    public List<MeasuredUsage> measurementsIn(Scope scope) {
        Map<String, MeasuredUsage> latest = new TreeMap<>();
        for (MeasuredUsage m : measurements) {
            if (scope.isNational() || scope.localityCode().equals(m.localityCode())) {
                latest.merge(m.localityCode(), m, (a, b) -> b.year() > a.year() ? b : a);
            }
        }
        return List.copyOf(latest.values());
    }
}
