package procedo.modeler.workflow;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import procedo.engine.DeployedWorkflow;

/**
 * A deployed workflow with the name of its procedure, as lists and answers show it; the name is null when the
 * procedure no longer exists in the catalog.
 */
public record NamedWorkflow(@JsonUnwrapped DeployedWorkflow workflow, String procedureName) {
}
