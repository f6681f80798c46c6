package procedo.catalog.usage;

/**
 * A usage figure as submitted, before validation: any member may be missing.
 *
 * @param version the version of the stored figure this one corrects, for optimistic locking: 0 when none may be
 *                stored yet, null to replace whatever is stored (scripts, imports, the workflow engine's feed)
 * @param note    why the figure was recorded or corrected, or where it comes from (e.g. the report it was taken from)
 */
public record UsageFigure(String localityCode, Integer year, UsageSource source, Long dossiersTotal,
                          Long dossiersOnline, Long dossiersOnTime, Integer coveredDays, Integer version,
                          String note) {

    /** A figure of a whole year. */
    public UsageFigure(String localityCode, Integer year, UsageSource source, Long dossiersTotal, Long dossiersOnline,
                       Long dossiersOnTime) {
        this(localityCode, year, source, dossiersTotal, dossiersOnline, dossiersOnTime, null);
    }

    /** A figure replacing whatever is stored for its locality, year and source. */
    public UsageFigure(String localityCode, Integer year, UsageSource source, Long dossiersTotal, Long dossiersOnline,
                       Long dossiersOnTime, Integer coveredDays) {
        this(localityCode, year, source, dossiersTotal, dossiersOnline, dossiersOnTime, coveredDays, null, null);
    }
}
