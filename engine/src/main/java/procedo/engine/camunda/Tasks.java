package procedo.engine.camunda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowConflictException;
import procedo.engine.WorkflowException;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.WorkflowValidationException;

/**
 * The task lists and the work on a task: listed by filter or by case, claimed, given back, and completed with its
 * form's data, each in one engine transaction.
 */
final class Tasks {

    private static final int PAGE = 1000;
    /** The order of every task list: escalated first, then the earliest due, then the longest waiting. */
    private static final Comparator<Task> LIST_ORDER = Comparator.comparingInt(Task::getPriority).reversed()
            .thenComparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::getId);

    /**
     * Completions of one task on this node run one after the other (tasks share these locks by their id's hash):
     * the second finds the task completed and is answered 409, rather than meeting the engine half-way through.
     */
    private final Object[] completionLocks = new Object[64];
    private final EngineSupport support;
    private final TaskService taskService;

    Tasks(EngineSupport support, TaskService taskService) {
        java.util.Arrays.setAll(completionLocks, i -> new Object());
        this.support = support;
        this.taskService = taskService;
    }

    /** The open tasks of these cases otherwise matching {@code filter}, the applicant's steps included. */
    List<TaskView> ofCases(List<String> caseIds, TaskFilter filter) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        TaskQuery query = matching(filter).processInstanceIdIn(caseIds.toArray(String[]::new));
        return support.inOneTransaction(context -> taskViews(query.listPage(0, PAGE)));
    }

    /** The active tasks matching the filter's procedure, group, assignee and locality. */
    private TaskQuery matching(TaskFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (filter.procedureCode() != null) {
            query.processDefinitionKey(DeploymentWriter.key(filter.procedureCode()));
        }
        if (filter.group() != null) {
            query.taskCandidateGroup(filter.group()).includeAssignedTasks();
        }
        if (filter.assignee() != null) {
            query.taskAssignee(filter.assignee());
        }
        if (filter.locality() != null) {
            query.tenantIdIn(filter.locality());
        }
        return query;
    }

    List<TaskView> tasks(TaskFilter filter) {
        int limit = Math.max(1, Math.min(filter.limit(), PAGE));
        if (filter.caseId() != null && filter.procedureCode() == null && filter.group() == null
                && filter.assignee() == null && filter.locality() == null) {
            return caseTasks(filter.caseId(), limit);
        }
        TaskQuery query = matching(filter);
        if (filter.caseId() != null) {
            query.processInstanceId(filter.caseId());
        }
        query.orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc();
        if (filter.caseId() != null) {
            return support.inOneTransaction(context -> taskViews(query.listPage(0, limit)));
        }
        // The officers' lists: the applicant's steps are not agency work. Read page by page until the list is full.
        return support.inOneTransaction(context -> {
            List<Task> agency = new ArrayList<>();
            for (int first = 0; agency.size() < limit; first += PAGE) {
                List<Task> page = query.listPage(first, PAGE);
                page.stream().filter(t -> !support.model(t.getProcessDefinitionId()).applicant(t.getTaskDefinitionKey()))
                        .limit(limit - agency.size()).forEach(agency::add);
                if (page.size() < PAGE) {
                    break;
                }
            }
            return taskViews(agency);
        });
    }

    TaskView task(String taskId) {
        return support.inOneTransaction(context -> openTask(taskId).map(t -> taskViews(List.of(t)).get(0)))
                .orElseThrow(() -> noOpenTask(taskId));
    }

    private Optional<Task> openTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        return task == null || task.getProcessDefinitionId() == null ? Optional.empty() : Optional.of(task);
    }

    private static WorkflowNotFoundException noOpenTask(String taskId) {
        return new WorkflowNotFoundException(EngineText.of("engine.task.notOpen", taskId));
    }

    /**
     * The open tasks of one case (the case page, a desk working a case): the engine's own lookup by process
     * instance, in list order, instead of the general task query and its dynamic SQL.
     */
    List<TaskView> caseTasks(String caseId, int limit) {
        return support.inOneTransaction(context -> taskViews(context.getTaskManager()
                .findTasksByProcessInstanceId(caseId).stream()
                .filter(t -> !t.isSuspended() && t.getProcessDefinitionId() != null).sorted(LIST_ORDER)
                .limit(limit).map(Task.class::cast).toList()));
    }

    private List<TaskView> taskViews(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Instant now = support.now();
        return tasks.stream().map(t -> {
            WorkflowModel.Step step = support.model(t.getProcessDefinitionId()).userTask(t.getTaskDefinitionKey());
            Instant due = EngineSupport.instant(t.getDueDate());
            return new TaskView(t.getId(), t.getName() == null ? step.name() : t.getName(), t.getTaskDefinitionKey(),
                    t.getProcessInstanceId(), support.procedureCode(t.getProcessDefinitionId()),
                    t.getTenantId(), step.candidateGroups(), t.getAssignee(),
                    EngineSupport.instant(t.getCreateTime()), due, due != null && now.isAfter(due), t.getPriority(),
                    step.form(), step.applicant());
        }).toList();
    }

    TaskView claim(String taskId, String user) {
        requireUser(user);
        Task task = openTask(taskId).orElseThrow(() -> noOpenTask(taskId));
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw claimedBy(task, task.getAssignee());
        }
        try {
            support.as(user, () -> {
                taskService.claim(taskId, user);
                return null;
            });
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw claimedJustNow(task);
        }
        return task(taskId);
    }

    TaskView unclaim(String taskId, String user) {
        requireUser(user);
        Task task = openTask(taskId).orElseThrow(() -> noOpenTask(taskId));
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw claimedBy(task, task.getAssignee());
        }
        support.as(user, () -> {
            taskService.setAssignee(taskId, null);
            return null;
        });
        return task(taskId);
    }

    void complete(String taskId, String user, Map<String, Object> data) {
        requireUser(user);
        synchronized (completionLocks[Math.floorMod(String.valueOf(taskId).hashCode(), completionLocks.length)]) {
            completeAlone(taskId, user, data);
        }
    }

    private void completeAlone(String taskId, String user, Map<String, Object> data) {
        Object comment = data == null ? null : data.get("comment");
        Object reason = data == null ? null : data.get(CaseVariables.REASON);
        Map<String, Object> formData = new java.util.HashMap<>(data == null ? Map.of() : data);
        formData.remove(CaseVariables.REASON);
        // the task's name, for a refusal after the task is gone: read once, in the first attempt
        String[] name = {taskId};
        // One transaction: the task read and checked, the comment and the completion written, or nothing; the
        // engine's own completion finds the task already read in it. A timer (the escalation) or another node may
        // change the same case at the same moment: the engine then rolls the transaction back whole, and it is
        // tried again on the case as it now is.
        for (int attempt = 1; ; attempt++) {
            boolean retry = attempt > 1;
            Outcome<Void> outcome;
            try {
                outcome = support.inOneTransaction(context -> {
                    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
                    if (task != null && task.getName() != null) {
                        name[0] = task.getName();
                    }
                    if (retry && (task == null || task.getAssignee() != null && !task.getAssignee().equals(user))) {
                        return Outcome.refused(changedMeanwhile(name[0], taskId));
                    }
                    if (task == null || task.getProcessDefinitionId() == null) {
                        var ended = taskId == null ? null
                                : context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
                        return Outcome.refused(ended != null && ended.getEndTime() != null
                                ? completedAlready(ended.getName() == null ? taskId : ended.getName(), taskId,
                                ended.getAssignee()) : noOpenTask(taskId));
                    }
                    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
                        return Outcome.refused(claimedBy(task, task.getAssignee()));
                    }
                    WorkflowModel.Step step = support.model(task.getProcessDefinitionId())
                            .userTask(task.getTaskDefinitionKey());
                    List<ElementProblem> problems = new ArrayList<>();
                    Map<String, Object> variables = TaskForm.values(step.form(), formData, problems);
                    if (reason != null && !(reason instanceof String)
                            || reason instanceof String r && r.length() > CaseData.MAX_TEXT) {
                        problems.add(new ElementProblem(CaseVariables.REASON,
                                EngineText.of("engine.data.tooLong", CaseData.MAX_TEXT)));
                    } else if (reason instanceof String r && !r.isBlank()) {
                        variables.put(CaseVariables.OUTCOME_REASON, r.strip());
                    }
                    if (!problems.isEmpty()) {
                        return Outcome.refused(new WorkflowValidationException(
                                EngineText.of("engine.task.formIncomplete"), problems));
                    }
                    if (comment instanceof String text && !text.isBlank()) {
                        // the engine takes a comment's author from the authenticated user: set for this call only
                        support.as(user, () -> taskService.createComment(taskId, task.getProcessInstanceId(),
                                text.length() > 4000 ? text.substring(0, 4000) : text));
                    }
                    if (task.getAssignee() == null) {
                        // Whoever completes an unclaimed task is recorded as its assignee: set on the task read
                        // above, which the completion then writes to the task's history. No assignment is
                        // announced (no listener, no identity-link entry) for a task that is ending.
                        task.setAssigneeWithoutCascade(user);
                    }
                    taskService.complete(taskId, variables);
                    return Outcome.done(null);
                });
            } catch (OptimisticLockingException e) {
                if (attempt == 3) {
                    throw changedMeanwhile(name[0], taskId);
                }
                continue;
            } catch (NullPointerException e) {
                // The engine's completion met a case another completion moved on and committed meanwhile (the
                // task read here, its execution gone) before its own optimistic-locking check: tried again, the
                // task is found gone and the answer is a conflict. Met again on a task still open, it is a fault.
                if (attempt == 3) {
                    throw e;
                }
                continue;
            } catch (TaskAlreadyClaimedException e) {
                throw new WorkflowConflictException(EngineText.of("engine.task.claimedJustNow", name[0], taskId));
            } catch (ProcessEngineException e) {
                if (refusedWithoutReason(e)) {
                    throw new WorkflowValidationException(EngineText.of("engine.outcome.reasonRequired"),
                            List.of(new ElementProblem(CaseVariables.REASON,
                                    EngineText.of("engine.outcome.reasonRequiredHere"))));
                }
                throw new WorkflowException(EngineText.of("engine.task.notMovedOn", name[0], taskId), e);
            }
            outcome.orThrow();
            return;
        }
    }

    private static boolean refusedWithoutReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CaseListeners.ReasonRequired) {
                return true;
            }
        }
        return false;
    }

    private static String name(Task task) {
        return task.getName() == null ? task.getId() : task.getName();
    }

    private static WorkflowConflictException claimedBy(Task task, String assignee) {
        return new WorkflowConflictException(EngineText.of("engine.task.claimedBy", name(task), task.getId(),
                assignee));
    }

    private static WorkflowConflictException claimedJustNow(Task task) {
        return new WorkflowConflictException(EngineText.of("engine.task.claimedJustNow", name(task), task.getId()));
    }

    private static WorkflowConflictException completedAlready(String name, String taskId, String by) {
        return new WorkflowConflictException(by == null ? EngineText.of("engine.task.completedAlready", name, taskId)
                : EngineText.of("engine.task.completedAlreadyBy", name, taskId, by));
    }

    private static WorkflowConflictException changedMeanwhile(String name, String taskId) {
        return new WorkflowConflictException(EngineText.of("engine.task.changedMeanwhile", name, taskId));
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank() || user.length() > 200) {
            throw new WorkflowValidationException(EngineText.of("engine.task.userUnknown"),
                    List.of(new ElementProblem("user", EngineText.of("engine.task.userRequired"))));
        }
    }
}
