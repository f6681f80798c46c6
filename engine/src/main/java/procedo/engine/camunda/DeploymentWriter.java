package procedo.engine.camunda;

import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Turns a checked to-be model into what the engine runs: the process gets the procedure's key (so every version
 * of the procedure's workflow shares it) and the model version as its version tag. Nothing else is added: due
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

    static void prepare(Process process, String key, int modelVersion) {
        process.setId(key);
        process.setCamundaVersionTag("model-v" + modelVersion);
    }
}
