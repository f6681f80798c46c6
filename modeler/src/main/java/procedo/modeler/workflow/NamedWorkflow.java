package procedo.modeler.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import procedo.engine.DeployedWorkflow;

/**
 * A deployed workflow with the name of its procedure, as lists and answers show it; the name is null when the
 * procedure no longer exists in the catalog. {@code reason} is why it was deployed despite lint warnings, null
 * when it had none (and then not written).
 */
public record NamedWorkflow(@JsonUnwrapped DeployedWorkflow workflow, String procedureName,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    public NamedWorkflow(DeployedWorkflow workflow, String procedureName) {
        this(workflow, procedureName, null);
    }
}
