package procedo.engine.camunda;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import procedo.engine.FormField;
import procedo.engine.FormFieldType;

/** What the task list needs to know of a deployed model, read once per deployed version. */
final class WorkflowModel {

    record Step(String name, List<String> candidateGroups, List<FormField> form, boolean applicant) {
    }

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Step> userTasks = new HashMap<>();

    WorkflowModel(BpmnModelInstance model) {
        for (FlowElement e : model.getModelElementsByType(FlowElement.class)) {
            names.put(e.getId(), e.getName() == null ? e.getId() : e.getName());
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String groups = task.getCamundaCandidateGroups();
            List<String> candidateGroups = groups == null || groups.contains("${") ? List.of()
                    : Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
            List<FormField> form = DeploymentValidator.formFields(task).stream().map(WorkflowModel::field).toList();
            userTasks.put(task.getId(), new Step(names.get(task.getId()), candidateGroups, form,
                    "true".equals(task.getAttributeValueNs(EndOutcomes.NAMESPACE, EndOutcomes.APPLICANT))));
        }
    }

    private static FormField field(CamundaFormField f) {
        boolean required = f.getCamundaValidation() != null && f.getCamundaValidation().getCamundaConstraints()
                .stream().anyMatch(c -> "required".equals(c.getCamundaName()));
        Map<String, String> options = new LinkedHashMap<>();
        for (CamundaValue v : f.getCamundaValues()) {
            options.put(v.getCamundaId(), v.getCamundaName() == null ? v.getCamundaId() : v.getCamundaName());
        }
        return new FormField(f.getCamundaId(), f.getCamundaLabel() == null ? f.getCamundaId() : f.getCamundaLabel(),
                type(f.getCamundaType()), required, f.getCamundaDefaultValue(),
                options);
    }

    /** A type the task list does not offer (the validator refuses it at deployment) is shown as text. */
    private static FormFieldType type(String camundaType) {
        return camundaType == null ? FormFieldType.STRING
                : FormFieldType.fromWireName(camundaType).orElse(FormFieldType.STRING);
    }

    String name(String activityId) {
        return activityId == null ? null : names.getOrDefault(activityId, activityId);
    }

    Step userTask(String activityId) {
        return userTasks.getOrDefault(activityId, new Step(name(activityId), List.of(), List.of(), false));
    }

    /** Whether the step is the applicant's (see {@link EndOutcomes}). */
    boolean applicant(String activityId) {
        Step step = userTasks.get(activityId);
        return step != null && step.applicant();
    }
}
