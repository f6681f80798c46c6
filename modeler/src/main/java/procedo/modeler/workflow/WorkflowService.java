package procedo.modeler.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problem;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityKind;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.CaseState;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.ElementProblem;
import procedo.engine.Kpis;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.model.StoredModel;
import procedo.templates.TemplateService;

/**
 * Runs procedures' to-be workflows on the engine: deployments, start forms, cases and tasks. Every case started
 * or ended here is told to the {@link MeasuredUsageFeed}, which records what the engine measured as the catalog's
 * MEASURED usage. The engine's refusals pass through unchanged; the web layer maps them to HTTP answers once.
 */
public final class WorkflowService {

    private final ProcedureService procedures;
    private final LocalityRepository localities;
    private final ModelService models;
    private final StartForms startForms;
    private final Supplier<WorkflowEngine> engine;
    private final MeasuredUsageFeed feed;

    public WorkflowService(ProcedureService procedures, LocalityRepository localities, ModelService models,
                           TemplateService templates, MeasuredUsageFeed feed, Supplier<WorkflowEngine> engine) {
        this.procedures = procedures;
        this.localities = localities;
        this.models = models;
        this.startForms = new StartForms(templates);
        this.feed = feed;
        this.engine = engine;
    }

    /** A new case: the procedure, the locality receiving it, the channel, and the start form's data. */
    public record NewCase(String procedureCode, String locality, String channel, Map<String, Object> data) {
    }

    // ---------------------------------------------------------------- deployments

    public NamedWorkflow deploy(String code, String locality, String user) {
        DeployRequest request = deployRequest(code, locality, user);
        return named(engine.get().deploy(request));
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

    /** Every deployed version of a procedure's workflow, each with the procedure's name. */
    public List<NamedWorkflow> deployments(String code) {
        String name = procedures.get(code).name();
        return engine.get().deployments(code).stream().map(w -> new NamedWorkflow(w, name)).toList();
    }

    /** The latest deployed workflow of every procedure and locality, with the procedures' names read at once. */
    public List<NamedWorkflow> latestDeployments() {
        List<DeployedWorkflow> latest = engine.get().latestDeployments();
        Map<String, String> names = procedures.names(latest.stream().map(DeployedWorkflow::procedureCode)
                .collect(Collectors.toSet()));
        return latest.stream().map(w -> new NamedWorkflow(w, names.get(w.procedureCode()))).toList();
    }

    private NamedWorkflow named(DeployedWorkflow w) {
        return new NamedWorkflow(w, procedures.names(Set.of(w.procedureCode())).get(w.procedureCode()));
    }

    /** Stops new cases on a deployed version. */
    public NamedWorkflow suspend(String workflowId) {
        return named(engine.get().suspend(workflowId));
    }

    /** Allows new cases on a suspended version again. */
    public NamedWorkflow resume(String workflowId) {
        return named(engine.get().resume(workflowId));
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
        CaseSummary started = engine.get().startCase(new StartCase(procedure.code(), request.locality(),
                channel, days, data, user));
        feed.caseChanged(started);
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
        return engine.get().task(id);
    }

    public TaskView claim(String id, String user) {
        return engine.get().claim(id, user);
    }

    public TaskView unclaim(String id, String user) {
        return engine.get().unclaim(id, user);
    }

    public CaseView complete(String taskId, String user, Map<String, Object> data) {
        TaskView task;
        try {
            task = task(taskId);
        } catch (WorkflowNotFoundException e) {
            // no longer open: the engine refuses it as completed already (409) or as never known (404)
            engine.get().complete(taskId, user, data);
            throw e;
        }
        engine.get().complete(taskId, user, data);
        CaseView after = findCase(task.caseId());
        if (after.summary().state() != CaseState.ACTIVE) {
            feed.caseChanged(after.summary());
        }
        return after;
    }

    // ---------------------------------------------------------------- measured figures

    /** The KPIs measured from the engine's history; a pure read. */
    public Kpis kpis(String code, String locality) {
        procedures.get(code);
        requireLocality(locality, "locality");
        return engine.get().kpis(code, locality);
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
}
