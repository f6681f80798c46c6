package procedo.modeler.web.catalog;

import static procedo.modeler.web.http.Role.EDITOR;
import static procedo.modeler.web.http.Role.READER;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.Tariff;
import procedo.catalog.assessment.TariffService;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.usage.UsageFigure;
import procedo.catalog.usage.UsageService;
import procedo.catalog.usage.UsageStat;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.http.Versions;

/** The catalog's routes: procedures, their versions and usage, and the reference data (localities, fields, tariffs). */
public final class CatalogRoutes {

    private final ProcedureService procedures;
    private final UsageService usage;
    private final TariffService tariffs;
    private final LocalityRepository localities;
    private final CatalogAssessment assessment;
    private final ObjectMapper json;

    public CatalogRoutes(ProcedureService procedures, UsageService usage, TariffService tariffs,
                         LocalityRepository localities, CatalogAssessment assessment, ObjectMapper json) {
        this.procedures = procedures;
        this.usage = usage;
        this.tariffs = tariffs;
        this.localities = localities;
        this.assessment = assessment;
        this.json = json;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/procedures", READER, "List procedures with filters (q, field, level, agency, locality,"
                        + " online, applicant, status) and paging", this::list),
                Route.post("/api/procedures", EDITOR, "Create a procedure", this::create),
                Route.get("/api/procedures/{code}", READER, "Get a procedure (ETag = version)", this::get),
                Route.put("/api/procedures/{code}", EDITOR,
                        "Update a procedure (If-Match or body version; stale -> 409)", this::update),
                Route.delete("/api/procedures/{code}", EDITOR, "Delete a procedure", this::delete),
                Route.get("/api/procedures/{code}/versions", READER,
                        "Every stored state of a procedure, oldest first", this::versions),
                Route.get("/api/procedures/{code}/versions/{version}", READER,
                        "A procedure as it was at one version", this::version),
                Route.get("/api/procedures/{code}/usage", READER, "Usage statistics of a procedure", this::usage),
                Route.post("/api/procedures/{code}/usage", EDITOR,
                        "Record usage figures (per locality, year and source); all or none", this::recordUsage),
                Route.get("/api/localities", READER, "Localities: the nation and the 34 provincial-level units",
                        ctx -> ctx.json(localities.localities())),
                Route.get("/api/fields", READER, "Fields of the catalog with their number of procedures",
                        ctx -> ctx.json(assessment.fields())),
                Route.get("/api/agencies", READER, "Implementing agencies", ctx -> ctx.json(localities.agencies())),
                Route.get("/api/tariffs", READER, "SCM tariffs with their derivation",
                        ctx -> ctx.json(tariffs.all().stream().map(CatalogRoutes::tariffJson).toList())),
                Route.put("/api/tariffs/{applicantType}/{year}", EDITOR,
                        "Set a tariff's derivation (monthly income, working days, hours per day)", this::saveTariff));
    }

    private void list(Context ctx) {
        Params q = new Params(ctx);
        var filter = q.filter();
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = q.integer("limit", 50, 1, ProcedureService.MAX_PAGE);
        q.check();
        ctx.json(procedures.find(filter, offset, limit));
    }

    private void get(Context ctx) {
        Procedure p = procedures.get(ctx.pathParam("code"));
        ctx.header("ETag", Versions.etag(p.version())).json(p);
    }

    private void create(Context ctx) {
        Procedure created = procedures.create(Json.read(json, ctx.body(), Procedure.class), Params.actor(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/procedures/" + created.code())
                .header("ETag", Versions.etag(created.version())).json(created);
    }

    private void update(Context ctx) {
        Procedure body = Json.read(json, ctx.body(), Procedure.class);
        int expected = Versions.required(ctx, body.version() < 1 ? null : body.version());
        Procedure updated = procedures.update(ctx.pathParam("code"), body, expected, Params.actor(ctx));
        ctx.header("ETag", Versions.etag(updated.version())).json(updated);
    }

    private void versions(Context ctx) {
        ctx.json(procedures.versions(ctx.pathParam("code")));
    }

    private void version(Context ctx) {
        int version = Params.pathInt(ctx, "version", Integer.MIN_VALUE, "version", "a version number");
        ctx.json(procedures.version(ctx.pathParam("code"), version));
    }

    private void delete(Context ctx) {
        procedures.delete(ctx.pathParam("code"), Params.actor(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void usage(Context ctx) {
        String code = ctx.pathParam("code");
        ctx.json(Map.of("procedureCode", code, "stats", usage.of(code)));
    }

    /** The body of {@code POST /api/procedures/{code}/usage}. */
    record UsageList(List<UsageFigure> stats) {
    }

    private void recordUsage(Context ctx) {
        String code = ctx.pathParam("code");
        List<UsageStat> stats = usage.record(code, Json.read(json, ctx.body(), UsageList.class).stats(),
                Params.actor(ctx));
        ctx.json(Map.of("procedureCode", code, "stats", stats));
    }

    /** The body of a tariff update: the derivation's inputs; the hourly figure is derived from them. */
    record TariffBody(BigDecimal monthlyIncomeVnd, BigDecimal workingDaysPerMonth,
                      BigDecimal hoursPerDay, String source) {
    }

    private void saveTariff(Context ctx) {
        TariffBody body = Json.read(json, ctx.body(), TariffBody.class);
        ctx.json(tariffJson(tariffs.save(ctx.pathParam("applicantType"), ctx.pathParam("year"),
                body.monthlyIncomeVnd(), body.workingDaysPerMonth(), body.hoursPerDay(), body.source(), Params.actor(ctx))));
    }

    private static Map<String, Object> tariffJson(Tariff t) {
        return Map.of("applicantType", t.applicantType(), "year", t.year(), "monthlyIncomeVnd", t.monthlyIncomeVnd(),
                "workingDaysPerMonth", t.workingDaysPerMonth(), "hoursPerDay", t.hoursPerDay(),
                "vndPerHour", t.vndPerHour(), "source", t.source());
    }
}
