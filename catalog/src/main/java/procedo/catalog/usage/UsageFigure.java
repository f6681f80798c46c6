package procedo.catalog.usage;

/** A usage figure as submitted, before validation: any member may be missing. */
public record UsageFigure(String localityCode, Integer year, UsageSource source, Long dossiersTotal,
                          Long dossiersOnline, Long dossiersOnTime, Integer coveredDays) {

    /** A figure of a whole year. */
    public UsageFigure(String localityCode, Integer year, UsageSource source, Long dossiersTotal, Long dossiersOnline,
                       Long dossiersOnTime) {
        this(localityCode, year, source, dossiersTotal, dossiersOnline, dossiersOnTime, null);
    }
}
