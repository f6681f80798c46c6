package procedo.engine;

import java.util.Objects;
import java.util.Set;

/**
 * A to-be model to deploy for a procedure.
 *
 * @param procedureCode   the catalog code of the procedure
 * @param locality        the locality (province) the workflow is for, or null for a national workflow
 * @param bpmn            the BPMN 2.0 XML as stored
 * @param modelVersion    the version of the stored model
 * @param startFormFields the ids of the start form's fields, which the model's expressions may use
 * @param deployedBy      who deploys
 * @param coverage        what the workflow covers in its scope (ALL unless given)
 * @param applicantSteps  the ids of the model's steps in the applicant's lane (as the model analysis finds them):
 *                        not agency work; the legal clock stands still while one that supplies additional
 *                        documents ({@link StepNames#saysSupplement}) is open
 */
public record DeployRequest(String procedureCode, String locality, byte[] bpmn, int modelVersion,
                            Set<String> startFormFields, String deployedBy, Coverage coverage,
                            Set<String> applicantSteps) {

    public DeployRequest {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(bpmn, "bpmn");
        startFormFields = startFormFields == null ? Set.of() : Set.copyOf(startFormFields);
        coverage = coverage == null ? Coverage.ALL : coverage;
        applicantSteps = applicantSteps == null ? Set.of() : Set.copyOf(applicantSteps);
    }

    /** A workflow covering all the dossiers of its scope. */
    public DeployRequest(String procedureCode, String locality, byte[] bpmn, int modelVersion,
                         Set<String> startFormFields, String deployedBy, Set<String> applicantSteps) {
        this(procedureCode, locality, bpmn, modelVersion, startFormFields, deployedBy, Coverage.ALL, applicantSteps);
    }

    /** A model whose steps are all the agencies'. */
    public DeployRequest(String procedureCode, String locality, byte[] bpmn, int modelVersion,
                         Set<String> startFormFields, String deployedBy, Coverage coverage) {
        this(procedureCode, locality, bpmn, modelVersion, startFormFields, deployedBy, coverage, Set.of());
    }

    /** A model whose steps are all the agencies', covering all the dossiers of its scope. */
    public DeployRequest(String procedureCode, String locality, byte[] bpmn, int modelVersion,
                         Set<String> startFormFields, String deployedBy) {
        this(procedureCode, locality, bpmn, modelVersion, startFormFields, deployedBy, Coverage.ALL, Set.of());
    }
}
