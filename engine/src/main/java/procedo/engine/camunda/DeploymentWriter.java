package procedo.engine.camunda;

import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Turns a checked to-be model into what the engine runs: the process gets the procedure's key (so every version
 * of the procedure's workflow shares it) and the model version as its version tag, and the user tasks of the
 * applicant's lane are marked {@code procedo:applicant="true"} ({@link EndOutcomes}). Nothing else is added: due
 * dates and on-time capture come from parse listeners ({@link CaseListeners}), escalation from a sweep over the
 * running cases ({@link Escalation}). The diagram is left as it was.
 */
final class DeploymentWriter {

    private DeploymentWriter() {
    }

    /** The engine key of a procedure's workflow: the code with anything but letters, digits, '.', '-' as '_'. */
    static String key(String procedureCode) {
        return "tthc_" + procedureCode.replaceAll("[^A-Za-z0-9.\\-]", "_");
    }

    static void prepare(Process process, String key, int modelVersion, Set<String> applicantSteps) {
        process.setId(key);
        process.setCamundaVersionTag("model-v" + modelVersion);
        for (UserTask task : process.getModelInstance().getModelElementsByType(UserTask.class)) {
            if (applicantSteps.contains(task.getId())) {
                task.setAttributeValueNs(EndOutcomes.NAMESPACE, EndOutcomes.APPLICANT, "true");
            }
        }
    }
}
