package procedo.modeler.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problem;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityKind;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.usage.UsageFigure;
import procedo.catalog.usage.UsageService;
import procedo.catalog.usage.UsageSource;
import procedo.engine.CaseState;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.ElementProblem;
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
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.model.StoredModel;
import procedo.templates.TemplateService;

/**
 * Runs procedures' to-be workflows on the engine and feeds what it measures back into the catalog. Every case
 * started or ended marks its procedure; {@link #feedBack()} then records, per locality and year, the cases
 * started, those online and those completed on time as MEASURED usage, which the ranking and the cost model
 * prefer over imported or estimated figures of the same locality and year.
 */
public final class WorkflowService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowService.class);

    private final ProcedureService procedures;
    private final LocalityRepository localities;
    private final ModelService models;
    private final StartForms startForms;
    private final UsageService usage;
    private final Supplier<WorkflowEngine> engine;
    private final Set<String> measuredSinceFeedBack = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> caseEventsSeen = new ConcurrentHashMap<>();

    public WorkflowService(ProcedureService procedures, LocalityRepository localities, ModelService models,
                           TemplateService templates, UsageService usage, Supplier<WorkflowEngine> engine) {
        this.procedures = procedures;
        this.localities = localities;
        this.models = models;
        this.startForms = new StartForms(templates);
        this.usage = usage;
        this.engine = engine;
    }

    /** A new case: the procedure, the locality receiving it, the channel, and the start form's data. */
    public record NewCase(String procedureCode, String locality, String channel, Map<String, Object> data) {
    }

    // ---------------------------------------------------------------- deployments

    public DeployedWorkflow deploy(String code, String locality, String user) {
        DeployRequest request = deployRequest(code, locality, user);
        return call(() -> engine.get().deploy(request));
    }

    /** What would stop the latest to-be model from being deployed; empty when nothing. */
    public List<ElementProblem> check(String code, String locality) {
        return engine.get().validate(deployRequest(code, locality, null));
    }

    private DeployRequest deployRequest(String code, String locality, String user) {
        Procedure procedure = procedures.get(code);
        requireLocality(locality, "locality");
        StoredModel model = models.latest(code, ModelKind.TO_BE).orElseThrow(() -> new NotFoundException(
                "procedure " + code + " has no to-be model to deploy: draw one in the modeler first"));
        StartForm form = startForms.of(procedure, locality);
        return new DeployRequest(code, locality, model.xml(), model.version().version(), form.fieldIds(), user);
    }

    public List<DeployedWorkflow> deployments(String code) {
        procedures.get(code);
        return engine.get().deployments(code);
    }

    public List<DeployedWorkflow> latestDeployments() {
        return engine.get().latestDeployments();
    }

    public DeployedWorkflow suspend(String workflowId) {
        return call(() -> engine.get().suspend(workflowId));
    }

    public DeployedWorkflow resume(String workflowId) {
        return call(() -> engine.get().resume(workflowId));
    }

    // ---------------------------------------------------------------- cases

    public StartForm startForm(String code, String locality) {
        requireLocality(locality, "locality");
        return startForms.of(procedures.get(code), locality);
    }

    public CaseView startCase(NewCase request, String user) {
        List<Problem> problems = new ArrayList<>();
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw InvalidInputException.of("procedureCode", "is required");
        }
        Procedure procedure = procedures.get(request.procedureCode());
        if (request.locality() == null || province(request.locality()) == null) {
            problems.add(new Problem("locality", "is required: the code of one of the provinces and cities"));
        }
        Map<String, Object> data = request.data() == null ? Map.of() : request.data();
        StartForm form = startForms.of(procedure, request.locality() == null || problems.size() > 0 ? null
                : request.locality());
        form.check(data).forEach(p -> problems.add(new Problem("data." + p.location(), p.message())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Channel channel = request.channel() == null ? Channel.ONLINE : Channel.parse(request.channel())
                .orElseThrow(() -> InvalidInputException.of("channel", "must be ONLINE, COUNTER or POST"));
        int days = procedure.processingDays() == null ? 0 : procedure.processingDays();
        CaseSummary started = call(() -> engine.get().startCase(new StartCase(procedure.code(), request.locality(),
                channel, days, data, user)));
        recordMeasured(started);
        return findCase(started.id());
    }

    public CaseView findCase(String id) {
        return engine.get().findCase(id).orElseThrow(() -> new NotFoundException("no case '" + id + "'"));
    }

    public List<CaseSummary> cases(String code, String locality, int limit) {
        procedures.get(code);
        return engine.get().cases(code, locality, limit);
    }

    // ---------------------------------------------------------------- tasks

    public List<TaskView> tasks(TaskFilter filter) {
        return engine.get().tasks(filter);
    }

    public TaskView task(String id) {
        return call(() -> engine.get().task(id));
    }

    public TaskView claim(String id, String user) {
        return call(() -> engine.get().claim(id, user));
    }

    public TaskView unclaim(String id, String user) {
        return call(() -> engine.get().unclaim(id, user));
    }

    public CaseView complete(String taskId, String user, Map<String, Object> data) {
        TaskView task = task(taskId);
        call(() -> {
            engine.get().complete(taskId, user, data);
            return null;
        });
        CaseView after = findCase(task.caseId());
        if (after.summary().state() != CaseState.ACTIVE) {
            recordMeasured(after.summary());
        }
        return after;
    }

    // ---------------------------------------------------------------- measured figures

    public Kpis kpis(String code, String locality) {
        procedures.get(code);
        requireLocality(locality, "locality");
        return engine.get().kpis(code, locality);
    }

    /**
     * Records the measured usage of every procedure whose cases started or ended since the last time, here or on
     * another node (or in a load run) sharing the database; returns the number of figures recorded.
     */
    public int feedBack() {
        Set<String> codes = new java.util.TreeSet<>(measuredSinceFeedBack);
        engine.get().latestDeployments().forEach(w -> codes.add(w.procedureCode()));
        int recorded = 0;
        for (String code : codes) {
            try {
                long events = engine.get().caseEvents(code);
                Long seen = caseEventsSeen.get(code);
                if (measuredSinceFeedBack.remove(code) || seen == null || seen != events) {
                    recorded += feedBack(code);
                    caseEventsSeen.put(code, events);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not record the measured usage of {}: {}", code, e.getMessage());
                measuredSinceFeedBack.add(code);
            }
        }
        return recorded;
    }

    /**
     * Records at once the measured usage of the case's locality and year (a few counts), so that the ranking
     * follows each case started or ended here; other nodes' cases arrive with {@link #feedBack()}.
     */
    private void recordMeasured(CaseSummary c) {
        if (c.procedureCode() == null || c.locality() == null || c.startedAt() == null) {
            return;
        }
        try {
            int year = c.startedAt().atZone(procedo.engine.calendar.Deadlines.VIETNAM_ZONE).getYear();
            MeasuredVolume v = engine.get().measuredVolume(c.procedureCode(), c.locality(), year);
            usage.record(c.procedureCode(), List.of(new UsageFigure(v.locality(), v.year(), UsageSource.MEASURED,
                    v.started(), v.online(), v.completedOnTime(), v.coveredDays())));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the measured usage of case {}: {}", c.id(), e.getMessage());
            measuredSinceFeedBack.add(c.procedureCode());
        }
    }

    /** Records a procedure's measured usage now: one figure per locality and year with cases; returns how many. */
    public int feedBack(String code) {
        List<UsageFigure> figures = new ArrayList<>();
        for (MeasuredVolume v : engine.get().measuredVolumes(code)) {
            if (province(v.locality()) != null) {
                figures.add(new UsageFigure(v.locality(), v.year(), UsageSource.MEASURED, v.started(), v.online(),
                        v.completedOnTime(), v.coveredDays()));
            }
        }
        if (!figures.isEmpty()) {
            usage.record(code, figures);
        }
        return figures.size();
    }

    // ---------------------------------------------------------------- helpers

    private void requireLocality(String locality, String field) {
        if (locality != null && province(locality) == null) {
            throw InvalidInputException.of(field, "unknown province or city '" + locality + "'");
        }
    }

    private Locality province(String code) {
        return localities.locality(code).filter(l -> l.kind() == LocalityKind.CITY
                || l.kind() == LocalityKind.PROVINCE).orElse(null);
    }

    /** Runs an engine call, saying its refusals in the catalog's terms (400, 404, 409 on the web). */
    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (WorkflowValidationException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new Problem(p.elementId(), p.message())).toList());
        } catch (WorkflowNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        } catch (WorkflowConflictException e) {
            throw new ConflictException(e.getMessage());
        } catch (WorkflowException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
