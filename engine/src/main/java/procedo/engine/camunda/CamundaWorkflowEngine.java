package procedo.engine.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import procedo.engine.CaseEvent;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.ElementProblem;
import procedo.engine.EngineSettings;
import procedo.engine.FormField;
import procedo.engine.Kpis;
import procedo.engine.MeasuredVolume;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowConflictException;
import procedo.engine.WorkflowEngine;
import procedo.engine.WorkflowException;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.WorkflowValidationException;

/**
 * Camunda 7 embedded on the catalog's database. Workflows are keyed by procedure ({@link DeploymentWriter#key});
 * a locality's own workflow is the same key under the locality as tenant. Every case carries Procedo's case
 * variables ({@link CaseVariables}); {@link CaseListeners} add deadlines to every model, and {@link Escalation}
 * sweeps the running cases for those past their due date (every {@link EngineSettings#escalationSweep()} on a node
 * with the job executor on).
 */
public final class CamundaWorkflowEngine implements WorkflowEngine {

    static final String METADATA = "procedo.properties";
    private static final Set<String> CHANNELS = Set.of("ONLINE", "COUNTER", "POST");
    private static final int PAGE = 1000;
    /** The order of every task list: escalated first, then the earliest due, then the longest waiting. */
    private static final Comparator<Task> LIST_ORDER = Comparator.comparingInt(Task::getPriority).reversed()
            .thenComparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::getId);
    private static final System.Logger LOG = System.getLogger(CamundaWorkflowEngine.class.getName());

    private final EngineSettings settings;
    private final ProcessEngine engine;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final HistoryService history;
    private final IdentityService identity;
    private final ManagementService management;
    private final DeploymentValidator validator;
    private final CommandExecutor transactions;
    private final Map<String, WorkflowModel> models = new ConcurrentHashMap<>();
    private final Map<String, Properties> metadata = new ConcurrentHashMap<>();
    private final Map<String, String> procedureCodes = new ConcurrentHashMap<>();
    private final Escalation escalation;
    private final ScheduledExecutorService sweeper;

    private CamundaWorkflowEngine(EngineSettings settings, ProcessEngine engine) {
        this.settings = settings;
        this.engine = engine;
        this.repository = engine.getRepositoryService();
        this.runtime = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.history = engine.getHistoryService();
        this.identity = engine.getIdentityService();
        this.management = engine.getManagementService();
        this.validator = new DeploymentValidator();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        this.transactions = configuration.getCommandExecutorTxRequired();
        this.escalation = new Escalation(configuration.getCommandExecutorTxRequiresNew(), runtime, taskService,
                management);
        if (settings.jobExecutor()) {
            sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "procedo-escalation-" + settings.nodeName());
                t.setDaemon(true);
                return t;
            });
            long every = settings.escalationSweep().toMillis();
            sweeper.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
        } else {
            sweeper = null;
        }
    }

    private void sweepQuietly() {
        try {
            escalation.sweep(now());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "escalation sweep failed; the next one tries again: " + e, e);
        }
    }

    public static CamundaWorkflowEngine start(EngineSettings settings) {
        return start(settings, c -> { });
    }

    /** Starts with the configuration adjusted first (tests: a job executor that polls more often). */
    static CamundaWorkflowEngine start(EngineSettings settings,
                                       java.util.function.Consumer<StandaloneProcessEngineConfiguration> adjust) {
        StandaloneProcessEngineConfiguration configuration = configuration(settings, true);
        adjust.accept(configuration);
        return new CamundaWorkflowEngine(settings, configuration.buildProcessEngine());
    }

    /**
     * The engine's configuration: full history, the schema created or updated on start, job executor as asked.
     * With {@code procedo} false it is the bare engine with the same configuration (for the benchmark).
     */
    public static StandaloneProcessEngineConfiguration configuration(EngineSettings settings, boolean procedo) {
        StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
        c.setProcessEngineName("procedo-" + settings.nodeName());
        c.setDataSource(settings.dataSource());
        c.setDatabaseSchemaUpdate("true");
        // Camunda looks for its tables in this schema only: other schemas of the server may hold other engines.
        String schema = currentSchema(settings.dataSource());
        c.setDatabaseSchema(schema);
        c.setDatabaseTablePrefix(schema + ".");
        c.setHistory("full");
        c.setMetricsEnabled(false);
        // Localities are tenants of the workflows, not of the people: officers see every locality's tasks.
        c.setTenantCheckEnabled(false);
        c.setTaskMetricsEnabled(false);
        c.setDbMetricsReporterActivate(false);
        // Ids from UUIDs, not from blocks counted in a table row: nodes sharing the database never compete for the
        // row, and no command needs a second connection for a new block while it holds one (with every pooled
        // connection held by job threads, that wait had no end).
        c.setIdGenerator(new StrongUuidGenerator());
        c.setJobExecutorActivate(settings.jobExecutor());
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        // At most four jobs at once (plus the acquisition): jobs never take every connection of a pool that the
        // web server and the catalog share.
        jobs.setCorePoolSize(2);
        jobs.setMaxPoolSize(4);
        jobs.setQueueSize(4);
        jobs.setLockOwner(settings.nodeName());
        jobs.setWaitTimeInMillis(1000);
        jobs.setMaxWait(5000);
        c.setJobExecutor(jobs);
        if (procedo) {
            c.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new CaseListeners())));
            // A case of the national workflow belongs to its locality as Camunda tenant, as a case of a locality's
            // own workflow does: its tasks and its history carry the locality without a variable to read.
            c.setTenantIdProvider(new LocalityAsTenant());
        }
        return c;
    }

    private static String currentSchema(javax.sql.DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getSchema();
        } catch (java.sql.SQLException e) {
            throw new WorkflowException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- deploy

    @Override
    public List<ElementProblem> validate(DeployRequest request) {
        return validator.validate(request.bpmn(), request.startFormFields());
    }

    @Override
    public DeployedWorkflow deploy(DeployRequest request) {
        List<ElementProblem> problems = validate(request);
        if (!problems.isEmpty()) {
            throw new WorkflowValidationException("the model cannot be deployed", problems);
        }
        List<ElementProblem> parse = new ArrayList<>();
        BpmnModelInstance model = DeploymentValidator.parse(request.bpmn(), parse);
        Process process = DeploymentValidator.executableProcess(model, parse);
        String key = DeploymentWriter.key(request.procedureCode());
        String originalId = process.getId();
        DeploymentWriter.prepare(process, key, request.modelVersion());
        Properties meta = new Properties();
        meta.setProperty("procedureCode", request.procedureCode());
        meta.setProperty("modelVersion", Integer.toString(request.modelVersion()));
        meta.setProperty("modelProcessId", originalId);
        meta.setProperty("deployedBy", request.deployedBy() == null ? "" : request.deployedBy());
        if (request.locality() != null) {
            meta.setProperty("locality", request.locality());
        }
        StringWriter text = new StringWriter();
        try {
            meta.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DeploymentWithDefinitions deployment = repository.createDeployment()
                    .name(request.procedureCode())
                    .source("procedo")
                    .tenantId(request.locality())
                    .addModelInstance(key + ".bpmn", model)
                    .addString(METADATA, text.toString())
                    .deployWithResult();
            ProcessDefinition definition = deployment.getDeployedProcessDefinitions().get(0);
            return workflow(definition);
        } catch (ParseException e) {
            List<ElementProblem> found = new ArrayList<>();
            e.getResorceReports().forEach(report -> report.getErrors().forEach(p -> found.add(new ElementProblem(
                    p.getMainElementId() == null ? originalId : p.getMainElementId().equals(key) ? originalId
                            : p.getMainElementId(), p.getMessage()))));
            throw new WorkflowValidationException("the engine refused the model", found.isEmpty()
                    ? List.of(new ElementProblem(originalId, e.getMessage())) : found);
        }
    }

    @Override
    public List<DeployedWorkflow> deployments(String procedureCode) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(DeploymentWriter.key(procedureCode))
                .orderByDeploymentTime().desc().orderByProcessDefinitionVersion().desc().list()
                .stream().map(this::workflow).toList();
    }

    @Override
    public List<DeployedWorkflow> latestDeployments() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByDeploymentTime().desc().list()
                .stream().filter(d -> d.getKey().startsWith("tthc_")).map(this::workflow).toList();
    }

    @Override
    public DeployedWorkflow setSuspended(String workflowId, boolean suspended) {
        ProcessDefinition definition = definition(workflowId);
        if (definition.isSuspended() != suspended) {
            if (suspended) {
                repository.suspendProcessDefinitionById(workflowId);
            } else {
                repository.activateProcessDefinitionById(workflowId);
            }
        }
        return workflow(definition(workflowId));
    }

    private ProcessDefinition definition(String workflowId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(workflowId)
                .singleResult();
        if (definition == null || !definition.getKey().startsWith("tthc_")) {
            throw new WorkflowNotFoundException("no deployed workflow '" + workflowId + "'");
        }
        return definition;
    }

    private DeployedWorkflow workflow(ProcessDefinition d) {
        Properties meta = metadata(d.getDeploymentId());
        Deployment deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
        long active = runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
        return new DeployedWorkflow(d.getId(), d.getKey(), meta.getProperty("procedureCode"), d.getTenantId(),
                d.getName(), d.getVersion(), Integer.parseInt(meta.getProperty("modelVersion", "0")),
                d.isSuspended(), deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                meta.getProperty("deployedBy"), active);
    }

    private Properties metadata(String deploymentId) {
        return metadata.computeIfAbsent(deploymentId, id -> {
            Properties p = new Properties();
            try (InputStream in = repository.getResourceAsStream(id, METADATA)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | ProcessEngineException e) {
                // a deployment made outside Procedo: no metadata
            }
            return p;
        });
    }

    /** The procedure a workflow version runs, from its deployment's metadata. */
    private String procedureCode(String definitionId) {
        return procedureCodes.computeIfAbsent(definitionId, id -> metadata(repository.getProcessDefinition(id)
                .getDeploymentId()).getProperty("procedureCode"));
    }

    private WorkflowModel model(String definitionId) {
        return models.computeIfAbsent(definitionId, id -> new WorkflowModel(repository.getBpmnModelInstance(id)));
    }

    // ---------------------------------------------------------------- cases

    @Override
    public CaseSummary startCase(StartCase request) {
        List<ElementProblem> problems = new ArrayList<>();
        if (!CHANNELS.contains(request.channel())) {
            problems.add(new ElementProblem("channel", "must be ONLINE, COUNTER or POST"));
        }
        if (request.processingDays() < 0 || request.processingDays() > 365) {
            problems.add(new ElementProblem("processingDays", "must be 0 to 365 working days"));
        }
        Map<String, Object> variables = CaseData.toVariables(request.data(), problems);
        if (!problems.isEmpty()) {
            throw new WorkflowValidationException("the case data cannot be taken", problems);
        }
        Instant now = now();
        Instant due = settings.dueDates().due(now, request.processingDays());
        if (request.locality() != null) {
            // The locality becomes the case's tenant (LocalityAsTenant), which is where it is kept: transient,
            // it is not stored as a variable too.
            variables.put(CaseVariables.LOCALITY, Variables.stringValue(request.locality(), true));
        }
        variables.put(CaseVariables.CHANNEL, request.channel());
        variables.put(CaseVariables.PROCESSING_DAYS, (long) request.processingDays());
        variables.put(CaseVariables.DUE_DATE, Date.from(due));
        // One transaction: the workflow looked up and the case started on it. Who received the dossier is the
        // authenticated user of this call, which the engine records as the case's start user; the engine's
        // user-operation log, which an authenticated user would add, is not written (Procedo records who acted).
        Started started = as(request.startedBy(), () -> inOneTransaction(context -> {
            context.disableUserOperationLog();
            ProcessDefinition definition = definitionFor(request.procedureCode(), request.locality());
            if (definition.isSuspended()) {
                return new Started(definition, null);
            }
            return new Started(definition, runtime.createProcessInstanceById(definition.getId())
                    .setVariables(variables).execute());
        }));
        ProcessDefinition definition = started.definition();
        ProcessInstance instance = started.instance();
        if (instance == null) {
            throw new WorkflowConflictException("the workflow of procedure " + request.procedureCode()
                    + " (version " + definition.getVersion() + ") is suspended: no new case can start");
        }
        return new CaseSummary(instance.getId(), request.procedureCode(), request.locality(), request.channel(),
                definition.getVersion(), instance.isEnded() ? "COMPLETED" : "ACTIVE", now, instance.isEnded() ? now
                : null, due, request.processingDays(), false, false, null);
    }

    private record Started(ProcessDefinition definition, ProcessInstance instance) {
    }

    /** The latest version deployed for the locality, else the national one: one query for both. */
    private ProcessDefinition definitionFor(String procedureCode, String locality) {
        String key = DeploymentWriter.key(procedureCode);
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
        if (locality == null) {
            query.withoutTenantId();
        } else {
            query.tenantIdIn(locality).includeProcessDefinitionsWithoutTenantId();
        }
        ProcessDefinition local = null;
        ProcessDefinition national = null;
        for (ProcessDefinition d : query.list()) {
            if (d.getTenantId() == null) {
                national = d;
            } else if (d.getTenantId().equals(locality)) {
                local = d;
            }
        }
        if (local != null) {
            return local;
        }
        if (national == null) {
            throw new WorkflowNotFoundException("procedure " + procedureCode + " has no deployed workflow"
                    + (locality == null ? "" : " for locality " + locality + " nor a national one"));
        }
        return national;
    }

    @Override
    public Optional<CaseView> findCase(String caseId) {
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
                escalatedAt = instant(v.getCreateTime());
            }
        }
        WorkflowModel model = model(instance.getProcessDefinitionId());
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
                .map(a -> event(a, model, a.getTaskId() == null ? null : assignees.get(a.getTaskId())))
                .toList());
        if (escalatedAt != null) {
            // the escalation is no step of the model: it is where the case's escalated variable was created
            Instant at = escalatedAt;
            int before = (int) events.stream().filter(e -> !e.startedAt().isAfter(at)).count();
            events.add(before, new CaseEvent(Escalation.EVENT_ID, Escalation.EVENT_NAME, "escalation", at, at,
                    null));
        }
        List<TaskView> open = caseTasks(caseId, PAGE);
        Map<String, Object> data = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (!CaseVariables.RESERVED.contains(name)) {
                data.put(name, plain(value));
            }
        });
        return Optional.of(new CaseView(summary(instance, variables), data, open, events));
    }

    private static CaseEvent event(HistoricActivityInstance a, WorkflowModel model, String user) {
        return new CaseEvent(a.getActivityId(), a.getActivityName() == null ? model.name(a.getActivityId())
                : a.getActivityName(), a.getActivityType(), instant(a.getStartTime()), instant(a.getEndTime()),
                user == null ? a.getAssignee() : user);
    }

    @Override
    public List<CaseSummary> cases(String procedureCode, String locality, int limit) {
        var query = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DeploymentWriter.key(procedureCode));
        if (locality != null) {
            query.tenantIdIn(locality);
        }
        List<HistoricProcessInstance> instances = query.orderByProcessInstanceStartTime().desc()
                .listPage(0, Math.max(1, Math.min(limit, PAGE)));
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
                        CaseVariables.ESCALATED)
                .disableBinaryFetching().list()) {
            result.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
        return result;
    }

    private CaseSummary summary(HistoricProcessInstance i, Map<String, Object> variables) {
        Instant due = variables.get(CaseVariables.DUE_DATE) instanceof Date d ? d.toInstant() : null;
        Instant ended = instant(i.getEndTime());
        String state = switch (i.getState()) {
            case HistoricProcessInstance.STATE_COMPLETED -> "COMPLETED";
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
                 HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "CANCELLED";
            default -> "ACTIVE";
        };
        boolean overdue = due != null && (ended == null ? now().isAfter(due) : ended.isAfter(due));
        Object days = variables.get(CaseVariables.PROCESSING_DAYS);
        String endName = i.getEndActivityId() == null ? null : model(i.getProcessDefinitionId()).name(
                i.getEndActivityId());
        return new CaseSummary(i.getId(), procedureCode(i.getProcessDefinitionId()),
                i.getTenantId(), (String) variables.get(CaseVariables.CHANNEL),
                i.getProcessDefinitionVersion() == null ? 0 : i.getProcessDefinitionVersion(), state,
                instant(i.getStartTime()), ended, due, days instanceof Number n ? n.intValue() : 0, overdue,
                Boolean.TRUE.equals(variables.get(CaseVariables.ESCALATED)), endName);
    }

    // ---------------------------------------------------------------- tasks

    @Override
    public List<TaskView> tasks(TaskFilter filter) {
        int limit = Math.max(1, Math.min(filter.limit(), PAGE));
        if (filter.caseId() != null && filter.procedureCode() == null && filter.group() == null
                && filter.assignee() == null && filter.locality() == null) {
            return caseTasks(filter.caseId(), limit);
        }
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
        if (filter.caseId() != null) {
            query.processInstanceId(filter.caseId());
        }
        // One transaction for the tasks and their cases' variables.
        return inOneTransaction(context -> taskViews(query.orderByTaskPriority().desc().orderByDueDate().asc()
                .orderByTaskCreateTime().asc().listPage(0, limit)));
    }

    @Override
    public TaskView task(String taskId) {
        return inOneTransaction(context -> taskViews(List.of(openTask(taskId))).get(0));
    }

    private Task openTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessDefinitionId() == null) {
            throw new WorkflowNotFoundException("no open task '" + taskId + "'");
        }
        return task;
    }

    /**
     * The open tasks of one case (the case page, a desk working a case): the engine's own lookup by process
     * instance, in list order, instead of the general task query and its dynamic SQL.
     */
    private List<TaskView> caseTasks(String caseId, int limit) {
        return inOneTransaction(context -> taskViews(context.getTaskManager().findTasksByProcessInstanceId(caseId)
                .stream().filter(t -> !t.isSuspended() && t.getProcessDefinitionId() != null).sorted(LIST_ORDER)
                .limit(limit).map(Task.class::cast).toList()));
    }

    private List<TaskView> taskViews(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Instant now = now();
        return tasks.stream().map(t -> {
            WorkflowModel.Step step = model(t.getProcessDefinitionId()).userTask(t.getTaskDefinitionKey());
            Instant due = instant(t.getDueDate());
            return new TaskView(t.getId(), t.getName() == null ? step.name() : t.getName(), t.getTaskDefinitionKey(),
                    t.getProcessInstanceId(), procedureCode(t.getProcessDefinitionId()),
                    t.getTenantId(), step.candidateGroups(), t.getAssignee(),
                    instant(t.getCreateTime()), due, due != null && now.isAfter(due), t.getPriority(), step.form());
        }).toList();
    }

    @Override
    public TaskView claim(String taskId, String user) {
        requireUser(user);
        Task task = openTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new WorkflowConflictException("task '" + taskId + "' is claimed by " + task.getAssignee());
        }
        try {
            as(user, () -> {
                taskService.claim(taskId, user);
                return null;
            });
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new WorkflowConflictException("task '" + taskId + "' was claimed by somebody else just now");
        }
        return task(taskId);
    }

    @Override
    public TaskView unclaim(String taskId, String user) {
        requireUser(user);
        Task task = openTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new WorkflowConflictException("task '" + taskId + "' is claimed by " + task.getAssignee());
        }
        as(user, () -> {
            taskService.setAssignee(taskId, null);
            return null;
        });
        return task(taskId);
    }

    @Override
    public void complete(String taskId, String user, Map<String, Object> data) {
        requireUser(user);
        Object comment = data == null ? null : data.get("comment");
        // One transaction: the task read and checked, the comment and the completion written, or nothing; the
        // engine's own completion finds the task already read in it. A timer (the escalation) or another node may
        // change the same case at the same moment: the engine then rolls the transaction back whole, and it is
        // tried again on the case as it now is.
        for (int attempt = 1; ; attempt++) {
            boolean retry = attempt > 1;
            RuntimeException refused;
            try {
                refused = inOneTransaction(context -> {
                    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
                    if (retry && (task == null || task.getAssignee() != null && !task.getAssignee().equals(user))) {
                        return changedMeanwhile(taskId);
                    }
                    if (task == null || task.getProcessDefinitionId() == null) {
                        return new WorkflowNotFoundException("no open task '" + taskId + "'");
                    }
                    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
                        return new WorkflowConflictException("task '" + taskId + "' is claimed by "
                                + task.getAssignee());
                    }
                    WorkflowModel.Step step = model(task.getProcessDefinitionId())
                            .userTask(task.getTaskDefinitionKey());
                    List<ElementProblem> problems = new ArrayList<>();
                    Map<String, Object> variables = formValues(step.form(), data == null ? Map.of() : data,
                            problems);
                    if (!problems.isEmpty()) {
                        return new WorkflowValidationException("the task's form is not complete", problems);
                    }
                    if (comment instanceof String text && !text.isBlank()) {
                        // the engine takes a comment's author from the authenticated user: set for this call only
                        as(user, () -> taskService.createComment(taskId, task.getProcessInstanceId(),
                                text.length() > 4000 ? text.substring(0, 4000) : text));
                    }
                    if (task.getAssignee() == null) {
                        // Whoever completes an unclaimed task is recorded as its assignee: set on the task read
                        // above, which the completion then writes to the task's history. No assignment is
                        // announced (no listener, no identity-link entry) for a task that is ending.
                        task.setAssigneeWithoutCascade(user);
                    }
                    taskService.complete(taskId, variables);
                    return null;
                });
            } catch (OptimisticLockingException e) {
                if (attempt == 3) {
                    throw changedMeanwhile(taskId);
                }
                continue;
            } catch (TaskAlreadyClaimedException e) {
                throw new WorkflowConflictException("task '" + taskId + "' was claimed by somebody else just now");
            } catch (ProcessEngineException e) {
                throw new WorkflowException("the engine could not move the case on from task '" + taskId + "': "
                        + e.getMessage(), e);
            }
            if (refused != null) {
                throw refused;
            }
            return;
        }
    }

    private static WorkflowConflictException changedMeanwhile(String taskId) {
        return new WorkflowConflictException("task '" + taskId + "' changed at the same moment (another officer, "
                + "node or timer); reload it and try again");
    }

    /** The task's form data as typed variables; each missing or malformed field is a problem. */
    static Map<String, Object> formValues(List<FormField> form, Map<String, Object> data,
                                          List<ElementProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, FormField> byId = form.stream().collect(Collectors.toMap(FormField::id, f -> f));
        for (String name : data.keySet()) {
            if (!byId.containsKey(name) && !"comment".equals(name)) {
                problems.add(new ElementProblem(name, "is not a field of this task's form"
                        + (byId.isEmpty() ? " (the task has no form)" : " " + byId.keySet())));
            }
        }
        for (FormField field : form) {
            Object raw = data.get(field.id());
            if (raw == null || raw instanceof String s && s.isBlank()) {
                if (field.required()) {
                    problems.add(new ElementProblem(field.id(), "is required (" + field.label() + ")"));
                }
                continue;
            }
            Object value = switch (field.type()) {
                case "boolean" -> raw instanceof Boolean b ? b : "true".equals(raw) ? Boolean.TRUE
                        : "false".equals(raw) ? Boolean.FALSE : null;
                case "long" -> wholeNumber(raw);
                case "date" -> date(raw);
                case "enum" -> field.options().containsKey(String.valueOf(raw)) ? String.valueOf(raw) : null;
                default -> raw instanceof String s && s.length() <= CaseData.MAX_TEXT ? s : null;
            };
            if (value == null) {
                problems.add(new ElementProblem(field.id(), switch (field.type()) {
                    case "boolean" -> "must be true or false";
                    case "long" -> "must be a whole number";
                    case "date" -> "must be a date (YYYY-MM-DD)";
                    case "enum" -> "must be one of " + field.options().keySet();
                    default -> "must be text of at most " + CaseData.MAX_TEXT + " characters";
                }));
            } else {
                values.put(field.id(), value);
            }
        }
        return values;
    }

    private static Long wholeNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof java.math.BigInteger || raw instanceof java.math.BigDecimal) {
            try {
                return new java.math.BigDecimal(raw.toString()).longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return raw instanceof String s && s.strip().matches("-?\\d{1,18}") ? Long.parseLong(s.strip()) : null;
    }

    private static Date date(Object raw) {
        if (!(raw instanceof String s)) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(s.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- history

    @Override
    public Kpis kpis(String procedureCode, String locality) {
        return new HistoryFigures(history, taskService, DeploymentWriter.key(procedureCode), settings.zone())
                .kpis(procedureCode, locality, now());
    }

    @Override
    public List<MeasuredVolume> measuredVolumes(String procedureCode) {
        return new HistoryFigures(history, taskService, DeploymentWriter.key(procedureCode), settings.zone())
                .volumes(now().atZone(settings.zone()).toLocalDate());
    }

    @Override
    public long caseEvents(String procedureCode) {
        String key = DeploymentWriter.key(procedureCode);
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(key).count()
                + history.createHistoricProcessInstanceQuery().processDefinitionKey(key).finished().count();
    }

    @Override
    public MeasuredVolume measuredVolume(String procedureCode, String locality, int year) {
        return new HistoryFigures(history, taskService, DeploymentWriter.key(procedureCode), settings.zone())
                .volume(locality, year, now().atZone(settings.zone()).toLocalDate());
    }

    // ---------------------------------------------------------------- jobs and clock

    @Override
    public int runDueJobs() {
        int ran = escalation.sweep(now());
        for (Job job : management.createJobQuery().executable().list()) {
            try {
                management.executeJob(job.getId());
                ran++;
            } catch (OptimisticLockingException e) {
                // another node ran it first
            } catch (ProcessEngineException e) {
                if (management.createJobQuery().jobId(job.getId()).singleResult() != null) {
                    throw e;
                }
            }
        }
        return ran;
    }

    @Override
    public void setClock(Instant now) {
        if (now == null) {
            ClockUtil.reset();
        } else {
            ClockUtil.setCurrentTime(Date.from(now));
        }
    }

    @Override
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        engine.close();
    }

    /** The Camunda engine itself, for this module's benchmark. */
    ProcessEngine processEngine() {
        return engine;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs {@code work} as one engine command: one transaction, one connection, and one entity cache, so that an
     * entity read first is not read again by the engine's services called inside (they join this command).
     */
    private <T> T inOneTransaction(Command<T> work) {
        return transactions.execute(work);
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        identity.setAuthenticatedUserId(user);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank() || user.length() > 200) {
            throw new WorkflowValidationException("who works the task must be known",
                    List.of(new ElementProblem("user", "is required (1 to 200 characters)")));
        }
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Object plain(Object value) {
        return value instanceof Date d ? d.toInstant().toString() : value;
    }
}
