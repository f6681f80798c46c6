package procedo.engine.camunda;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Due dates remembered at most; past it the memory starts again empty. */
    private static final int REMEMBERED = 100_000;

    /**
     * The due dates of the cases this node has seen, by case id. A case's due date never changes once set, so a
     * remembered one is never stale; a case started on another node is read once from its variable.
     */
    private final Map<String, Date> dueDates = new ConcurrentHashMap<>();

    private final ExecutionListener caseEnd = execution -> {
        if (execution.getParentId() != null) {
            return;
        }
        Date due = dueDate((ExecutionEntity) execution);
        dueDates.remove(execution.getId());
        if (due != null) {
            execution.setVariable(CaseVariables.ON_TIME, !ClockUtil.getCurrentTime().after(due));
        }
    };

    /**
     * The task is due when its case is due, and starts at the top of the lists when that moment has passed (the
     * case is overdue: escalated, or about to be by the next sweep).
     */
    private final TaskListener taskCreated = task -> {
        Date due = dueDate(((ExecutionEntity) task.getExecution()).getProcessInstance());
        if (due != null) {
            if (task.getDueDate() == null) {
                task.setDueDate(due);
            }
            if (!ClockUtil.getCurrentTime().before(due) && task.getPriority() < Escalation.PRIORITY) {
                task.setPriority(Escalation.PRIORITY);
            }
        }
    };

    /** The case's due date: remembered, or its variable alone (the case's other variables are not fetched). */
    private Date dueDate(ExecutionEntity processInstance) {
        Date known = dueDates.get(processInstance.getId());
        if (known != null) {
            return known;
        }
        VariableMapImpl found = new VariableMapImpl();
        processInstance.collectVariables(found, DUE_DATE_ONLY, true, true);
        if (found.get(CaseVariables.DUE_DATE) instanceof Date due) {
            if (dueDates.size() >= REMEMBERED) {
                dueDates.clear();
            }
            dueDates.put(processInstance.getId(), due);
            return due;
        }
        return null;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, caseEnd);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskCreated);
        }
    }
}
