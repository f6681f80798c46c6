package procedo.catalog.assessment;

import java.util.List;
import java.util.Optional;
import procedo.catalog.priority.PriorityProfile;

/** Named weightings of the priority criteria. */
public interface PriorityProfileRepository {

    List<PriorityProfile> all();

    Optional<PriorityProfile> find(String name);

    /** Creates the profile with version 1. A name in use is a conflict. */
    PriorityProfile create(PriorityProfile profile);

    /** Replaces the display name, description and weights when the stored version is {@code expectedVersion}; else a conflict. */
    PriorityProfile update(PriorityProfile profile, int expectedVersion);

    void delete(String name);
}
