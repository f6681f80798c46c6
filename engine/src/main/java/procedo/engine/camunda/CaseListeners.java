package procedo.engine.camunda;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import procedo.engine.CaseOutcome;
import procedo.engine.DueDates;
import procedo.engine.StepNames;

/**
 * What Procedo adds to every workflow it runs, whatever the model says: each user task is due when its case is
 * due (and on top of the lists once the case is overdue); a request for additional documents — a step of the
 * applicant's lane named for it ("Bổ sung hồ sơ", {@link StepNames#saysSupplement}) — stops the legal clock while
 * it is open, and its completion moves the case's due date by the working days that passed
 * ({@link DueDates#workingDaysPassed}); reaching an end event of the process records the case's outcome
 * ({@link EndOutcomes}), a refusal only with a reason; and when a case ends decided it records whether it was
 * decided on time — the figure the on-time rate is counted from.
 */
final class CaseListeners extends AbstractBpmnParseListener {

    private static final Namespace PROCEDO = new Namespace(EndOutcomes.NAMESPACE);

    /**
     * Thrown (and the transaction rolled back) when a case would end refused without a reason: a bad request of the
     * user's, which the engine logs as such (not as an error).
     */
    static final class ReasonRequired extends BadUserRequestException {
        ReasonRequired() {
            super("a refusal needs a reason");
        }
    }

    private static final java.util.List<String> DUE_DATE_ONLY = java.util.List.of(CaseVariables.DUE_DATE);
    /** Due dates remembered at most; past it the memory starts again empty. */
    private static final int REMEMBERED = 100_000;

    /**
     * The due dates of the cases this node has seen, by case id. A case's due date never changes once set, so a
     * remembered one is never stale; a case started on another node is read once from its variable.
     */
    private final Map<String, Date> dueDates = new ConcurrentHashMap<>();
    private final DueDates rule;

    CaseListeners(DueDates rule) {
        this.rule = rule;
    }

    private final ExecutionListener caseEnd = execution -> {
        if (execution.getParentId() != null) {
            return;
        }
        Date due = dueDate((ExecutionEntity) execution);
        dueDates.remove(execution.getId());
        boolean decided = CaseOutcome.parse(String.valueOf(execution.getVariable(CaseVariables.OUTCOME)))
                .map(CaseOutcome::decided).orElse(true);
        if (due != null && decided) {
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

    /** A request for additional documents: the clock stops (once, whichever such step opens first). */
    private final TaskListener applicantStepCreated = task -> {
        ExecutionEntity instance = ((ExecutionEntity) task.getExecution()).getProcessInstance();
        if (instance.getVariable(CaseVariables.CLOCK_PAUSED_AT) == null) {
            instance.setVariable(CaseVariables.CLOCK_PAUSED_AT, ClockUtil.getCurrentTime());
        }
    };

    /**
     * The additional documents supplied: the clock runs again, and the case's due date (and that of its open
     * tasks) moves by the working days it stood still.
     */
    private final TaskListener applicantStepCompleted = this::clockRunsAgain;

    private void clockRunsAgain(org.camunda.bpm.engine.delegate.DelegateTask task) {
        ExecutionEntity instance = ((ExecutionEntity) task.getExecution()).getProcessInstance();
        if (!(instance.getVariable(CaseVariables.CLOCK_PAUSED_AT) instanceof Date pausedAt)) {
            return;
        }
        instance.removeVariable(CaseVariables.CLOCK_PAUSED_AT);
        int days = rule.workingDaysPassed(pausedAt.toInstant(), ClockUtil.getCurrentTime().toInstant());
        Object before = instance.getVariable(CaseVariables.PAUSED_DAYS);
        instance.setVariable(CaseVariables.PAUSED_DAYS, (before instanceof Number n ? n.longValue() : 0L) + days);
        Date due = dueDate(instance);
        if (days == 0 || due == null) {
            return;
        }
        Date moved = Date.from(rule.due(due.toInstant(), days));
        instance.setVariable(CaseVariables.DUE_DATE, moved);
        dueDates.put(instance.getId(), moved);
        for (TaskEntity open : Context.getCommandContext().getTaskManager()
                .findTasksByProcessInstanceId(instance.getId())) {
            if (!open.getId().equals(task.getId()) && due.equals(open.getDueDate())) {
                open.setDueDate(moved);
            }
        }
    }

    private static ExecutionListener endReached(CaseOutcome outcome) {
        return execution -> {
            ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance();
            if (outcome == CaseOutcome.REFUSED && (!(instance.getVariable(CaseVariables.OUTCOME_REASON)
                    instanceof String reason) || reason.isBlank())) {
                throw new ReasonRequired();
            }
            if (instance.getVariable(CaseVariables.OUTCOME) == null || outcome == CaseOutcome.REFUSED) {
                instance.setVariable(CaseVariables.OUTCOME, outcome.name());
            }
        };
    }

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
            if ("true".equals(userTaskElement.attributeNS(PROCEDO, EndOutcomes.APPLICANT))
                    && StepNames.saysSupplement(userTaskElement.attribute("name"))) {
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                        applicantStepCreated);
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                        applicantStepCompleted);
            }
        }
    }

    @Override
    public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity) {
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, endReached(EndOutcomes.of(
                    endEventElement.attributeNS(PROCEDO, EndOutcomes.OUTCOME), endEventElement.attribute("name"))));
        }
    }
}
