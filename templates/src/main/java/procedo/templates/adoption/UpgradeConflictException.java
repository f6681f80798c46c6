package procedo.templates.adoption;

import java.util.List;
import procedo.catalog.error.ProcedoException;

/** An adoption cannot move to a new central version until the officer resolves these conflicts (HTTP 409). */
public final class UpgradeConflictException extends ProcedoException {

    private final List<AdoptionRules.Conflict> conflicts;

    public UpgradeConflictException(String message, List<AdoptionRules.Conflict> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<AdoptionRules.Conflict> conflicts() {
        return conflicts;
    }
}
