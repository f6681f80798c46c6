package procedo.modeler.workflow;

import java.util.List;
import procedo.catalog.error.Problem;

/**
 * What deploying a procedure's latest to-be model would do, before it is done: where (nationwide when
 * {@code locality} is null), which version replaces which, how many running cases stay on the version being
 * replaced, and what stands in the way — {@code errors} (lint errors and failed deploy checks) forbid it,
 * {@code warnings} (lint warnings) need a reason; {@code advice} is worth weighing but asks nothing (a model without
 * a refusal end, whose cases can never end refused).
 *
 * @param fromVersion  the version deployed now for the same scope, null when none
 * @param activeCases  the running cases of that version (they finish on it)
 */
public record DeploymentPreview(String procedureCode, String procedureName, String locality, String localityName,
                                int modelVersion, Integer fromVersion, Integer fromModelVersion, int toVersion,
                                long activeCases, List<Problem> errors, List<Problem> warnings,
                                List<Problem> advice) {

    public DeploymentPreview {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** A preview with no advice. */
    public DeploymentPreview(String procedureCode, String procedureName, String locality, String localityName,
                             int modelVersion, Integer fromVersion, Integer fromModelVersion, int toVersion,
                             long activeCases, List<Problem> errors, List<Problem> warnings) {
        this(procedureCode, procedureName, locality, localityName, modelVersion, fromVersion, fromModelVersion,
                toVersion, activeCases, errors, warnings, List.of());
    }

    public boolean deployable() {
        return errors.isEmpty();
    }
}
