package procedo.catalog.usage;

import java.util.Objects;

/** How many dossiers of one procedure one locality received in one year, how many online and how many on time. */
public record UsageStat(String procedureCode, String localityCode, int year, UsageSource source,
                        long dossiersTotal, long dossiersOnline, long dossiersOnTime) {

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
    }
}
