package procedo.engine.camunda;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.ElementProblem;
import procedo.engine.EngineSettings;
import procedo.engine.CaseMark;
import procedo.engine.Kpis;
import procedo.engine.MeasuredVolume;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;

/**
 * Camunda 7 embedded on the catalog's database, behind {@link WorkflowEngine}: the engine's lifecycle, its clock
 * and its due jobs here, the rest delegated along Camunda's services — {@link Deployments} (repository),
 * {@link Cases} (runtime), {@link Tasks} (task service), {@link HistoryFigures} (history). Workflows are keyed by
 * procedure ({@link DeploymentWriter#key}); a locality's own workflow is the same key under the locality as tenant.
 * Every case carries Procedo's case variables ({@link CaseVariables}); {@link CaseListeners} add deadlines to
 * every model, and {@link Escalation} sweeps the running cases for those past their due date (every
 * {@link EngineSettings#escalationSweep()} on a node with the job executor on).
 */
final class CamundaWorkflowEngine implements WorkflowEngine {

    private static final System.Logger LOG = System.getLogger(CamundaWorkflowEngine.class.getName());

    private final EngineSettings settings;
    private final ProcessEngine engine;
    private final ManagementService management;
    private final EngineSupport support;
    private final Deployments deployments;
    private final Cases cases;
    private final Tasks tasks;
    private final HistoryFigures figures;
    private final Escalation escalation;
    private final ScheduledExecutorService sweeper;

    private CamundaWorkflowEngine(EngineSettings settings, ProcessEngine engine) {
        this.settings = settings;
        this.engine = engine;
        this.management = engine.getManagementService();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        this.support = new EngineSupport(configuration.getCommandExecutorTxRequired(), engine.getIdentityService(),
                engine.getRepositoryService());
        this.deployments = new Deployments(support, engine.getRepositoryService(), engine.getRuntimeService());
        this.tasks = new Tasks(support, engine.getTaskService());
        this.cases = new Cases(support, deployments, tasks, engine.getRuntimeService(), engine.getHistoryService(),
                settings.dueDates());
        this.figures = new HistoryFigures(support, engine.getHistoryService(), engine.getTaskService(),
                settings.zone());
        this.escalation = new Escalation(configuration.getCommandExecutorTxRequiresNew(), engine.getRuntimeService(),
                engine.getTaskService(), management);
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

    static CamundaWorkflowEngine start(EngineSettings settings) {
        return start(settings, c -> { });
    }

    /** Starts with the configuration adjusted first (tests: a job executor that polls more often). */
    static CamundaWorkflowEngine start(EngineSettings settings, Consumer<StandaloneProcessEngineConfiguration> adjust) {
        StandaloneProcessEngineConfiguration configuration = EngineConfiguration.procedo(settings);
        adjust.accept(configuration);
        return new CamundaWorkflowEngine(settings, configuration.buildProcessEngine());
    }

    private void sweepQuietly() {
        try {
            escalation.sweep(now());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "escalation sweep failed; the next one tries again: " + e, e);
        }
    }

    @Override
    public List<ElementProblem> validate(DeployRequest request) {
        return deployments.validate(request);
    }

    @Override
    public DeployedWorkflow deploy(DeployRequest request) {
        return deployments.deploy(request);
    }

    @Override
    public List<DeployedWorkflow> deployments(String procedureCode) {
        return deployments.deployments(procedureCode);
    }

    @Override
    public List<DeployedWorkflow> latestDeployments() {
        return deployments.latestDeployments();
    }

    @Override
    public DeployedWorkflow suspend(String workflowId) {
        return deployments.suspend(workflowId);
    }

    @Override
    public DeployedWorkflow resume(String workflowId) {
        return deployments.resume(workflowId);
    }

    @Override
    public CaseSummary startCase(StartCase request) {
        return cases.start(request);
    }

    @Override
    public Optional<CaseView> findCase(String caseId) {
        return cases.find(caseId);
    }

    @Override
    public List<CaseSummary> caseSummaries(List<String> caseIds) {
        return cases.summaries(caseIds);
    }

    @Override
    public List<CaseSummary> cases(String procedureCode, String locality, int limit) {
        return cases.list(procedureCode, locality, limit);
    }

    @Override
    public List<CaseSummary> casesStarted(String procedureCode, String locality, java.time.Instant from,
                                          java.time.Instant to, int limit) {
        return cases.list(procedureCode, locality, from, to, limit);
    }

    @Override
    public List<TaskView> tasks(TaskFilter filter) {
        return tasks.tasks(filter);
    }

    @Override
    public List<TaskView> tasksOfCases(List<String> caseIds, TaskFilter filter) {
        return tasks.ofCases(caseIds, filter);
    }

    @Override
    public TaskView task(String taskId) {
        return tasks.task(taskId);
    }

    @Override
    public TaskView claim(String taskId, String user) {
        return tasks.claim(taskId, user);
    }

    @Override
    public TaskView unclaim(String taskId, String user) {
        return tasks.unclaim(taskId, user);
    }

    @Override
    public void complete(String taskId, String user, Map<String, Object> data) {
        tasks.complete(taskId, user, data);
    }

    @Override
    public CaseSummary endCase(String caseId, procedo.engine.CaseOutcome outcome, String reason, String user) {
        return cases.end(caseId, outcome, reason, user);
    }

    @Override
    public Kpis kpis(String procedureCode, String locality) {
        return kpis(procedureCode, locality, Set.of());
    }

    @Override
    public Kpis kpis(String procedureCode, String locality, Set<CaseMark> included) {
        return figures.kpis(procedureCode, locality, now(), included);
    }

    @Override
    public List<MeasuredVolume> measuredVolumes(String procedureCode) {
        return figures.volumes(procedureCode, now().atZone(settings.zone()).toLocalDate());
    }

    @Override
    public MeasuredVolume measuredVolume(String procedureCode, String locality, int year) {
        return figures.volume(procedureCode, locality, year, now().atZone(settings.zone()).toLocalDate());
    }

    @Override
    public List<procedo.engine.MonthlyCases> monthlyCases(String procedureCode, String locality,
                                                          java.time.YearMonth from, java.time.YearMonth to) {
        return figures.monthly(procedureCode, locality, from, to);
    }

    @Override
    public procedo.engine.CaseHistory caseHistory(procedo.engine.CaseHistory.Period period, int offset) {
        return new CaseHistories(engine.getHistoryService(), figures, settings.zone()).page(period, offset);
    }

    @Override
    public long caseCount(String procedureCode) {
        return figures.caseCount(procedureCode);
    }

    @Override
    public long caseEvents(String procedureCode) {
        return figures.caseEvents(procedureCode);
    }

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
        return support.now();
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
}
