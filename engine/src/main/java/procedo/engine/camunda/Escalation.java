package procedo.engine.camunda;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * What happens when a case passes its legal due date: the case is marked escalated and its open tasks go to the
 * top of every task list. It runs as the timer job of the escalation event sub-process that every deployed
 * workflow gets, so in a cluster it runs exactly once per case, on whichever node acquires the job.
 */
public final class Escalation {

    /** The name under which the models' expressions reach this service. */
    public static final String BEAN = "procedoEscalation";
    static final int PRIORITY = 100;

    public void escalate(DelegateExecution execution) {
        Object count = execution.getVariable(CaseVariables.ESCALATIONS);
        long escalations = count instanceof Number n ? n.longValue() + 1 : 1;
        execution.setVariable(CaseVariables.ESCALATIONS, escalations);
        execution.setVariable(CaseVariables.ESCALATED, Boolean.TRUE);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            tasks.setPriority(task.getId(), PRIORITY);
        }
    }
}
