package procedo.catalog.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * What a deployed workflow measured of one procedure in one province and year, kept apart from the usage
 * statistics: the dossiers received, online and completed on time, the days they cover, and the same count
 * projected to a year. Only figures that {@code standForYear} — measured by a workflow covering all the dossiers
 * over at least the required days — are also recorded as MEASURED usage; the others are shown beside the
 * statistics, never instead of them.
 *
 * @param coveredDays      the days of the year measured (from the first case to today), null for a whole year
 * @param projectedPerYear the dossiers scaled to a year as {@link UsageStat#annualised()} scales them
 * @param standsForYear    whether the figures stand for the province's yearly volume
 */
public record MeasuredUsage(String procedureCode, String localityCode, int year, MeasuredCoverage coverage,
                            long dossiersTotal, long dossiersOnline, long dossiersOnTime, Integer coveredDays,
                            long projectedPerYear, boolean standsForYear, Instant measuredAt) {

    public MeasuredUsage {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(localityCode, "localityCode");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(measuredAt, "measuredAt");
    }

    /** A measurement, its projection to a year computed from its counts and days. */
    public static MeasuredUsage of(String procedureCode, String localityCode, int year, MeasuredCoverage coverage,
                                   long dossiersTotal, long dossiersOnline, long dossiersOnTime, Integer coveredDays,
                                   boolean standsForYear, Instant measuredAt) {
        long projected = stat(procedureCode, localityCode, year, dossiersTotal, dossiersOnline, dossiersOnTime,
                coveredDays).annualised()[0];
        return new MeasuredUsage(procedureCode, localityCode, year, coverage, dossiersTotal, dossiersOnline,
                dossiersOnTime, coveredDays, projected, standsForYear, measuredAt);
    }

    private static UsageStat stat(String procedureCode, String localityCode, int year, long total, long online,
                                  long onTime, Integer coveredDays) {
        return new UsageStat(procedureCode, localityCode, year, UsageSource.MEASURED, total, online, onTime,
                coveredDays);
    }
}
