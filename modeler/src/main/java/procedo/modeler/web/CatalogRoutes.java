package procedo.modeler.web;

import procedo.modeler.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import procedo.catalog.CatalogStore;
import procedo.catalog.assessment.Tariff;
import procedo.catalog.assessment.TariffService;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.usage.UsageFigure;
import procedo.catalog.usage.UsageService;
import procedo.catalog.usage.UsageStat;

/** The catalog's routes: procedures, their usage, and the reference data. Handlers only parse and delegate. */
final class CatalogRoutes {

    private final ProcedureService procedures;
    private final CatalogStore store;
    private final ObjectMapper json;
    private final UsageService usage;
    private final TariffService tariffs;

    CatalogRoutes(ProcedureService procedures, UsageService usage, TariffService tariffs, CatalogStore store,
                  ObjectMapper json) {
        this.procedures = procedures;
        this.usage = usage;
        this.tariffs = tariffs;
        this.store = store;
        this.json = json;
    }

    void list(Context ctx) {
        Query q = new Query(ctx);
        var filter = q.filter();
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = q.integer("limit", 50, 1, ProcedureService.MAX_PAGE);
        q.check();
        ctx.json(procedures.find(filter, offset, limit));
    }

    void get(Context ctx) {
        Procedure p = procedures.get(ctx.pathParam("code"));
        ctx.header("ETag", "\"" + p.version() + "\"").json(p);
    }

    void create(Context ctx) {
        Procedure created = procedures.create(Json.read(json, ctx.body(), Procedure.class));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/procedures/" + created.code())
                .header("ETag", "\"" + created.version() + "\"").json(created);
    }

    void update(Context ctx) {
        Procedure body = Json.read(json, ctx.body(), Procedure.class);
        int expected = expectedVersion(ctx, body.version());
        Procedure updated = procedures.update(ctx.pathParam("code"), body, expected);
        ctx.header("ETag", "\"" + updated.version() + "\"").json(updated);
    }

    /** The version the client read: {@code If-Match} when given, else the body's {@code version}. */
    private static int expectedVersion(Context ctx, int bodyVersion) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").trim());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "must be the version number you read");
            }
        }
        if (bodyVersion < 1) {
            throw InvalidInputException.of("version",
                    "is required for an update: the version you read (or send an If-Match header)");
        }
        return bodyVersion;
    }

    void versions(Context ctx) {
        ctx.json(procedures.versions(ctx.pathParam("code")));
    }

    void version(Context ctx) {
        int version;
        try {
            version = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "must be a version number");
        }
        ctx.json(procedures.version(ctx.pathParam("code"), version));
    }

    void delete(Context ctx) {
        procedures.delete(ctx.pathParam("code"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void usage(Context ctx) {
        String code = ctx.pathParam("code");
        ctx.json(Map.of("procedureCode", code, "stats", usage.of(code)));
    }

    /** The body of {@code POST /api/procedures/{code}/usage}. */
    record UsageList(List<UsageFigure> stats) {
    }

    void recordUsage(Context ctx) {
        String code = ctx.pathParam("code");
        List<UsageStat> stats = usage.record(code, Json.read(json, ctx.body(), UsageList.class).stats());
        ctx.json(Map.of("procedureCode", code, "stats", stats));
    }

    void localities(Context ctx) {
        ctx.json(store.localities().localities());
    }

    void agencies(Context ctx) {
        ctx.json(store.localities().agencies());
    }

    /** The body of a tariff update: the derivation's inputs; the hourly figure is derived from them. */
    record TariffBody(BigDecimal monthlyIncomeVnd, BigDecimal workingDaysPerMonth,
                      BigDecimal hoursPerDay, String source) {
    }

    void saveTariff(Context ctx) {
        TariffBody body = Json.read(json, ctx.body(), TariffBody.class);
        ctx.json(tariffJson(tariffs.save(ctx.pathParam("applicantType"), ctx.pathParam("year"),
                body.monthlyIncomeVnd(), body.workingDaysPerMonth(), body.hoursPerDay(), body.source())));
    }

    private static Map<String, Object> tariffJson(Tariff t) {
        return Map.of("applicantType", t.applicantType(), "year", t.year(), "monthlyIncomeVnd", t.monthlyIncomeVnd(),
                "workingDaysPerMonth", t.workingDaysPerMonth(), "hoursPerDay", t.hoursPerDay(),
                "vndPerHour", t.vndPerHour(), "source", t.source());
    }

    void tariffs(Context ctx) {
        ctx.json(tariffs.all().stream().map(CatalogRoutes::tariffJson).toList());
    }

}
