package procedo.modeler.workflow;

import java.util.List;
import procedo.catalog.error.Problem;

/**
 * What deploying a procedure's latest to-be model would do, before it is done: where (nationwide when
 * {@code locality} is null), which version replaces which, how many running cases stay on the version being
 * replaced, and what stands in the way — {@code errors} (lint errors and failed deploy checks) forbid it,
 * {@code warnings} (lint warnings) need a reason.
 *
 * @param fromVersion  the version deployed now for the same scope, null when none
 * @param activeCases  the running cases of that version (they finish on it)
 */
public record DeploymentPreview(String procedureCode, String procedureName, String locality, String localityName,
                                int modelVersion, Integer fromVersion, Integer fromModelVersion, int toVersion,
                                long activeCases, List<Problem> errors, List<Problem> warnings) {

    public DeploymentPreview {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean deployable() {
        return errors.isEmpty();
    }
}
