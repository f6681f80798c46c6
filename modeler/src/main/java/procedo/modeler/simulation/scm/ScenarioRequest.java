package procedo.modeler.simulation.scm;

/**
 * Runs whose applicant burden becomes a procedure's SCM activities: an as-is run replaces the as-is activities, a
 * to-be run the to-be activities (at least one of them); {@code version} is the procedure version the person read.
 */
public record ScenarioRequest(String procedureCode, Long asIsRun, Long toBeRun, Integer version) {
}
