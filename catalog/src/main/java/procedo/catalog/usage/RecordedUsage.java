package procedo.catalog.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * A usage figure as stored, with its provenance: its version (which a correction must name), the person who
 * recorded it, when, and the reason or source they gave. Figures stored by a bulk import or before figures were
 * recorded in the app have no person, time or note.
 */
public record RecordedUsage(UsageStat stat, int version, String recordedBy, Instant recordedAt, String note) {

    public RecordedUsage {
        Objects.requireNonNull(stat, "stat");
        if (version < 1) {
            throw new IllegalArgumentException("a stored figure's version starts at 1");
        }
    }

    /** Whether this is the figure of the same procedure, locality, year and source as {@code other}. */
    boolean sameSlot(UsageStat other) {
        return stat.procedureCode().equals(other.procedureCode()) && stat.localityCode().equals(other.localityCode())
                && stat.year() == other.year() && stat.source() == other.source();
    }
}
