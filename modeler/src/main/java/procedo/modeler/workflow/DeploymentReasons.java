package procedo.modeler.workflow;

import java.util.Collection;
import java.util.Map;

/**
 * The reasons given for deploying a to-be model despite its lint warnings, one per deployed version (the engine's
 * workflow id). A version deployed without warnings has none.
 */
public interface DeploymentReasons {

    /** Keeps the reason a person gave for deploying {@code workflowId} over {@code warnings} warnings. */
    void record(String workflowId, String reason, int warnings, String deployedBy);

    /** The reasons of those of {@code workflowIds} that have one, by workflow id. */
    Map<String, String> reasons(Collection<String> workflowIds);
}
