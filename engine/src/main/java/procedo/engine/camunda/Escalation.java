package procedo.engine.camunda;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * What happens when a case passes its legal due date: the case is marked escalated (its {@code escalated} variable
 * is created, once) and its open tasks go to the top of every task list; tasks created later in an overdue case
 * start at the top ({@link CaseListeners}).
 *
 * <p>It runs as a sweep over the running cases rather than as a timer job per case: a case costs no job row, no
 * job log and no timer lookup while it runs, and a sweep finds every overdue case with one query. Every node may
 * sweep at any moment; a case is still escalated exactly once, because each case is escalated in a transaction of
 * its own that creates the case's {@code escalated} variable, and the engine's unique key on a variable's scope and
 * name refuses a second one: whichever node commits second rolls back whole.
 */
final class Escalation {

    static final int PRIORITY = 100;
    /** The id under which an escalation appears in a case's history. */
    static final String EVENT_ID = "Procedo_Escalate";
    static final String EVENT_NAME = "Quá hạn giải quyết: công việc lên đầu danh sách";
    /** Cases escalated per query; a sweep queries again until none is left. */
    private static final int BATCH = 200;

    private final CommandExecutor newTransaction;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final String overdueCases;

    Escalation(CommandExecutor newTransaction, RuntimeService runtime, TaskService tasks,
               ManagementService management) {
        this.newTransaction = newTransaction;
        this.runtime = runtime;
        this.tasks = tasks;
        String executions = management.getTableName(ExecutionEntity.class);
        String variables = management.getTableName(VariableInstanceEntity.class);
        // Running cases (not their child executions) whose due date has passed and that have no escalated
        // variable yet; a date variable holds its milliseconds in LONG_, and a case's own variables have the case
        // as VAR_SCOPE_ (the column of the engine's unique key with NAME_).
        this.overdueCases = "select RES.* from " + executions + " RES inner join " + variables + " D"
                + " on D.VAR_SCOPE_ = RES.ID_ and D.NAME_ = '" + CaseVariables.DUE_DATE + "' and D.TYPE_ = 'date'"
                + " where RES.PARENT_ID_ is null and RES.SUSPENSION_STATE_ = 1 and D.LONG_ <= #{now}"
                + " and not exists (select 1 from " + variables + " X where X.VAR_SCOPE_ = RES.ID_ and X.NAME_ = '"
                + CaseVariables.ESCALATED + "') order by D.LONG_, RES.ID_";
    }

    /** Escalates every case due at or before {@code now} and not escalated yet; returns how many this call did. */
    int sweep(Instant now) {
        int escalated = 0;
        int refused = 0;
        while (true) {
            List<ProcessInstance> due = runtime.createNativeProcessInstanceQuery().sql(overdueCases)
                    .parameter("now", now.toEpochMilli()).listPage(refused, BATCH);
            if (due.isEmpty()) {
                return escalated;
            }
            for (ProcessInstance c : due) {
                if (escalate(c.getId())) {
                    escalated++;
                } else {
                    refused++;
                }
            }
            if (due.size() < BATCH) {
                return escalated;
            }
        }
    }

    /**
     * Escalates one case in a transaction of its own. False when it was not done: the case ended, was escalated by
     * another node meanwhile, or changed under it (a task completed at that moment) — a later sweep tries again.
     */
    private boolean escalate(String caseId) {
        try {
            return newTransaction.execute(context -> {
                ExecutionEntity instance = context.getExecutionManager().findExecutionById(caseId);
                if (instance == null || instance.isEnded() || instance.getVariableLocal(CaseVariables.ESCALATED) != null) {
                    return false;
                }
                runtime.setVariableLocal(caseId, CaseVariables.ESCALATED, Boolean.TRUE);
                for (Task task : tasks.createTaskQuery().processInstanceId(caseId).list()) {
                    if (task.getPriority() < PRIORITY) {
                        tasks.setPriority(task.getId(), PRIORITY);
                    }
                }
                return true;
            });
        } catch (ProcessEngineException e) {
            // a second escalated variable refused by the unique key, or an optimistic-locking conflict
            return false;
        }
    }
}
