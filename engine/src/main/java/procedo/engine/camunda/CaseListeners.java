package procedo.engine.camunda;

import java.util.Date;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;

/**
 * What Procedo adds to every workflow it runs, whatever the model says: each user task is due when its case is
 * due (and on top of the lists once the case is overdue), and when a case ends it records whether it
 * ended on time — the figure the on-time rate is counted from.
 */
final class CaseListeners extends AbstractBpmnParseListener {

    private static final java.util.List<String> DUE_DATE_ONLY = java.util.List.of(CaseVariables.DUE_DATE);

    private static final ExecutionListener CASE_END = execution -> {
        if (execution.getParentId() != null) {
            return;
        }
        Object due = execution.getVariable(CaseVariables.DUE_DATE);
        if (due instanceof Date dueDate) {
            execution.setVariable(CaseVariables.ON_TIME, !ClockUtil.getCurrentTime().after(dueDate));
        }
    };

    /**
     * The task is due when its case is due, and starts at the top of the lists when that moment has passed (the
     * case is overdue: escalated, or about to be by the next sweep).
     */
    private static final TaskListener TASK_CREATED = task -> {
        // The due date alone, from the case's own scope: the case's other variables are not fetched for it.
        VariableMapImpl found = new VariableMapImpl();
        ((ExecutionEntity) task.getExecution()).getProcessInstance().collectVariables(found, DUE_DATE_ONLY, true,
                true);
        Object due = found.get(CaseVariables.DUE_DATE);
        if (due instanceof Date dueDate) {
            if (task.getDueDate() == null) {
                task.setDueDate(dueDate);
            }
            if (!ClockUtil.getCurrentTime().before(dueDate) && task.getPriority() < Escalation.PRIORITY) {
                task.setPriority(Escalation.PRIORITY);
            }
        }
    };

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, CASE_END);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TASK_CREATED);
        }
    }
}
