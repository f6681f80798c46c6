package procedo.modeler.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import procedo.catalog.account.Principal;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.ConflictException;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problem;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.text.Text;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.CaseMark;
import procedo.engine.CaseOutcome;
import procedo.engine.CaseState;
import procedo.engine.Coverage;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;
import procedo.engine.WorkflowValidationException;
import procedo.engine.Kpis;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;
import procedo.modeler.dossier.Applicants;
import procedo.modeler.dossier.Dossier;
import procedo.modeler.dossier.DossierRegister;
import procedo.modeler.dossier.LookupCodes;
import procedo.modeler.dossier.NewDossier;
import procedo.modeler.model.BpmnAnalyser;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.model.StoredModel;
import procedo.templates.TemplateService;

/**
 * Runs procedures' to-be workflows on the engine: deployments, start forms, cases and tasks. Every case started
 * or ended here is told to the {@link MeasuredUsageFeed}, which records what the engine measured as the catalog's
 * MEASURED usage. The engine's refusals pass through unchanged; the web layer maps them to HTTP answers once. A
 * withdrawn procedure's cases go on to their end, but it is neither deployed again nor given new cases.
 * Every change (deployment, suspension, resumption, receipt, claim, unclaim, completion) is recorded in the audit
 * trail once the engine has made it; the engine knows the person acting by the actor's user name.
 */
public final class WorkflowService {

    private final ProcedureService procedures;
    private final LocalityRepository localities;
    private final ModelService models;
    private final StartForms startForms;
    private final Supplier<WorkflowEngine> engine;
    private final MeasuredUsageFeed feed;
    private final AuditTrail audit;
    private final DeploymentReasons reasons;
    private final DossierRegister dossiers;
    private final GoLiveGate gate;

    public WorkflowService(ProcedureService procedures, LocalityRepository localities, ModelService models,
                           TemplateService templates, MeasuredUsageFeed feed, AuditTrail audit,
                           DeploymentReasons reasons, DossierRegister dossiers, Supplier<WorkflowEngine> engine) {
        this(procedures, localities, models, templates, feed, audit, reasons, dossiers, engine, GoLiveGate.OPEN);
    }

    /** A service whose deployments and new cases first pass the {@code gate} of their procedure's stage. */
    public WorkflowService(ProcedureService procedures, LocalityRepository localities, ModelService models,
                           TemplateService templates, MeasuredUsageFeed feed, AuditTrail audit,
                           DeploymentReasons reasons, DossierRegister dossiers, Supplier<WorkflowEngine> engine,
                           GoLiveGate gate) {
        this.gate = gate;
        this.reasons = reasons;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.localities = localities;
        this.models = models;
        this.startForms = new StartForms(templates);
        this.feed = feed;
        this.audit = audit;
        this.engine = engine;
    }

    /**
     * A new case: the procedure, the locality receiving it, the channel, and the start form's data; {@code training}
     * marks a case started to learn the workflow, which counts in no usage, KPI or report.
     */
    public record NewCase(String procedureCode, String locality, String channel, Map<String, Object> data,
                          Boolean training) {

        /** A real dossier. */
        public NewCase(String procedureCode, String locality, String channel, Map<String, Object> data) {
            this(procedureCode, locality, channel, data, null);
        }
    }

    /** What the audit trail keeps of a task's completion: the task, the data sent, and where the case is now. */
    public record CompletedTask(String taskId, String taskName, Map<String, Object> data, CaseState caseState,
                                String outcome) {
    }

    // ---------------------------------------------------------------- deployments

    /** The longest reason for deploying despite warnings, in characters. */
    static final int MAX_REASON = 2000;

    /**
     * Deploys the latest to-be model: nationwide (no locality) by central staff, or as a pilot in one province by
     * central staff or that province's officer. A model with lint errors or failed deploy checks is refused with
     * every problem ({@link DeployRefusedException}); one with lint warnings only with a {@code reason}, which is
     * kept with the deployed version and in the audit trail.
     */
    public NamedWorkflow deploy(String code, String locality, String reason, Principal by) {
        return deploy(code, locality, Coverage.ALL, reason, by);
    }

    /**
     * Deploys as {@link #deploy(String, String, String, Principal)}, the workflow covering all the dossiers of its
     * scope or a pilot ({@code coverage}), whose measurements never stand for the scope's yearly volume.
     */
    public NamedWorkflow deploy(String code, String locality, Coverage coverage, String reason, Principal by) {
        if (locality == null ? !by.isCentral() : !by.mayActForLocality(locality)) {
            throw new NotAllowedException(locality == null
                    ? Text.of("modeler.workflow.mayNotDeployNationwide", by.username())
                    : Text.of("modeler.workflow.mayNotDeployIn", by.username(), provinceName(locality)));
        }
        requireInCatalog(code, "modeler.workflow.withdrawnNotDeployed");
        DeployRequest request = deployRequest(code, locality, by.username(), coverage);
        gate.checkDeployment(code, locality);
        ModelFindings findings = ModelFindings.of(request.bpmn());
        List<ElementProblem> checks = engine.get().validate(request);
        if (findings.errors().isEmpty() && !checks.isEmpty()) {
            throw new WorkflowValidationException(EngineText.of("engine.deploy.invalid"), checks);
        }
        if (!findings.errors().isEmpty()) {
            List<Problem> problems = new ArrayList<>(checks.stream().map(EngineSentences::problem).toList());
            problems.addAll(findings.errors());
            throw new DeployRefusedException(checks.isEmpty()
                    ? Text.of("modeler.deploy.refused", code, problems.size()) : Text.of("engine.deploy.invalid"),
                    problems);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!findings.warnings().isEmpty() && why == null) {
            throw InvalidInputException.of("reason", Text.of("modeler.deploy.reasonRequired",
                    findings.warnings().size()));
        }
        if (why != null && why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", Text.of("modeler.deploy.reasonTooLong", MAX_REASON));
        }
        DeployedWorkflow workflow = engine.get().deploy(request);
        String kept = findings.warnings().isEmpty() ? null : why;
        if (kept != null) {
            reasons.record(workflow.workflowId(), kept, findings.warnings().size(), by.username());
        }
        NamedWorkflow deployed = new NamedWorkflow(workflow, named(workflow).procedureName(), kept);
        recordWorkflow(by.actor(), AuditAction.WORKFLOW_DEPLOYED, deployed);
        return deployed;
    }

    /** Deploys a model that needs no reason (see {@link #deploy(String, String, String, Principal)}). */
    public NamedWorkflow deploy(String code, String locality, Principal by) {
        return deploy(code, locality, null, by);
    }

    private void recordWorkflow(Actor actor, AuditAction action, NamedWorkflow after) {
        DeployedWorkflow w = after.workflow();
        audit.record(AuditEntry.of(actor, action, AuditSubject.of("workflow", w.workflowId()))
                .procedure(w.procedureCode()).province(w.locality()).after(after));
    }

    /** What would stop the latest to-be model from being deployed; empty when nothing. */
    public List<ElementProblem> check(String code, String locality) {
        return engine.get().validate(deployRequest(code, locality, null));
    }

    /**
     * What deploying the latest to-be model for {@code locality} (null: nationwide) would do and what stands in its
     * way; a pure read.
     */
    public DeploymentPreview preview(String code, String locality) {
        DeployRequest request = deployRequest(code, locality, null);
        ModelFindings findings = ModelFindings.of(request.bpmn());
        List<Problem> errors = new ArrayList<>(engine.get().validate(request).stream()
                .map(EngineSentences::problem).toList());
        errors.addAll(findings.errors());
        try {
            gate.checkDeployment(code, locality);
        } catch (ConflictException stage) {
            errors.add(new Problem("stage", stage.text()));
        }
        Optional<DeployedWorkflow> current = engine.get().deployments(code).stream()
                .filter(w -> java.util.Objects.equals(w.locality(), locality))
                .max(java.util.Comparator.comparingInt(DeployedWorkflow::version));
        return new DeploymentPreview(code, procedures.get(code).name(), locality,
                locality == null ? null : provinceName(locality), request.modelVersion(),
                current.map(DeployedWorkflow::version).orElse(null),
                current.map(DeployedWorkflow::modelVersion).orElse(null),
                current.map(w -> w.version() + 1).orElse(1), current.map(DeployedWorkflow::activeCases).orElse(0L),
                errors, findings.warnings(), refusalAdvice(request.bpmn()));
    }

    /**
     * Advice on a model none of whose end events means a refusal ({@code procedo:outcome="REFUSED"}, or a name that
     * says it): its cases could never end refused, though every dossier may be.
     */
    static List<Problem> refusalAdvice(byte[] bpmn) {
        Map<String, CaseOutcome> ends = new BpmnAnalyser().endOutcomes(bpmn);
        if (ends.isEmpty() || ends.containsValue(CaseOutcome.REFUSED)) {
            return List.of();
        }
        return List.of(new Problem(ends.keySet().iterator().next(), Text.of("modeler.deploy.noRefusalEnd")));
    }

    /**
     * What would stop {@code bpmn} (a to-be model being edited, not stored) from being deployed for the procedure,
     * with the procedure's start form; empty when nothing.
     */
    public List<ElementProblem> checkModel(String code, String locality, byte[] bpmn) {
        Procedure procedure = procedures.get(code);
        requireLocality(locality, "locality");
        int version = models.latest(code, ModelKind.TO_BE).map(m -> m.version().version()).orElse(0);
        StartForm form = startForms.of(procedure, locality);
        return engine.get().validate(new DeployRequest(code, locality, bpmn, version, form.fieldIds(), null,
                applicantSteps(bpmn)));
    }

    private DeployRequest deployRequest(String code, String locality, String user) {
        return deployRequest(code, locality, user, Coverage.ALL);
    }

    private DeployRequest deployRequest(String code, String locality, String user, Coverage coverage) {
        Procedure procedure = procedures.get(code);
        requireLocality(locality, "locality");
        StoredModel model = models.latest(code, ModelKind.TO_BE).orElseThrow(() -> new NotFoundException(
                Text.of("modeler.workflow.noToBeModel", code)));
        StartForm form = startForms.of(procedure, locality);
        return new DeployRequest(code, locality, model.xml(), model.version().version(), form.fieldIds(), user,
                coverage, applicantSteps(model.xml()));
    }

    /** The steps of the model's applicant lane, as the model analysis finds them. */
    private static Set<String> applicantSteps(byte[] bpmn) {
        return new BpmnAnalyser().applicantSteps(bpmn);
    }

    /** Every deployed version of a procedure's workflow, each with the procedure's name. */
    public List<NamedWorkflow> deployments(String code) {
        String name = procedures.get(code).name();
        List<DeployedWorkflow> all = engine.get().deployments(code);
        Map<String, String> why = reasons.reasons(all.stream().map(DeployedWorkflow::workflowId).toList());
        return all.stream().map(w -> new NamedWorkflow(w, name, why.get(w.workflowId()))).toList();
    }

    /** The latest deployed workflow of every procedure and locality, with the procedures' names read at once. */
    public List<NamedWorkflow> latestDeployments() {
        List<DeployedWorkflow> latest = engine.get().latestDeployments();
        Map<String, String> names = procedures.names(latest.stream().map(DeployedWorkflow::procedureCode)
                .collect(Collectors.toSet()));
        Map<String, String> why = reasons.reasons(latest.stream().map(DeployedWorkflow::workflowId).toList());
        return latest.stream().map(w -> new NamedWorkflow(w, names.get(w.procedureCode()), why.get(w.workflowId())))
                .toList();
    }

    private NamedWorkflow named(DeployedWorkflow w) {
        return new NamedWorkflow(w, procedures.names(Set.of(w.procedureCode())).get(w.procedureCode()),
                reasons.reasons(List.of(w.workflowId())).get(w.workflowId()));
    }

    /** Stops new cases on a deployed version. */
    public NamedWorkflow suspend(String workflowId, Actor actor) {
        NamedWorkflow suspended = named(engine.get().suspend(workflowId));
        recordWorkflow(actor, AuditAction.WORKFLOW_SUSPENDED, suspended);
        return suspended;
    }

    /** Allows new cases on a suspended version again. */
    public NamedWorkflow resume(String workflowId, Actor actor) {
        NamedWorkflow resumed = named(engine.get().resume(workflowId));
        recordWorkflow(actor, AuditAction.WORKFLOW_RESUMED, resumed);
        return resumed;
    }

    // ---------------------------------------------------------------- cases

    public StartForm startForm(String code, String locality) {
        requireLocality(locality, "locality");
        return startForms.of(procedures.get(code), locality);
    }

    /**
     * Receives a dossier: starts a case in {@code request.locality()}, where {@code by} must be allowed to, and
     * gives it the next dossier number of that locality and day, with the applicant's name from its start form.
     */
    public CaseView startCase(NewCase request, Principal by) {
        return startCase(request, Boolean.TRUE.equals(request.training()) ? CaseMark.TRAINING : null, by);
    }

    /** Starts a simulated case (a load run's), which counts in no usage, KPI or report. */
    public CaseView simulateCase(NewCase request, Principal by) {
        return startCase(request, CaseMark.SIMULATED, by);
    }

    private CaseView startCase(NewCase request, CaseMark mark, Principal by) {
        List<Problem> problems = new ArrayList<>();
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw InvalidInputException.of("procedureCode", Text.of("catalog.problem.required"));
        }
        Procedure procedure = procedures.get(request.procedureCode());
        requireInCatalog(procedure.code(), "modeler.workflow.withdrawnNoNewCases");
        if (request.locality() == null || province(request.locality()) == null) {
            problems.add(new Problem("locality", Text.of("modeler.workflow.localityRequired")));
        }
        Map<String, Object> data = request.data() == null ? Map.of() : request.data();
        StartForm form = startForms.of(procedure, request.locality() == null || problems.size() > 0 ? null
                : request.locality());
        form.check(data).forEach(p -> problems.add(new Problem("data." + p.location(), p.text(), p.label())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!by.mayWorkCase(request.locality(), List.of())) {
            throw new NotAllowedException(Text.of("modeler.workflow.mayNotReceive", by.username(),
                    provinceName(request.locality())));
        }
        Channel channel = request.channel() == null ? Channel.ONLINE : Channel.parse(request.channel())
                .orElseThrow(() -> InvalidInputException.of("channel", Text.of("modeler.workflow.channel")));
        gate.checkCase(procedure.code(), request.locality(), mark);
        int days = procedure.processingDays() == null ? 0 : procedure.processingDays();
        CaseSummary started = engine.get().startCase(new StartCase(procedure.code(), request.locality(),
                channel, days, data, by.username(), mark));
        dossiers.register(new NewDossier(started.id(), started.procedureCode(), started.locality(),
                Applicants.name(data), by.username(), by.actor().displayName(), started.startedAt(),
                LookupCodes.unissued()));
        CaseView view = findCase(started.id());
        audit.record(AuditEntry.of(by.actor(), AuditAction.CASE_STARTED, AuditSubject.of("case", started.id()))
                .procedure(started.procedureCode()).province(started.locality()).after(view));
        feed.caseChanged(started);
        return view;
    }

    public CaseView findCase(String id) {
        CaseView found = engine.get().findCase(id).orElseThrow(() -> new NotFoundException(
                Text.of("modeler.workflow.noCase", id)));
        Dossier dossier = dossiers.byCases(List.of(id)).get(id);
        return dossier == null ? found : new CaseView(found.summary().withDossier(dossier.dossierNumber(),
                dossier.applicantName()), found.data(), withDossiers(found.openTasks()), found.history());
    }

    /** A case, if {@code reader} sees its province's cases. */
    public CaseView findCase(String id, Principal reader) {
        CaseView found = findCase(id);
        if (!reader.seesCasesOf(found.summary().locality())) {
            throw new NotAllowedException(Text.of("modeler.workflow.seesOnlyCasesOf", reader.username(),
                    provinceNames(reader.caseScope().orElseThrow())));
        }
        return found;
    }

    /** A procedure's cases, newest first; a case officer sees only those of their province(s). */
    public List<CaseSummary> cases(String code, String locality, int limit, Principal reader) {
        return withDossierNumbers(scopedCases(code, locality, limit, reader));
    }

    private List<CaseSummary> scopedCases(String code, String locality, int limit, Principal reader) {
        procedures.get(code);
        Optional<Set<String>> scope = reader.caseScope();
        if (scope.isEmpty()) {
            return engine.get().cases(code, locality, limit);
        }
        if (locality != null) {
            if (!scope.get().contains(locality)) {
                throw new NotAllowedException(Text.of("modeler.workflow.seesOnlyCasesOf", reader.username(),
                        provinceNames(scope.get())));
            }
            return engine.get().cases(code, locality, limit);
        }
        return scope.get().stream().sorted().flatMap(l -> engine.get().cases(code, l, limit).stream())
                .sorted(java.util.Comparator.comparing(CaseSummary::startedAt).reversed()).limit(limit).toList();
    }

    // ---------------------------------------------------------------- tasks

    /** Open tasks, most urgent first; a case officer sees only their province's tasks of their groups. */
    public List<TaskView> tasks(TaskFilter filter, Principal reader) {
        return withDossiers(scopedTasks(filter, reader));
    }

    private List<TaskView> scopedTasks(TaskFilter filter, Principal reader) {
        Optional<Set<String>> scope = reader.caseScope();
        if (scope.isEmpty()) {
            return engine.get().tasks(filter);
        }
        if (filter.locality() != null && !scope.get().contains(filter.locality())) {
            throw new NotAllowedException(Text.of("modeler.workflow.seesOnlyTasksOf", reader.username(),
                    provinceNames(scope.get())));
        }
        Set<String> provinces = filter.locality() != null ? Set.of(filter.locality()) : scope.get();
        return provinces.stream().sorted()
                .flatMap(l -> engine.get().tasks(new TaskFilter(filter.procedureCode(), l, filter.group(),
                        filter.assignee(), filter.caseId(), filter.limit())).stream())
                .filter(t -> reader.mayWorkCase(t.locality(), t.candidateGroups()))
                .limit(filter.limit()).toList();
    }

    public TaskView task(String id) {
        return withDossiers(List.of(engine.get().task(id))).get(0);
    }

    /** An open task, if {@code reader} sees it (a case officer: their province and groups). */
    public TaskView task(String id, Principal reader) {
        TaskView task = task(id);
        if (reader.caseScope().isPresent()) {
            requireWorker(task, reader);
        }
        return task;
    }

    public TaskView claim(String id, Principal by) {
        TaskView before = engine.get().task(id);
        requireWorker(before, by);
        TaskView claimed = withDossiers(List.of(engine.get().claim(id, by.username()))).get(0);
        recordTask(by.actor(), AuditAction.TASK_CLAIMED, before, claimed);
        return claimed;
    }

    public TaskView unclaim(String id, Principal by) {
        TaskView before = engine.get().task(id);
        requireWorker(before, by);
        TaskView unclaimed = withDossiers(List.of(engine.get().unclaim(id, by.username()))).get(0);
        recordTask(by.actor(), AuditAction.TASK_UNCLAIMED, before, unclaimed);
        return unclaimed;
    }

    private void recordTask(Actor actor, AuditAction action, TaskView before, Object after) {
        audit.record(AuditEntry.of(actor, action, AuditSubject.of("task", before.id()))
                .procedure(before.procedureCode()).province(before.locality()).before(before).after(after));
    }

    /** Completes a task; the record keeps the data sent and where the case went (its outcome when it ended). */
    public CaseView complete(String taskId, Principal by, Map<String, Object> data) {
        TaskView task;
        try {
            task = task(taskId);
        } catch (WorkflowNotFoundException e) {
            // no longer open: the engine refuses it as completed already (409) or as never known (404)
            engine.get().complete(taskId, by.username(), data);
            throw e;
        }
        requireWorker(task, by);
        engine.get().complete(taskId, by.username(), data);
        CaseView after = findCase(task.caseId());
        CaseState state = after.summary().state();
        recordTask(by.actor(), AuditAction.TASK_COMPLETED, task, new CompletedTask(task.id(), task.name(), data, state,
                state == CaseState.ACTIVE ? null : after.summary().endName()));
        if (after.summary().state() != CaseState.ACTIVE) {
            feed.caseChanged(after.summary());
        }
        return after;
    }

    // ---------------------------------------------------------------- dossier numbers and search

    /** The most cases or tasks' cases a search looks at. */
    static final int SEARCH_CASES = 100;

    /**
     * Cases whose dossier number or applicant's name contains {@code text} (without diacritics or case), newest
     * first: of one procedure and locality when given, and only of the provinces whose cases {@code reader} sees.
     */
    public List<CaseSummary> searchCases(String text, String code, String locality, int limit, Principal reader) {
        if (code != null) {
            procedures.get(code);
        }
        requireLocality(locality, "locality");
        Set<String> localities = searchScope(locality, reader);
        List<Dossier> matches = dossiers.search(text, code, localities, Math.min(limit, SEARCH_CASES));
        Map<String, Dossier> byCase = new HashMap<>();
        matches.forEach(d -> byCase.put(d.caseId(), d));
        return engine.get().caseSummaries(matches.stream().map(Dossier::caseId).toList()).stream()
                .map(c -> c.withDossier(byCase.get(c.id()).dossierNumber(), byCase.get(c.id()).applicantName()))
                .toList();
    }

    /**
     * Open tasks of the cases whose dossier number or applicant's name contains {@code text}, most urgent first,
     * otherwise filtered as {@link #tasks(TaskFilter, Principal)} filters.
     */
    public List<TaskView> searchTasks(String text, TaskFilter filter, Principal reader) {
        Set<String> localities = searchScope(filter.locality(), reader);
        List<String> cases = dossiers.search(text, filter.procedureCode(), localities, SEARCH_CASES).stream()
                .map(Dossier::caseId).filter(id -> filter.caseId() == null || filter.caseId().equals(id)).toList();
        Optional<Set<String>> scope = reader.caseScope();
        return withDossiers(engine.get().tasksOfCases(cases, filter).stream()
                .filter(t -> scope.isEmpty() || scope.get().contains(t.locality())
                        && reader.mayWorkCase(t.locality(), t.candidateGroups()))
                .sorted(java.util.Comparator.comparing(TaskView::dueAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .limit(filter.limit()).toList());
    }

    /** The provinces a search may look in: the one asked for, within those whose cases the reader sees. */
    private static Set<String> searchScope(String locality, Principal reader) {
        Optional<Set<String>> scope = reader.caseScope();
        if (locality != null) {
            return scope.isEmpty() || scope.get().contains(locality) ? Set.of(locality) : Set.of();
        }
        return scope.orElse(null);
    }

    private List<CaseSummary> withDossierNumbers(List<CaseSummary> cases) {
        Map<String, Dossier> found = dossiers.byCases(cases.stream().map(CaseSummary::id).toList());
        return cases.stream().map(c -> {
            Dossier d = found.get(c.id());
            return d == null ? c : c.withDossier(d.dossierNumber(), d.applicantName());
        }).toList();
    }

    private List<TaskView> withDossiers(List<TaskView> tasks) {
        Map<String, Dossier> found = dossiers.byCases(tasks.stream().map(TaskView::caseId)
                .collect(Collectors.toSet()));
        return tasks.stream().map(t -> {
            Dossier d = found.get(t.caseId());
            return d == null ? t : t.withDossier(d.dossierNumber(), d.applicantName());
        }).toList();
    }

    /**
     * Ends a running case before its model's end: withdrawn by the applicant or cancelled (with a reason), by an
     * officer who may work cases of its province. The case's outcome and reason are recorded in the audit trail.
     */
    public CaseView endCase(String caseId, CaseOutcome outcome, String reason, Principal by) {
        CaseView before = findCase(caseId);
        if (!by.mayWorkCase(before.summary().locality(), List.of())) {
            throw new NotAllowedException(Text.of("modeler.workflow.mayNotEnd", by.username(),
                    provinceName(before.summary().locality())));
        }
        CaseSummary ended = engine.get().endCase(caseId, outcome, reason, by.username());
        CaseView after = findCase(caseId);
        audit.record(AuditEntry.of(by.actor(), AuditAction.CASE_ENDED, AuditSubject.of("case", caseId))
                .procedure(ended.procedureCode()).province(ended.locality()).before(before.summary())
                .after(after.summary()));
        feed.caseChanged(ended);
        return after;
    }

    // ---------------------------------------------------------------- measured figures

    /** The KPIs measured from the engine's history of real cases; a pure read. */
    public Kpis kpis(String code, String locality) {
        return kpis(code, locality, Set.of());
    }

    /** The KPIs as {@link #kpis(String, String)}, counting also the cases of the {@code included} marks. */
    public Kpis kpis(String code, String locality, Set<CaseMark> included) {
        procedures.get(code);
        requireLocality(locality, "locality");
        return engine.get().kpis(code, locality, included);
    }

    // ---------------------------------------------------------------- helpers

    private void requireWorker(TaskView task, Principal by) {
        if (!by.mayWorkCase(task.locality(), task.candidateGroups())) {
            throw new NotAllowedException(Text.of("modeler.workflow.mayNotWork", by.username(), task.name(),
                    task.locality() == null ? Text.of("modeler.workflow.nationwide") : provinceName(task.locality()),
                    String.join(", ", task.candidateGroups())));
        }
    }

    /** A withdrawn procedure keeps its workflows and cases (they run to their end) but takes nothing new. */
    private void requireInCatalog(String code, String refusal) {
        procedures.withdrawal(code).ifPresent(w -> {
            throw new ConflictException(Text.of(refusal, code));
        });
    }

    private void requireLocality(String locality, String field) {
        if (locality != null && province(locality) == null) {
            throw InvalidInputException.of(field, Text.of("modeler.workflow.unknownProvince", locality));
        }
    }

    /** A province as people call it ("Thành phố Hà Nội"), its code when it is not known. */
    private String provinceName(String code) {
        Locality province = province(code);
        return province == null ? code : province.name();
    }

    private String provinceNames(Set<String> codes) {
        return codes.stream().sorted().map(this::provinceName).collect(Collectors.joining(", "));
    }

    private Locality province(String code) {
        return localities.locality(code).filter(l -> l.kind().provincial()).orElse(null);
    }
}
