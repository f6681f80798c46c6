package procedo.catalog.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * A tariff as stored: its derivation, the version a correction must name, and who last changed it and when (none
 * for the tariffs shipped with Procedo or loaded by a command).
 */
public record StoredTariff(Tariff tariff, int version, String changedBy, Instant changedAt) {

    public StoredTariff {
        Objects.requireNonNull(tariff, "tariff");
        if (version < 1) {
            throw new IllegalArgumentException("a stored tariff's version starts at 1");
        }
    }
}
