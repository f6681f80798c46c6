package procedo.templates.adoption;

import java.time.Instant;
import java.util.Objects;

/**
 * A locality's copy of a central package: the central version it came from and its local overrides.
 *
 * @param revision optimistic-locking revision of the adoption, 1 on creation
 */
public record Adoption(String localityCode, String templateCode, String centralVersion, Overrides overrides,
                       int revision, Instant updatedAt) {

    public Adoption {
        Objects.requireNonNull(localityCode, "localityCode");
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(centralVersion, "centralVersion");
        overrides = Objects.requireNonNullElse(overrides, Overrides.NONE);
    }
}
