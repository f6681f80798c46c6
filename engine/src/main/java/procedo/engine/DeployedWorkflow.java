package procedo.engine;

import java.time.Instant;

/**
 * One deployed version of a procedure's workflow.
 *
 * @param workflowId   the engine's id of this version
 * @param key          the engine's key of the workflow (shared by all its versions)
 * @param locality     the locality it serves, or null when national
 * @param version      1, 2, ... per procedure and locality
 * @param modelVersion the version of the to-be model it was deployed from
 * @param activeCases  cases of this version still running
 * @param coverage     what it covers in its scope: all the dossiers, or a pilot
 */
public record DeployedWorkflow(String workflowId, String key, String procedureCode, String locality, String name,
                               int version, int modelVersion, boolean suspended, Instant deployedAt,
                               String deployedBy, long activeCases, Coverage coverage) {
}
