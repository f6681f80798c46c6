package procedo.engine.camunda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import procedo.engine.CaseEvent;
import procedo.engine.CaseMark;
import procedo.engine.CaseOutcome;
import procedo.engine.CaseState;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.Channel;
import procedo.engine.DueDates;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;
import procedo.engine.StartCase;
import procedo.engine.TaskView;
import procedo.engine.WorkflowConflictException;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.WorkflowValidationException;

/**
 * Cases (dossiers): started on the workflow of their locality or the nation with Procedo's case variables, found
 * with their data, open tasks and history, and listed per procedure.
 */
final class Cases {

    /** At most this many cases in a list, and open tasks on a case's page. */
    private static final int PAGE = 1000;

    private final EngineSupport support;
    private final Deployments deployments;
    private final Tasks tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final DueDates dueDates;

    Cases(EngineSupport support, Deployments deployments, Tasks tasks, RuntimeService runtime,
          HistoryService history, DueDates dueDates) {
        this.support = support;
        this.deployments = deployments;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.dueDates = dueDates;
    }

    CaseSummary start(StartCase request) {
        List<ElementProblem> problems = new ArrayList<>();
        if (request.processingDays() < 0 || request.processingDays() > 365) {
            problems.add(new ElementProblem("processingDays", EngineText.of("engine.case.processingDays")));
        }
        Map<String, Object> variables = CaseData.toVariables(request.data(), problems);
        if (!problems.isEmpty()) {
            throw new WorkflowValidationException(EngineText.of("engine.case.invalid"), problems);
        }
        Instant now = support.now();
        Instant due = dueDates.due(now, request.processingDays());
        if (request.locality() != null) {
            // The locality becomes the case's tenant (LocalityAsTenant), which is where it is kept: transient,
            // it is not stored as a variable too.
            variables.put(CaseVariables.LOCALITY, Variables.stringValue(request.locality(), true));
        }
        variables.put(CaseVariables.CHANNEL, request.channel().name());
        variables.put(CaseVariables.PROCESSING_DAYS, (long) request.processingDays());
        variables.put(CaseVariables.DUE_DATE, Date.from(due));
        if (request.mark() != null) {
            variables.put(CaseVariables.MARK, request.mark().name());
        }
        // One transaction: the workflow looked up and the case started on it. Who received the dossier is the
        // authenticated user of this call, which the engine records as the case's start user; the engine's
        // user-operation log, which an authenticated user would add, is not written (Procedo records who acted).
        Started started = support.as(request.startedBy(), () -> support.inOneTransaction(context -> {
            context.disableUserOperationLog();
            Optional<ProcessDefinition> found = deployments.latestFor(request.procedureCode(), request.locality());
            if (found.isEmpty()) {
                return Outcome.<Started>refused(new WorkflowNotFoundException(request.locality() == null
                        ? EngineText.of("engine.case.noWorkflow", request.procedureCode())
                        : EngineText.of("engine.case.noWorkflowForLocality", request.procedureCode(),
                        request.locality())));
            }
            ProcessDefinition definition = found.get();
            if (definition.isSuspended()) {
                return Outcome.<Started>refused(new WorkflowConflictException(EngineText.of("engine.case.suspended",
                        request.procedureCode(), definition.getVersion())));
            }
            return Outcome.done(new Started(definition, runtime.createProcessInstanceById(definition.getId())
                    .setVariables(variables).execute()));
        })).orThrow();
        ProcessInstance instance = started.instance();
        return new CaseSummary(instance.getId(), request.procedureCode(), request.locality(), request.channel(),
                started.definition().getVersion(), instance.isEnded() ? CaseState.COMPLETED : CaseState.ACTIVE, now,
                instance.isEnded() ? now : null, due, request.processingDays(), false, false, null,
                request.mark() == CaseMark.TRAINING, request.mark() == CaseMark.SIMULATED, null, null,
                null, null, 0);
    }

    private record Started(ProcessDefinition definition, ProcessInstance instance) {
    }

    Optional<CaseView> find(String caseId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(caseId)
                .singleResult();
        if (instance == null || !instance.getProcessDefinitionKey().startsWith("tthc_")) {
            return Optional.empty();
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        Instant escalatedAt = null;
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(caseId)
                .disableBinaryFetching().orderByVariableName().asc().list()) {
            variables.put(v.getName(), v.getValue());
            if (v.getName().equals(CaseVariables.ESCALATED) && Boolean.TRUE.equals(v.getValue())) {
                escalatedAt = EngineSupport.instant(v.getCreateTime());
            }
        }
        WorkflowModel model = support.model(instance.getProcessDefinitionId());
        Map<String, String> assignees = new HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(caseId).list().forEach(t -> {
            if (t.getAssignee() != null) {
                assignees.put(t.getId(), t.getAssignee());
            }
        });
        List<CaseEvent> events = new ArrayList<>(history.createHistoricActivityInstanceQuery()
                .processInstanceId(caseId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list()
                .stream().filter(a -> !a.getActivityType().equals("sequenceFlow"))
                .map(a -> event(a, model, a.getTaskId() != null ? assignees.get(a.getTaskId())
                        : isStart(a) ? instance.getStartUserId() : null))
                .toList());
        if (escalatedAt != null) {
            // the escalation is no step of the model: it is where the case's escalated variable was created
            Instant at = escalatedAt;
            int before = (int) events.stream().filter(e -> !e.startedAt().isAfter(at)).count();
            events.add(before, new CaseEvent(Escalation.EVENT_ID, Escalation.EVENT_NAME, "escalation", at, at,
                    null));
        }
        List<TaskView> open = tasks.caseTasks(caseId, PAGE);
        Map<String, Object> data = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (!CaseVariables.RESERVED.contains(name)) {
                data.put(name, plain(value));
            }
        });
        return Optional.of(new CaseView(summary(instance, variables), data, open, events));
    }

    /** The case's own start event (not a sub-process's): the receipt, whose person is who received the dossier. */
    private static boolean isStart(HistoricActivityInstance a) {
        return a.getActivityType().equals("startEvent") && a.getParentActivityInstanceId() != null
                && a.getParentActivityInstanceId().equals(a.getProcessInstanceId());
    }

    private static CaseEvent event(HistoricActivityInstance a, WorkflowModel model, String user) {
        String by = user == null ? a.getAssignee() : user;
        return new CaseEvent(a.getActivityId(), a.getActivityName() == null ? model.name(a.getActivityId())
                : a.getActivityName(), a.getActivityType(), EngineSupport.instant(a.getStartTime()),
                EngineSupport.instant(a.getEndTime()), by,
                by != null && a.getEndTime() != null && model.applicant(a.getActivityId()));
    }

    /** The summaries of these cases (Procedo's only), in the order given, with one query for all of them. */
    List<CaseSummary> summaries(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<String, HistoricProcessInstance> found = new HashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(caseIds)).list()
                .stream().filter(i -> i.getProcessDefinitionKey().startsWith("tthc_"))
                .forEach(i -> found.put(i.getId(), i));
        Map<String, Map<String, Object>> variables = caseVariables(List.copyOf(found.keySet()));
        return caseIds.stream().distinct().filter(found::containsKey)
                .map(id -> summary(found.get(id), variables.getOrDefault(id, Map.of()))).toList();
    }

    List<CaseSummary> list(String procedureCode, String locality, int limit) {
        return list(procedureCode, locality, null, null, limit);
    }

    /** Newest first, of those started from {@code from} (included) to {@code to} (excluded) when given. */
    List<CaseSummary> list(String procedureCode, String locality, Instant from, Instant to, int limit) {
        var query = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DeploymentWriter.key(procedureCode));
        if (locality != null) {
            query.tenantIdIn(locality);
        }
        // the bounds one millisecond wider, whichever way the engine compares them; the exact ones are kept below
        if (from != null) {
            query.startedAfter(Date.from(from.minusMillis(1)));
        }
        if (to != null) {
            query.startedBefore(Date.from(to));
        }
        List<HistoricProcessInstance> instances = query.orderByProcessInstanceStartTime().desc()
                .listPage(0, Math.max(1, Math.min(limit, PAGE))).stream()
                .filter(i -> from == null || !i.getStartTime().toInstant().isBefore(from))
                .filter(i -> to == null || i.getStartTime().toInstant().isBefore(to)).toList();
        Map<String, Map<String, Object>> variables = caseVariables(
                instances.stream().map(HistoricProcessInstance::getId).toList());
        return instances.stream().map(i -> summary(i, variables.getOrDefault(i.getId(), Map.of()))).toList();
    }

    private Map<String, Map<String, Object>> caseVariables(List<String> ids) {
        Map<String, Map<String, Object>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(ids.toArray(String[]::new))
                .variableNameIn(CaseVariables.CHANNEL,
                        CaseVariables.PROCESSING_DAYS, CaseVariables.DUE_DATE, CaseVariables.ON_TIME,
                        CaseVariables.ESCALATED, CaseVariables.MARK, CaseVariables.OUTCOME,
                        CaseVariables.OUTCOME_REASON, CaseVariables.PAUSED_DAYS)
                .disableBinaryFetching().list()) {
            result.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
        return result;
    }

    private CaseSummary summary(HistoricProcessInstance i, Map<String, Object> variables) {
        Instant due = variables.get(CaseVariables.DUE_DATE) instanceof Date d ? d.toInstant() : null;
        Instant ended = EngineSupport.instant(i.getEndTime());
        CaseState state = switch (i.getState()) {
            case HistoricProcessInstance.STATE_COMPLETED -> CaseState.COMPLETED;
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
                 HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> CaseState.CANCELLED;
            default -> CaseState.ACTIVE;
        };
        boolean overdue = due != null && (ended == null ? support.now().isAfter(due) : ended.isAfter(due));
        Object days = variables.get(CaseVariables.PROCESSING_DAYS);
        CaseOutcome outcome = i.getEndTime() == null ? null
                : CaseOutcome.parse((String) variables.get(CaseVariables.OUTCOME)).orElse(
                HistoricProcessInstance.STATE_COMPLETED.equals(i.getState()) ? CaseOutcome.GRANTED
                        : CaseOutcome.CANCELLED);
        String endName = i.getEndActivityId() == null ? null : support.model(i.getProcessDefinitionId()).name(
                i.getEndActivityId());
        Channel channel = variables.get(CaseVariables.CHANNEL) instanceof String name
                ? Channel.parse(name).orElse(null) : null;
        return new CaseSummary(i.getId(), support.procedureCode(i.getProcessDefinitionId()),
                i.getTenantId(), channel,
                i.getProcessDefinitionVersion() == null ? 0 : i.getProcessDefinitionVersion(), state,
                EngineSupport.instant(i.getStartTime()), ended, due, days instanceof Number n ? n.intValue() : 0,
                overdue, Boolean.TRUE.equals(variables.get(CaseVariables.ESCALATED)), endName,
                CaseMark.TRAINING.name().equals(variables.get(CaseVariables.MARK)),
                CaseMark.SIMULATED.name().equals(variables.get(CaseVariables.MARK)), null, null, outcome,
                outcome == null || outcome == CaseOutcome.GRANTED ? null
                        : (String) variables.get(CaseVariables.OUTCOME_REASON),
                variables.get(CaseVariables.PAUSED_DAYS) instanceof Number paused ? paused.intValue() : 0);
    }

    /**
     * Ends a running case before its model's end: withdrawn by the applicant, or cancelled (with a reason), by
     * {@code user}, in one transaction; the outcome and the reason are kept on the case.
     */
    CaseSummary end(String caseId, CaseOutcome outcome, String reason, String user) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        List<ElementProblem> problems = new ArrayList<>();
        if (outcome == null || outcome.decided()) {
            problems.add(new ElementProblem("outcome", EngineText.of("engine.outcome.endedBy")));
        } else if (outcome == CaseOutcome.CANCELLED && why == null) {
            problems.add(new ElementProblem(CaseVariables.REASON, EngineText.of("engine.outcome.reasonRequiredHere")));
        } else if (why != null && why.length() > CaseData.MAX_TEXT) {
            problems.add(new ElementProblem(CaseVariables.REASON, EngineText.of("engine.data.tooLong",
                    CaseData.MAX_TEXT)));
        }
        if (!problems.isEmpty()) {
            throw new WorkflowValidationException(EngineText.of("engine.outcome.notEnded"), problems);
        }
        support.as(user, () -> support.inOneTransaction(context -> {
            context.disableUserOperationLog();
            ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult();
            if (running == null) {
                return Outcome.<Void>refused(find(caseId).isPresent()
                        ? new WorkflowConflictException(EngineText.of("engine.outcome.endedAlready", caseId))
                        : new WorkflowNotFoundException(EngineText.of("engine.outcome.noCase", caseId)));
            }
            runtime.setVariable(caseId, CaseVariables.OUTCOME, outcome.name());
            if (why != null) {
                runtime.setVariable(caseId, CaseVariables.OUTCOME_REASON, why);
            }
            runtime.deleteProcessInstance(caseId, outcome.name() + (why == null ? "" : ": " + why));
            return Outcome.<Void>done(null);
        })).orThrow();
        return find(caseId).orElseThrow().summary();
    }

    private static Object plain(Object value) {
        return value instanceof Date d ? d.toInstant().toString() : value;
    }
}
