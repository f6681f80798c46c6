package procedo.catalog.assessment;

import java.util.List;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.priority.PriorityProfile;
import procedo.catalog.text.Text;

/**
 * The priority profiles users keep: reading, creating, changing under optimistic locking, and deleting — except
 * the default profile {@value #DEFAULT_PROFILE}, which the ranking falls back to and which therefore stays. Every
 * change is recorded in the audit trail.
 */
public final class PriorityProfileService {

    /** The profile used when a ranking names none; it cannot be deleted. */
    public static final String DEFAULT_PROFILE = "balanced";

    private final PriorityProfileRepository profiles;
    private final AuditTrail audit;

    public PriorityProfileService(PriorityProfileRepository profiles, AuditTrail audit) {
        this.profiles = profiles;
        this.audit = audit;
    }

    public List<PriorityProfile> all() {
        return profiles.all();
    }

    /** The profile named {@code name}; {@link NotFoundException} when there is none. */
    public PriorityProfile get(String name) {
        return profiles.find(name).orElseThrow(() -> NotFoundException.of("profile", name));
    }

    /** Stores a new profile with version 1; a name in use is a conflict. */
    public PriorityProfile create(PriorityProfile profile, Actor actor) {
        return audit.inTransaction(() -> {
            PriorityProfile created = profiles.create(profile);
            audit.record(actor, AuditAction.PROFILE_CREATED, subject(created.name()), null, created);
            return created;
        });
    }

    /** Replaces a profile's display name, description and weights when it is still at {@code expectedVersion}; else a conflict. */
    public PriorityProfile update(PriorityProfile profile, int expectedVersion, Actor actor) {
        return audit.inTransaction(() -> {
            PriorityProfile before = profiles.find(profile.name()).orElse(null);
            PriorityProfile updated = profiles.update(profile, expectedVersion);
            audit.record(actor, AuditAction.PROFILE_UPDATED, subject(updated.name()), before, updated);
            return updated;
        });
    }

    /** Deletes a profile; the default profile is refused as invalid input naming {@code name}. */
    public void delete(String name, Actor actor) {
        if (DEFAULT_PROFILE.equals(name)) {
            throw InvalidInputException.of("name", Text.of("catalog.profile.defaultKept", DEFAULT_PROFILE));
        }
        audit.inTransaction(() -> {
            PriorityProfile before = profiles.find(name).orElse(null);
            profiles.delete(name);
            audit.record(actor, AuditAction.PROFILE_DELETED, subject(name), before, null);
            return null;
        });
    }

    private static AuditSubject subject(String name) {
        return AuditSubject.of("profile", name);
    }
}
