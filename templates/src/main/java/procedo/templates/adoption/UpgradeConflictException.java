package procedo.templates.adoption;

import java.util.List;
import procedo.catalog.error.ProcedoException;
import procedo.catalog.text.Text;

/** An adoption cannot move to a new central version until the officer resolves these conflicts (HTTP 409). */
public final class UpgradeConflictException extends ProcedoException {

    private final transient List<AdoptionRules.Conflict> conflicts;

    public UpgradeConflictException(Text text, List<AdoptionRules.Conflict> conflicts) {
        super(text);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<AdoptionRules.Conflict> conflicts() {
        return conflicts;
    }
}
