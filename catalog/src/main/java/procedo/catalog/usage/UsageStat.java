package procedo.catalog.usage;

import java.util.Objects;

/**
 * How many dossiers of one procedure one locality received in one year, how many online and how many on time.
 *
 * @param coveredDays the days of the year the figures cover, when not the whole year (a workflow measuring the
 *                    current year since its first case); null for a whole year
 */
public record UsageStat(String procedureCode, String localityCode, int year, UsageSource source,
                        long dossiersTotal, long dossiersOnline, long dossiersOnTime, Integer coveredDays) {

    /** Figures of a whole year. */
    public UsageStat(String procedureCode, String localityCode, int year, UsageSource source, long dossiersTotal,
                     long dossiersOnline, long dossiersOnTime) {
        this(procedureCode, localityCode, year, source, dossiersTotal, dossiersOnline, dossiersOnTime, null);
    }

    public UsageStat {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(localityCode, "localityCode");
        Objects.requireNonNull(source, "source");
        if (dossiersTotal < 0 || dossiersOnline < 0 || dossiersOnTime < 0) {
            throw new IllegalArgumentException("dossier counts must not be negative");
        }
        if (dossiersOnline > dossiersTotal || dossiersOnTime > dossiersTotal) {
            throw new IllegalArgumentException("online and on-time dossiers cannot exceed the total");
        }
        if (coveredDays != null && (coveredDays < 1 || coveredDays > 366)) {
            throw new IllegalArgumentException("covered days must be 1 to 366");
        }
    }

    /** Part-year figures are scaled over at least this many days, so that a first day's cases do not count 365 times. */
    public static final int MIN_SCALING_DAYS = 30;

    /**
     * The figures scaled to a whole year: × days of the year ÷ max(covered days, {@value #MIN_SCALING_DAYS}),
     * rounded half-up.
     */
    public long[] annualised() {
        if (coveredDays == null) {
            return new long[]{dossiersTotal, dossiersOnline, dossiersOnTime};
        }
        int days = java.time.Year.of(year).length();
        return new long[]{scale(dossiersTotal, days), scale(dossiersOnline, days), scale(dossiersOnTime, days)};
    }

    private long scale(long count, int days) {
        return java.math.BigDecimal.valueOf(count).multiply(java.math.BigDecimal.valueOf(days))
                .divide(java.math.BigDecimal.valueOf(Math.max(coveredDays, MIN_SCALING_DAYS)), 0,
                        java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
