package procedo.modeler.web.plan;

import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import procedo.catalog.plan.PlanRequest;
import procedo.catalog.plan.PlanService;
import procedo.catalog.plan.SimplificationPlan;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.http.Versions;

/** Simplification plans over HTTP: a procedure's plans, their status workflow, previews, suggestions and savings. */
public final class PlanRoutes {

    private final PlanService plans;
    private final ObjectMapper json;

    public PlanRoutes(PlanService plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/procedures/{code}/plans", SIGNED_IN, "Simplification plans of a procedure, newest first",
                        ctx -> ctx.json(plans.forProcedure(ctx.pathParam("code")))),
                Route.post("/api/procedures/{code}/plans", ANALYST,
                        "Create a simplification plan (title, measures, edits) by the signed-in person; it starts as DRAFT",
                        this::create),
                Route.get("/api/procedures/{code}/suggestions", SIGNED_IN,
                        "Measures the procedure's data supports, each with its estimated annual saving",
                        ctx -> ctx.json(plans.suggestions(ctx.pathParam("code")))),
                Route.get("/api/plans/savings", SIGNED_IN,
                        "Each procedure's leading plan and its annual saving (catalog badges)",
                        ctx -> ctx.json(plans.savings())),
                Route.get("/api/plans/{id}", SIGNED_IN, "A simplification plan (ETag = version)", this::get),
                Route.put("/api/plans/{id}", ANALYST,
                        "Change a draft or proposed plan (If-Match or body version; stale -> 409)", this::update),
                Route.delete("/api/plans/{id}", ANALYST, "Delete a draft or proposed plan", this::delete),
                Route.post("/api/plans/{id}/status", ANALYST, "Move a plan along DRAFT -> PROPOSED -> APPROVED ->"
                        + " IMPLEMENTED ({status, version}); other moves -> 409; by the person acting; approved by someone other than its proposer", this::status),
                Route.get("/api/plans/{id}/preview", SIGNED_IN, "Before/after compliance cost of a plan with the derived"
                        + " to-be and every calculation line", ctx -> ctx.json(plans.preview(id(ctx)))));
    }

    private void create(Context ctx) {
        SimplificationPlan created = plans.create(ctx.pathParam("code"), Json.read(json, ctx.body(), PlanRequest.class),
                Params.actor(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/plans/" + created.id())
                .header("ETag", Versions.etag(created.version())).json(created);
    }

    private void get(Context ctx) {
        SimplificationPlan plan = plans.get(id(ctx));
        ctx.header("ETag", Versions.etag(plan.version())).json(plan);
    }

    private void update(Context ctx) {
        long id = id(ctx);
        PlanRequest body = Json.read(json, ctx.body(), PlanRequest.class);
        PlanRequest request = new PlanRequest(body.title(), body.note(), body.createdBy(), body.measures(),
                body.edits(), Versions.expected(ctx, body.version()));
        SimplificationPlan updated = plans.update(id, request, Params.actor(ctx));
        ctx.header("ETag", Versions.etag(updated.version())).json(updated);
    }

    private void delete(Context ctx) {
        plans.delete(id(ctx), Params.actor(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The body of a status change; who moves it is the person acting. */
    record StatusBody(String status, Integer version) {
    }

    private void status(Context ctx) {
        StatusBody body = Json.read(json, ctx.body(), StatusBody.class);
        ctx.json(plans.changeStatus(id(ctx), body.status(), Params.actor(ctx), body.version()));
    }

    private static long id(Context ctx) {
        return Params.pathNumber(ctx, "id", 1, "id", Text.of("modeler.param.planNumber"));
    }
}
