package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.Withdrawal;

/**
 * What the assessment needs of one procedure, condensed so that a national catalog fits in memory: the
 * Standard Cost Model's activity sums (Σ hours × share and Σ out-of-pocket × share, as-is and to-be), the fees
 * per channel and each locality's volumes of its latest year.
 *
 * @param usageYear the latest year with usage statistics in any locality, 0 when none are recorded
 * @param measuredLocalities the localities whose volume was measured by the workflow engine (MEASURED usage)
 * @param withdrawal the mark of a withdrawn procedure, which rankings and portfolios leave out; {@code null} when
 *                   it is in the catalog
 */
public record SnapshotEntry(long id, String code, String name, String field, Level level, String agencyCode,
                            String localityCode, ApplicantType applicantType, OnlineLevel onlineLevel,
                            ProcedureStatus status, int effortDays, double readiness, String searchText,
                            BigDecimal asIsHours, BigDecimal asIsOutOfPocketVnd,
                            ToBeBasis toBeBasis, BigDecimal toBeHours, BigDecimal toBeOutOfPocketVnd,
                            BigDecimal inPersonFeesVnd, BigDecimal onlineFeesVnd,
                            int usageYear, Map<String, Volume> volumes, Set<String> measuredLocalities,
                            Long applicantPopulation, BigDecimal frequencyPerYear, Withdrawal withdrawal) {

    public SnapshotEntry {
        volumes = Map.copyOf(volumes);
    }
}
