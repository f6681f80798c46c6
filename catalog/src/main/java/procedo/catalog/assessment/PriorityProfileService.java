package procedo.catalog.assessment;

import java.util.List;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.priority.PriorityProfile;

/**
 * The priority profiles users keep: reading, creating, changing under optimistic locking, and deleting — except
 * the default profile {@value #DEFAULT_PROFILE}, which the ranking falls back to and which therefore stays.
 */
public final class PriorityProfileService {

    /** The profile used when a ranking names none; it cannot be deleted. */
    public static final String DEFAULT_PROFILE = "balanced";

    private final PriorityProfileRepository profiles;

    public PriorityProfileService(PriorityProfileRepository profiles) {
        this.profiles = profiles;
    }

    public List<PriorityProfile> all() {
        return profiles.all();
    }

    /** The profile named {@code name}; {@link NotFoundException} when there is none. */
    public PriorityProfile get(String name) {
        return profiles.find(name).orElseThrow(() -> NotFoundException.of("profile", name));
    }

    /** Stores a new profile with version 1; a name in use is a conflict. */
    public PriorityProfile create(PriorityProfile profile) {
        return profiles.create(profile);
    }

    /** Replaces a profile's description and weights when it is still at {@code expectedVersion}; else a conflict. */
    public PriorityProfile update(PriorityProfile profile, int expectedVersion) {
        return profiles.update(profile, expectedVersion);
    }

    /** Deletes a profile; the default profile is refused as invalid input naming {@code name}. */
    public void delete(String name) {
        if (DEFAULT_PROFILE.equals(name)) {
            throw InvalidInputException.of("name", "the default profile '" + DEFAULT_PROFILE + "' cannot be deleted");
        }
        profiles.delete(name);
    }
}
