package procedo.modeler.web.workflow;

import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.CASE_WORK;
import static procedo.modeler.web.http.Access.LOCALITY;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Year;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import procedo.catalog.error.InvalidInputException;
import procedo.engine.CaseOutcome;
import procedo.engine.CaseView;
import procedo.engine.CaseMark;
import procedo.engine.Coverage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import procedo.modeler.digitisation.DigitisationDesk;
import procedo.modeler.digitisation.DigitisedCase;
import procedo.modeler.digitisation.MediaGiven;
import procedo.engine.ElementProblem;
import procedo.engine.TaskFilter;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.json.Json;
import procedo.catalog.error.Problem;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Bodies;
import procedo.modeler.web.http.Route;
import procedo.modeler.workflow.EngineSentences;
import procedo.modeler.workflow.DeploymentPreview;
import procedo.modeler.workflow.NamedWorkflow;
import procedo.modeler.workflow.WorkflowService;

/**
 * Running workflows over HTTP: deployments, the start form, cases, the task list, the KPIs measured from history
 * and the working-day calendar. Who acts is the signed-in person; case officers work in their province and groups.
 */
public final class WorkflowRoutes {

    private final WorkflowService workflows;
    private final HolidayCalendar calendar;
    private final ObjectMapper json;
    private final DigitisationDesk digitisation;

    public WorkflowRoutes(WorkflowService workflows, HolidayCalendar calendar, ObjectMapper json,
                          DigitisationDesk digitisation) {
        this.workflows = workflows;
        this.calendar = calendar;
        this.json = json;
        this.digitisation = digitisation;
    }

    /**
     * A problem of a model checked for deployment, in the reader's language: the element's id, the element as a
     * person sees it (its kind and name), what is wrong, and that sentence's key.
     */
    record CheckedProblem(String elementId, String label, String message, String code) {
    }

    /** A deployment order: why the model is deployed despite its lint warnings (needed only then). */
    record DeployOrder(String reason) {
    }

    /**
     * A deployment preview in the reader's language: scope, versions, running cases, errors, warnings, and advice
     * (a model without a refusal end).
     */
    record Preview(String procedureCode, String procedureName, String locality, String localityName,
                   int modelVersion, Integer fromVersion, Integer fromModelVersion, int toVersion, long activeCases,
                   boolean deployable, List<CheckedProblem> errors, List<CheckedProblem> warnings,
                   List<CheckedProblem> advice) {
    }

    /** Why a case is withdrawn or cancelled: the applicant's or the agency's words, kept on the case. */
    record Ending(String reason) {
    }

    /** A task's completion: the values of its form's fields, and an optional comment. */
    record Completion(Map<String, Object> data) {
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/workflows", SIGNED_IN, "The latest deployed workflow of every procedure and locality",
                        ctx -> ctx.json(workflows.latestDeployments())),
                Route.get("/api/procedures/{code}/deployments", SIGNED_IN, "Every deployed version of a procedure's workflow",
                        ctx -> ctx.json(workflows.deployments(ctx.pathParam("code")))),
                Route.post("/api/procedures/{code}/deployments", LOCALITY,
                        "Deploy the latest to-be model (locality optional; coverage=ALL|PILOT, ALL by default; {reason}"
                                + " when it has lint warnings); 400 names every element that would fail",
                        this::deploy),
                Route.get("/api/procedures/{code}/deployments/preview", SIGNED_IN,
                        "What deploying the latest to-be model would do: scope, versions, running cases, errors, "
                                + "warnings",
                        this::preview),
                Route.post("/api/procedures/{code}/deployments/check", SIGNED_IN,
                        "Check a to-be model for deployment without deploying it: the BPMN sent in the body (a model"
                                + " being edited), else the latest stored one",
                        this::check),
                Route.post("/api/workflows/{id}/suspend", ANALYST, "Suspend a deployed version: no new case starts on it",
                        ctx -> ctx.json(workflows.suspend(ctx.pathParam("id"), Params.actor(ctx)))),
                Route.post("/api/workflows/{id}/resume", ANALYST, "Resume a suspended version",
                        ctx -> ctx.json(workflows.resume(ctx.pathParam("id"), Params.actor(ctx)))),
                Route.get("/api/procedures/{code}/start-form", SIGNED_IN,
                        "The start form of a procedure's cases (form-js schema; locality optional)",
                        ctx -> ctx.json(workflows.startForm(ctx.pathParam("code"), locality(ctx)))),
                Route.post("/api/cases", CASE_WORK,
                        "Start a case: {procedureCode, locality, channel, data, training?, components?: [{component,"
                                + " medium}]}; 201 with its due date; a training case counts in no usage, KPI or report",
                        this::start),
                Route.get("/api/cases", SIGNED_IN, "Cases of a procedure (procedureCode, locality, limit), newest "
                        + "first; q: those whose dossier number or applicant's name contains it (procedureCode optional)",
                        this::cases),
                Route.get("/api/cases/{id}", SIGNED_IN, "A case with its data, open tasks and history",
                        ctx -> ctx.json(digitisation.findCase(ctx.pathParam("id"), Params.principal(ctx)))),
                Route.post("/api/cases/{id}/withdraw", CASE_WORK,
                        "Withdraw a running case at the applicant's request {reason}; its outcome becomes WITHDRAWN",
                        ctx -> end(ctx, CaseOutcome.WITHDRAWN)),
                Route.post("/api/cases/{id}/cancel", CASE_WORK,
                        "Cancel a running case {reason} (required); its outcome becomes CANCELLED",
                        ctx -> end(ctx, CaseOutcome.CANCELLED)),
                Route.get("/api/tasks", SIGNED_IN,
                        "Open tasks (procedureCode, group, assignee, locality, caseId, q: dossier number or applicant's "
                                + "name, limit), most urgent first; without caseId the applicant's steps are left out "
                                + "(not agency work)",
                        this::tasks),
                Route.get("/api/tasks/{id}", SIGNED_IN, "An open task with its form",
                        ctx -> ctx.json(workflows.task(ctx.pathParam("id"), Params.principal(ctx)))),
                Route.post("/api/tasks/{id}/claim", CASE_WORK, "Claim a task for oneself",
                        ctx -> ctx.json(workflows.claim(ctx.pathParam("id"), Params.principal(ctx)))),
                Route.post("/api/tasks/{id}/unclaim", CASE_WORK, "Give a claimed task back",
                        ctx -> ctx.json(workflows.unclaim(ctx.pathParam("id"), Params.principal(ctx)))),
                Route.post("/api/tasks/{id}/complete", CASE_WORK,
                        "Complete a task with its form data {data:{...}} (data.reason: why, required when the case "
                                + "ends refused); the case moves on", this::complete),
                Route.get("/api/procedures/{code}/kpis", SIGNED_IN,
                        "KPIs measured from the engine's history (locality optional); training and simulated cases"
                                + " count only when asked for (include=training,simulated)", this::kpis),
                Route.get("/api/holidays", SIGNED_IN,
                        "The working-day calendar of a year: public holidays and Saturdays worked", this::holidays));
    }

    private void check(Context ctx) {
        byte[] sent = ctx.bodyAsBytes();
        if (sent.length > 0) {
            Bodies.requireXml(ctx);
        }
        List<ElementProblem> found = sent.length == 0 ? workflows.check(ctx.pathParam("code"), locality(ctx))
                : workflows.checkModel(ctx.pathParam("code"), locality(ctx), sent);
        List<CheckedProblem> problems = found.stream().map(p -> checked(ctx, EngineSentences.problem(p))).toList();
        ctx.json(Map.of("problems", problems));
    }

    private static CheckedProblem checked(Context ctx, Problem problem) {
        return new CheckedProblem(problem.location(), problem.label() == null ? null
                : Language.render(ctx, problem.label()), Language.render(ctx, problem.text()),
                problem.text().isVerbatim() ? null : problem.text().key());
    }

    private void preview(Context ctx) {
        DeploymentPreview p = workflows.preview(ctx.pathParam("code"), locality(ctx));
        ctx.json(new Preview(p.procedureCode(), p.procedureName(), p.locality(), p.localityName(), p.modelVersion(),
                p.fromVersion(), p.fromModelVersion(), p.toVersion(), p.activeCases(), p.deployable(),
                p.errors().stream().map(e -> checked(ctx, e)).toList(),
                p.warnings().stream().map(w -> checked(ctx, w)).toList(),
                p.advice().stream().map(a -> checked(ctx, a)).toList()));
    }

    private void deploy(Context ctx) {
        String code = ctx.pathParam("code");
        DeployOrder order = ctx.body().isBlank() ? new DeployOrder(null) : Json.read(json, ctx.body(), DeployOrder.class);
        NamedWorkflow deployed = workflows.deploy(code, locality(ctx), coverage(ctx), order.reason(),
                Params.principal(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/procedures/" + code + "/deployments").json(deployed);
    }

    /** The deployment's coverage from {@code ?coverage=ALL|PILOT}; ALL when not given. */
    private static Coverage coverage(Context ctx) {
        String named = ctx.queryParam("coverage");
        if (named == null || named.isBlank()) {
            return Coverage.ALL;
        }
        return Coverage.parse(named).orElseThrow(() -> InvalidInputException.of("coverage",
                Text.of("modeler.workflow.coverage", named)));
    }

    private void kpis(Context ctx) {
        Set<CaseMark> included = EnumSet.noneOf(CaseMark.class);
        String include = ctx.queryParam("include");
        if (include != null && !include.isBlank()) {
            for (String name : include.split(",")) {
                String mark = name.strip().toUpperCase(java.util.Locale.ROOT);
                included.add(java.util.Arrays.stream(CaseMark.values()).filter(m -> m.name().equals(mark))
                        .findFirst().orElseThrow(() -> InvalidInputException.of("include",
                                Text.of("modeler.workflow.include", name.strip()))));
            }
        }
        ctx.json(workflows.kpis(ctx.pathParam("code"), locality(ctx), included));
    }

    private void start(Context ctx) {
        ObjectNode body = Json.read(json, ctx.body(), ObjectNode.class);
        JsonNode components = body.remove("components");
        WorkflowService.NewCase request = Json.read(json, body.toString(), WorkflowService.NewCase.class);
        MediaGiven media = components == null || components.isNull() ? null
                : Json.read(json, json.createObjectNode().set("components", components).toString(), MediaGiven.class);
        DigitisedCase started = digitisation.receive(request, media, Params.principal(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/cases/" + started.view().summary().id())
                .json(started);
    }

    private void cases(Context ctx) {
        Params q = new Params(ctx);
        String code = q.text("procedureCode");
        int limit = q.integer("limit", 50, 1, 1000);
        String locality = q.text("locality");
        String search = q.text("q");
        q.check();
        if (search != null) {
            ctx.json(workflows.searchCases(search, code, locality, limit, Params.principal(ctx)));
            return;
        }
        if (code == null) {
            throw InvalidInputException.of("procedureCode", Text.of("catalog.problem.required"));
        }
        ctx.json(workflows.cases(code, locality, limit, Params.principal(ctx)));
    }

    private void tasks(Context ctx) {
        Params q = new Params(ctx);
        TaskFilter filter = new TaskFilter(q.text("procedureCode"), q.text("locality"), q.text("group"),
                q.text("assignee"), q.text("caseId"), q.integer("limit", 100, 1, 1000));
        String search = q.text("q");
        q.check();
        ctx.json(search == null ? workflows.tasks(filter, Params.principal(ctx))
                : workflows.searchTasks(search, filter, Params.principal(ctx)));
    }

    private void complete(Context ctx) {
        Completion body = ctx.body().isBlank() ? new Completion(Map.of())
                : Json.read(json, ctx.body(), Completion.class);
        ctx.json(workflows.complete(ctx.pathParam("id"), Params.principal(ctx), body.data() == null ? Map.of() : body.data()));
    }

    private void end(Context ctx, CaseOutcome outcome) {
        Ending body = ctx.body().isBlank() ? new Ending(null) : Json.read(json, ctx.body(), Ending.class);
        ctx.json(workflows.endCase(ctx.pathParam("id"), outcome, body.reason(), Params.principal(ctx)));
    }

    private void holidays(Context ctx) {
        Params q = new Params(ctx);
        int year = q.integer("year", Year.now().getValue(), 1900, 2200);
        q.check();
        ctx.json(calendar.holidays(year));
    }

    private static String locality(Context ctx) {
        String locality = ctx.queryParam("locality");
        return locality == null || locality.isBlank() ? null : locality;
    }
}
