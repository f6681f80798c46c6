package procedo.engine.camunda;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * Turns a checked to-be model into what the engine runs: the process gets the procedure's key (so every version
 * of the procedure's workflow shares it) and the model version as its version tag, and Procedo's escalation is
 * added as an event sub-process whose timer fires at the case's due date. The diagram is left as it was.
 */
final class DeploymentWriter {

    static final String ESCALATION_ID = "Procedo_Escalation";

    private DeploymentWriter() {
    }

    /** The engine key of a procedure's workflow: the code with anything but letters, digits, '.', '-' as '_'. */
    static String key(String procedureCode) {
        return "tthc_" + procedureCode.replaceAll("[^A-Za-z0-9.\\-]", "_");
    }

    static void prepare(BpmnModelInstance model, Process process, String key, int modelVersion, boolean escalation) {
        process.setId(key);
        process.setCamundaVersionTag("model-v" + modelVersion);
        if (escalation && model.getModelElementById(ESCALATION_ID) == null) {
            addEscalation(model, process);
        }
    }

    private static void addEscalation(BpmnModelInstance model, Process process) {
        SubProcess sub = model.newInstance(SubProcess.class);
        sub.setId(ESCALATION_ID);
        sub.setName("Quá hạn giải quyết: báo động");
        sub.setTriggeredByEvent(true);
        process.addChildElement(sub);

        StartEvent start = model.newInstance(StartEvent.class);
        start.setId("Procedo_DueDateReached");
        start.setName("Đến hạn giải quyết");
        start.setInterrupting(false);
        sub.addChildElement(start);
        TimerEventDefinition timer = model.newInstance(TimerEventDefinition.class);
        timer.setId("Procedo_DueDateTimer");
        TimeDate date = model.newInstance(TimeDate.class);
        date.setTextContent("${" + CaseVariables.DUE_DATE + "}");
        timer.setTimeDate(date);
        start.getEventDefinitions().add(timer);

        ServiceTask escalate = model.newInstance(ServiceTask.class);
        escalate.setId("Procedo_Escalate");
        escalate.setName("Đánh dấu quá hạn, đưa công việc lên đầu danh sách");
        escalate.setCamundaExpression("${" + Escalation.BEAN + ".escalate(execution)}");
        sub.addChildElement(escalate);

        EndEvent end = model.newInstance(EndEvent.class);
        end.setId("Procedo_Escalated");
        sub.addChildElement(end);

        flow(model, sub, "Procedo_Flow_Escalate", start, escalate);
        flow(model, sub, "Procedo_Flow_Escalated", escalate, end);
    }

    private static void flow(BpmnModelInstance model, SubProcess sub, String id,
                             org.camunda.bpm.model.bpmn.instance.FlowNode from,
                             org.camunda.bpm.model.bpmn.instance.FlowNode to) {
        SequenceFlow flow = model.newInstance(SequenceFlow.class);
        flow.setId(id);
        sub.addChildElement(flow);
        flow.setSource(from);
        flow.setTarget(to);
        from.getOutgoing().add(flow);
        to.getIncoming().add(flow);
    }
}
