package procedo.modeler.web;

import procedo.modeler.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.procedure.ProcedureService;
import procedo.engine.CaseView;
import procedo.engine.DeployedWorkflow;
import procedo.engine.TaskFilter;
import procedo.engine.calendar.CalendarGapException;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.workflow.WorkflowService;

/**
 * Running workflows: deployments, the start form, cases, the task list and the KPIs measured from history.
 * Who acts is named by the {@code X-User} header (URL-encoded UTF-8). Handlers only parse and delegate.
 */
final class WorkflowRoutes {

    private final WorkflowService workflows;
    private final ProcedureService procedures;
    private final HolidayCalendar calendar;
    private final ObjectMapper json;

    WorkflowRoutes(WorkflowService workflows, ProcedureService procedures, HolidayCalendar calendar,
                   ObjectMapper json) {
        this.workflows = workflows;
        this.procedures = procedures;
        this.calendar = calendar;
        this.json = json;
    }

    /** A task's completion: the values of its form's fields, and an optional comment. */
    record Completion(Map<String, Object> data) {
    }

    List<WebServer.Route> routes() {
        return List.of(
                route(HandlerType.GET, "/api/workflows", Role.READER,
                        "The latest deployed workflow of every procedure and locality", this::latest),
                route(HandlerType.GET, "/api/procedures/{code}/deployments", Role.READER,
                        "Every deployed version of a procedure's workflow", this::deployments),
                route(HandlerType.POST, "/api/procedures/{code}/deployments", Role.EDITOR,
                        "Deploy the latest to-be model (locality optional); 400 names every element that would fail",
                        this::deploy),
                route(HandlerType.POST, "/api/procedures/{code}/deployments/check", Role.READER,
                        "Check the latest to-be model for deployment without deploying it", this::check),
                route(HandlerType.POST, "/api/workflows/{id}/suspend", Role.EDITOR,
                        "Suspend a deployed version: no new case starts on it", ctx -> suspend(ctx, true)),
                route(HandlerType.POST, "/api/workflows/{id}/resume", Role.EDITOR,
                        "Resume a suspended version", ctx -> suspend(ctx, false)),
                route(HandlerType.GET, "/api/procedures/{code}/start-form", Role.READER,
                        "The start form of a procedure's cases (form-js schema; locality optional)", this::startForm),
                route(HandlerType.POST, "/api/cases", Role.EDITOR,
                        "Start a case: {procedureCode, locality, channel, data}; 201 with its due date", this::start),
                route(HandlerType.GET, "/api/cases", Role.READER,
                        "Cases of a procedure (procedureCode, locality, limit), newest first", this::cases),
                route(HandlerType.GET, "/api/cases/{id}", Role.READER, "A case with its data, open tasks and history",
                        ctx -> ctx.json(workflows.findCase(ctx.pathParam("id")))),
                route(HandlerType.GET, "/api/tasks", Role.READER,
                        "Open tasks (procedureCode, group, assignee, locality, caseId, limit), most urgent first",
                        this::tasks),
                route(HandlerType.GET, "/api/tasks/{id}", Role.READER, "An open task with its form",
                        ctx -> ctx.json(workflows.task(ctx.pathParam("id")))),
                route(HandlerType.POST, "/api/tasks/{id}/claim", Role.EDITOR, "Claim a task (X-User)",
                        ctx -> ctx.json(workflows.claim(ctx.pathParam("id"), user(ctx)))),
                route(HandlerType.POST, "/api/tasks/{id}/unclaim", Role.EDITOR, "Give a claimed task back (X-User)",
                        ctx -> ctx.json(workflows.unclaim(ctx.pathParam("id"), user(ctx)))),
                route(HandlerType.POST, "/api/tasks/{id}/complete", Role.EDITOR,
                        "Complete a task with its form data {data:{...}}; the case moves on", this::complete),
                route(HandlerType.GET, "/api/procedures/{code}/kpis", Role.READER,
                        "KPIs measured from the engine's history (locality optional)", this::kpis),
                route(HandlerType.GET, "/api/holidays", Role.READER,
                        "The working-day calendar of a year: public holidays and Saturdays worked", this::holidays));
    }

    private static WebServer.Route route(HandlerType method, String path, Role role, String summary,
                                         io.javalin.http.Handler handler) {
        return new WebServer.Route(method, path, role, summary, handler);
    }

    void latest(Context ctx) {
        ctx.json(workflows.latestDeployments().stream().map(this::withName).toList());
    }

    void deployments(Context ctx) {
        ctx.json(workflows.deployments(ctx.pathParam("code")).stream().map(this::withName).toList());
    }

    void deploy(Context ctx) {
        String code = ctx.pathParam("code");
        DeployedWorkflow deployed = workflows.deploy(code, locality(ctx), user(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/procedures/" + code + "/deployments")
                .json(withName(deployed));
    }

    void check(Context ctx) {
        ctx.json(Map.of("problems", workflows.check(ctx.pathParam("code"), locality(ctx))));
    }

    void suspend(Context ctx, boolean suspended) {
        ctx.json(withName(workflows.setSuspended(ctx.pathParam("id"), suspended)));
    }

    void startForm(Context ctx) {
        ctx.json(workflows.startForm(ctx.pathParam("code"), locality(ctx)));
    }

    void start(Context ctx) {
        WorkflowService.NewCase request = Json.read(json, ctx.body(), WorkflowService.NewCase.class);
        CaseView started = workflows.startCase(request, user(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/cases/" + started.summary().id()).json(started);
    }

    void cases(Context ctx) {
        Query q = new Query(ctx);
        String code = q.text("procedureCode");
        int limit = q.integer("limit", 50, 1, 1000);
        String locality = q.text("locality");
        q.check();
        if (code == null) {
            throw InvalidInputException.of("procedureCode", "is required");
        }
        ctx.json(workflows.cases(code, locality, limit));
    }

    void tasks(Context ctx) {
        Query q = new Query(ctx);
        TaskFilter filter = new TaskFilter(q.text("procedureCode"), q.text("locality"), q.text("group"),
                q.text("assignee"), q.text("caseId"), q.integer("limit", 100, 1, 1000));
        q.check();
        ctx.json(workflows.tasks(filter));
    }

    void complete(Context ctx) {
        Completion body = ctx.body().isBlank() ? new Completion(Map.of())
                : Json.read(json, ctx.body(), Completion.class);
        ctx.json(workflows.complete(ctx.pathParam("id"), user(ctx), body.data() == null ? Map.of() : body.data()));
    }

    void kpis(Context ctx) {
        String code = ctx.pathParam("code");
        workflows.feedBack(code);
        ctx.json(workflows.kpis(code, locality(ctx)));
    }

    void holidays(Context ctx) {
        Query q = new Query(ctx);
        int year = q.integer("year", java.time.Year.now().getValue(), 1900, 2200);
        q.check();
        try {
            ctx.json(calendar.holidays(year));
        } catch (CalendarGapException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    private Map<String, Object> withName(DeployedWorkflow w) {
        Map<String, Object> row = new LinkedHashMap<>(json.convertValue(w, Map.class));
        String name;
        try {
            name = procedures.get(w.procedureCode()).name();
        } catch (NotFoundException e) {
            name = null;
        }
        row.put("procedureName", name);
        return row;
    }

    private static String locality(Context ctx) {
        String locality = ctx.queryParam("locality");
        return locality == null || locality.isBlank() ? null : locality;
    }

    private static String user(Context ctx) {
        String user = ModelRoutes.decoded(ctx, "X-User");
        if (user == null || user.isBlank()) {
            throw InvalidInputException.of("X-User", "is required: the name of the person acting");
        }
        return user.strip();
    }
}
