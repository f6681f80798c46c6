package procedo.modeler.web;

import procedo.modeler.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.plan.PlanPreview;
import procedo.catalog.plan.PlanRepository;
import procedo.catalog.plan.PlanRequest;
import procedo.catalog.plan.PlanService;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.plan.SimplificationPlan;

/** Simplification plans over HTTP: handlers parse and delegate to {@link PlanService}. */
final class PlanRoutes {

    private final PlanService plans;
    private final PlanRepository repository;
    private final ObjectMapper json;

    PlanRoutes(PlanService plans, PlanRepository repository, ObjectMapper json) {
        this.plans = plans;
        this.repository = repository;
        this.json = json;
    }

    void list(Context ctx) {
        ctx.json(plans.forProcedure(ctx.pathParam("code")));
    }

    void create(Context ctx) {
        SimplificationPlan created = plans.create(ctx.pathParam("code"), Json.read(json, ctx.body(), PlanRequest.class));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/plans/" + created.id())
                .header("ETag", "\"" + created.version() + "\"").json(created);
    }

    void get(Context ctx) {
        SimplificationPlan plan = plans.get(id(ctx));
        ctx.header("ETag", "\"" + plan.version() + "\"").json(plan);
    }

    void update(Context ctx) {
        long id = id(ctx);
        PlanRequest body = Json.read(json, ctx.body(), PlanRequest.class);
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                body = new PlanRequest(body.title(), body.note(), body.createdBy(), body.measures(), body.edits(),
                        Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").trim()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "must be the version number you read");
            }
        }
        SimplificationPlan updated = plans.update(id, body);
        ctx.header("ETag", "\"" + updated.version() + "\"").json(updated);
    }

    void delete(Context ctx) {
        plans.delete(id(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The body of a status change. */
    record StatusBody(String status, String by, Integer version) {
    }

    void status(Context ctx) {
        StatusBody body = Json.read(json, ctx.body(), StatusBody.class);
        ctx.json(plans.changeStatus(id(ctx), body.status(), body.by(), body.version()));
    }

    void preview(Context ctx) {
        ctx.json(plans.preview(id(ctx)));
    }

    void suggestions(Context ctx) {
        ctx.json(plans.suggestions(ctx.pathParam("code")));
    }

    /** Per procedure with a plan, its leading plan and that plan's annual saving (national scope). */
    void savings(Context ctx) {
        List<Map<String, Object>> result = new ArrayList<>();
        repository.leading(EnumSet.allOf(PlanStatus.class)).values().stream()
                .sorted(java.util.Comparator.comparing(SimplificationPlan::procedureCode))
                .forEach(plan -> {
                    PlanPreview preview = plans.preview(plan);
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("procedureCode", plan.procedureCode());
                    item.put("planId", plan.id());
                    item.put("status", plan.status());
                    item.put("savingVnd", preview.saving().savingVnd());
                    item.put("savingPercent", preview.saving().savingPercent());
                    result.add(item);
                });
        ctx.json(result);
    }

    static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of("id", "must be a plan number, not '" + text + "'");
    }
}
