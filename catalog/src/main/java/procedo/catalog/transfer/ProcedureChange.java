package procedo.catalog.transfer;

import java.util.List;

/** What an import changes in one procedure of the catalog, field by field, in the order of its record. */
public record ProcedureChange(String code, List<FieldChange> changes) {

    public ProcedureChange {
        changes = List.copyOf(changes);
    }

    /** Whether the procedure's record changes (and gets a new version), not only its usage figures. */
    public boolean recordChanges() {
        return changes.stream().anyMatch(c -> !c.usage());
    }
}
