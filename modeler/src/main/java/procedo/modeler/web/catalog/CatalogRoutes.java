package procedo.modeler.web.catalog;

import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.LOCALITY;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import procedo.catalog.account.Principal;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.StoredTariff;
import procedo.catalog.assessment.TariffService;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.procedure.RecordDetail;
import procedo.catalog.procedure.Removal;
import procedo.catalog.procedure.Withdrawal;
import procedo.catalog.text.Text;
import procedo.catalog.usage.RecordedUsage;
import procedo.catalog.usage.UsageFigure;
import procedo.catalog.usage.UsageService;
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
                Route.get("/api/procedures", SIGNED_IN, "List procedures with filters (q, field, level, agency, locality,"
                        + " online, applicant, status, withdrawn=include|only) and paging", this::list),
                Route.post("/api/procedures", ANALYST, "Create a procedure", this::create),
                Route.get("/api/procedures/{code}", SIGNED_IN, "Get a procedure (ETag = version)", this::get),
                Route.put("/api/procedures/{code}", ANALYST,
                        "Update a procedure (If-Match or body version; stale -> 409)", this::update),
                Route.delete("/api/procedures/{code}", ANALYST, "Delete a procedure nothing depends on (204), or else"
                        + " withdraw it, keeping its history (200, outcome WITHDRAWN with what depends on it);"
                        + " optional reason in the body {\"reason\"} or the query", this::delete),
                Route.post("/api/procedures/{code}/reinstate", ANALYST,
                        "Bring a withdrawn procedure back into the catalog", this::reinstate),
                Route.get("/api/procedures/{code}/dependents", SIGNED_IN, "What depends on a procedure (plans, models,"
                        + " usage, templates, adoptions, deployments, cases): deleting it would withdraw it",
                        this::dependents),
                Route.get("/api/procedures/{code}/versions", SIGNED_IN,
                        "Every stored state of a procedure, oldest first", this::versions),
                Route.get("/api/procedures/{code}/versions/{version}", SIGNED_IN,
                        "A procedure as it was at one version", this::version),
                Route.get("/api/procedures/{code}/usage", SIGNED_IN, "Usage statistics of a procedure, each with its"
                        + " version and who recorded it, when and why", this::usage),
                Route.post("/api/procedures/{code}/usage", LOCALITY,
                        "Record usage figures (per locality, year and source); all or none. A locality officer records"
                        + " their province's figures only. A figure's version (0: new) is checked (stale -> 409);"
                        + " a figure measured by the workflow engine is not replaced by a person's", this::recordUsage),
                Route.get("/api/localities", SIGNED_IN, "Localities: the nation and the 34 provincial-level units",
                        ctx -> ctx.json(localities.localities())),
                Route.get("/api/fields", SIGNED_IN, "Fields of the catalog with their number of procedures",
                        ctx -> ctx.json(assessment.fields())),
                Route.get("/api/agencies", SIGNED_IN, "Implementing agencies", ctx -> ctx.json(localities.agencies())),
                Route.get("/api/tariffs", SIGNED_IN, "SCM tariffs with their derivation and version",
                        ctx -> ctx.json(tariffs.stored().stream().map(CatalogRoutes::tariffJson).toList())),
                Route.put("/api/tariffs/{applicantType}/{year}", ANALYST,
                        "Set a tariff's derivation (monthly income, working days, hours per day); If-Match or body"
                        + " version checked when given (0: new; stale -> 409)", this::saveTariff));
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
        String code = ctx.pathParam("code");
        Procedure p = procedures.get(code);
        // not stored by browsers: the ETag is the data version, which a withdrawal or reinstatement leaves as it is
        ctx.header("ETag", Versions.etag(p.version())).header("Cache-Control", "no-store")
                .json(withWithdrawal(p, procedures.withdrawal(code).orElse(null)));
    }

    /** The procedure's JSON with its withdrawal mark beside its fields ({@code null} when it is in the catalog). */
    private ObjectNode withWithdrawal(Procedure p, Withdrawal withdrawal) {
        ObjectNode node = json.valueToTree(p);
        node.set("withdrawal", json.valueToTree(withdrawal));
        return node;
    }

    private void create(Context ctx) {
        Procedure created = procedures.create(Json.read(json, ctx.body(), Procedure.class), Params.actor(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/procedures/" + created.code())
                .header("ETag", Versions.etag(created.version())).json(created);
    }

    private void update(Context ctx) {
        Procedure body = Json.read(json, ctx.body(), Procedure.class);
        int expected = Versions.required(ctx, body.version() < 1 ? null : body.version());
        Procedure updated = procedures.update(ctx.pathParam("code"), body, expected, Params.actor(ctx),
                omittedDetails(ctx.body()));
        ctx.header("ETag", Versions.etag(updated.version())).json(updated);
    }

    /** The parts of the record a body (already read as a procedure, so an object) leaves out altogether. */
    private Set<RecordDetail> omittedDetails(String body) {
        JsonNode node = Json.tree(json, body);
        Set<RecordDetail> omitted = EnumSet.noneOf(RecordDetail.class);
        for (RecordDetail detail : RecordDetail.values()) {
            if (!node.has(detail.jsonName())) {
                omitted.add(detail);
            }
        }
        return omitted;
    }

    private void versions(Context ctx) {
        ctx.json(procedures.versions(ctx.pathParam("code")));
    }

    private void version(Context ctx) {
        int version = Params.pathInt(ctx, "version", Integer.MIN_VALUE, "version",
                Text.of("modeler.param.versionNumber"));
        ctx.json(procedures.version(ctx.pathParam("code"), version));
    }

    /** The optional body of {@code DELETE /api/procedures/{code}}. */
    record RemovalBody(String reason) {
    }

    private void delete(Context ctx) {
        String reason = ctx.queryParam("reason");
        if (!ctx.body().isBlank()) {
            RemovalBody body = Json.read(json, ctx.body(), RemovalBody.class);
            reason = body == null || body.reason() == null ? reason : body.reason();
        }
        Removal removal = procedures.delete(ctx.pathParam("code"), Params.actor(ctx), reason);
        if (removal.outcome() == Removal.Outcome.DELETED) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", removal.code());
        body.put("outcome", removal.outcome());
        body.put("dependents", removal.dependents().counts());
        body.put("withdrawal", removal.withdrawal());
        ctx.json(body);
    }

    private void reinstate(Context ctx) {
        Procedure p = procedures.reinstate(ctx.pathParam("code"), Params.actor(ctx));
        ctx.header("ETag", Versions.etag(p.version())).json(withWithdrawal(p, null));
    }

    private void dependents(Context ctx) {
        String code = ctx.pathParam("code");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("dependents", procedures.dependents(code).counts());
        body.put("withdrawal", procedures.withdrawal(code).orElse(null));
        ctx.json(body);
    }

    private void usage(Context ctx) {
        String code = ctx.pathParam("code");
        ctx.json(Map.of("procedureCode", code, "stats", usageJson(usage.records(code))));
    }

    /** Each figure's members, then its version and provenance beside them. */
    private List<ObjectNode> usageJson(List<RecordedUsage> records) {
        return records.stream().map(r -> {
            ObjectNode node = json.valueToTree(r.stat());
            node.put("version", r.version());
            node.put("recordedBy", r.recordedBy());
            node.set("recordedAt", json.valueToTree(r.recordedAt()));
            node.put("note", r.note());
            return node;
        }).toList();
    }

    /** The body of {@code POST /api/procedures/{code}/usage}. */
    record UsageList(List<UsageFigure> stats) {
    }

    private void recordUsage(Context ctx) {
        String code = ctx.pathParam("code");
        List<UsageFigure> figures = Json.read(json, ctx.body(), UsageList.class).stats();
        Principal principal = Params.principal(ctx);
        if (figures != null) {
            for (UsageFigure figure : figures) {
                if (figure != null && !principal.mayActForLocality(figure.localityCode())) {
                    String other = figure.localityCode();
                    throw new NotAllowedException(Text.of("modeler.usage.ownProvince", principal.username(),
                            java.util.Optional.ofNullable(other).flatMap(localities::locality)
                                    .map(l -> l.name() + " (" + other + ")").orElse(String.valueOf(other))));
                }
            }
        }
        List<RecordedUsage> stats = usage.record(code, figures, Params.actor(ctx));
        ctx.json(Map.of("procedureCode", code, "stats", usageJson(stats)));
    }

    /**
     * The body of a tariff update: the derivation's inputs (the hourly figure is derived from them) and the version
     * read, when the change must not overwrite another one (0: a new tariff).
     */
    record TariffBody(BigDecimal monthlyIncomeVnd, BigDecimal workingDaysPerMonth,
                      BigDecimal hoursPerDay, String source, Integer version) {
    }

    private void saveTariff(Context ctx) {
        TariffBody body = Json.read(json, ctx.body(), TariffBody.class);
        Integer expected = Versions.expected(ctx, body.version());
        StoredTariff saved = tariffs.save(ctx.pathParam("applicantType"), ctx.pathParam("year"),
                body.monthlyIncomeVnd(), body.workingDaysPerMonth(), body.hoursPerDay(), body.source(), expected,
                Params.actor(ctx));
        ctx.header("ETag", Versions.etag(saved.version())).json(tariffJson(saved));
    }

    private static Map<String, Object> tariffJson(StoredTariff stored) {
        var t = stored.tariff();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicantType", t.applicantType());
        body.put("year", t.year());
        body.put("monthlyIncomeVnd", t.monthlyIncomeVnd());
        body.put("workingDaysPerMonth", t.workingDaysPerMonth());
        body.put("hoursPerDay", t.hoursPerDay());
        body.put("vndPerHour", t.vndPerHour());
        body.put("source", t.source());
        body.put("version", stored.version());
        body.put("changedBy", stored.changedBy());
        body.put("changedAt", stored.changedAt());
        return body;
    }
}
