package procedo.modeler.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import procedo.catalog.CatalogStore;
import procedo.catalog.assessment.Tariff;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

/** The catalog's routes: procedures, their usage, and the reference data. Handlers only parse and delegate. */
final class CatalogRoutes {

    private final ProcedureService procedures;
    private final CatalogStore store;
    private final ObjectMapper json;
    private final Consumer<String> usageChanged;

    CatalogRoutes(ProcedureService procedures, CatalogStore store, ObjectMapper json, Consumer<String> usageChanged) {
        this.procedures = procedures;
        this.store = store;
        this.json = json;
        this.usageChanged = usageChanged;
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

    void delete(Context ctx) {
        procedures.delete(ctx.pathParam("code"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void usage(Context ctx) {
        String code = procedures.get(ctx.pathParam("code")).code();
        ctx.json(Map.of("procedureCode", code, "stats", store.usage().forProcedure(code)));
    }

    /** One usage figure in a {@code POST /api/procedures/{code}/usage} body. */
    record UsageBody(String localityCode, Integer year, UsageSource source, Long dossiersTotal, Long dossiersOnline,
                     Long dossiersOnTime) {
    }

    /** The body of {@code POST /api/procedures/{code}/usage}. */
    record UsageList(List<UsageBody> stats) {
    }

    /** Records usage figures of a procedure: all of them or, when any is wrong, none. */
    void recordUsage(Context ctx) {
        String code = procedures.get(ctx.pathParam("code")).code();
        UsageList body = Json.read(json, ctx.body(), UsageList.class);
        if (body.stats() == null || body.stats().isEmpty() || body.stats().size() > 10_000) {
            throw InvalidInputException.of("stats", "is required: 1 to 10000 usage figures");
        }
        List<Problem> problems = new ArrayList<>();
        List<UsageStat> stats = new ArrayList<>();
        for (int i = 0; i < body.stats().size(); i++) {
            UsageBody u = body.stats().get(i);
            String at = "stats[" + i + "].";
            int before = problems.size();
            if (u.localityCode() == null || store.localities().locality(u.localityCode()).isEmpty()) {
                problems.add(new Problem(at + "localityCode", "unknown locality '" + u.localityCode() + "'"));
            }
            if (u.year() == null || u.year() < 1990 || u.year() > 2100) {
                problems.add(new Problem(at + "year", "must be a year between 1990 and 2100"));
            }
            if (u.source() == null) {
                problems.add(new Problem(at + "source", "is required: ESTIMATED, IMPORTED or MEASURED"));
            }
            if (u.dossiersTotal() == null || u.dossiersTotal() < 0) {
                problems.add(new Problem(at + "dossiersTotal", "is required and must not be negative"));
            }
            long total = u.dossiersTotal() == null ? 0 : u.dossiersTotal();
            long online = u.dossiersOnline() == null ? 0 : u.dossiersOnline();
            long onTime = u.dossiersOnTime() == null ? 0 : u.dossiersOnTime();
            if (online < 0 || online > total) {
                problems.add(new Problem(at + "dossiersOnline", "must be between 0 and dossiersTotal"));
            }
            if (onTime < 0 || onTime > total) {
                problems.add(new Problem(at + "dossiersOnTime", "must be between 0 and dossiersTotal"));
            }
            if (problems.size() == before) {
                stats.add(new UsageStat(code, u.localityCode(), u.year(), u.source(), total, online, onTime));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.usage().save(stats);
        usageChanged.accept(code);
        ctx.json(Map.of("procedureCode", code, "stats", store.usage().forProcedure(code)));
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
        ApplicantType type;
        int year;
        var problems = new ArrayList<Problem>();
        try {
            type = ApplicantType.valueOf(ctx.pathParam("applicantType").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("applicantType", "must be CITIZEN or BUSINESS");
        }
        try {
            year = Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "must be a year such as 2025");
        }
        TariffBody body = Json.read(json, ctx.body(), TariffBody.class);
        positive(problems, "monthlyIncomeVnd", body.monthlyIncomeVnd(), new BigDecimal("1000000000"));
        positive(problems, "workingDaysPerMonth", body.workingDaysPerMonth(), new BigDecimal("31"));
        positive(problems, "hoursPerDay", body.hoursPerDay(), new BigDecimal("24"));
        if (year < 1990 || year > 2100) {
            problems.add(new Problem("year", "must be between 1990 and 2100"));
        }
        if (body.source() == null || body.source().isBlank() || body.source().length() > 1000) {
            problems.add(new Problem("source", "is required: where the income figure comes from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var tariff = new Tariff(type, year, body.monthlyIncomeVnd(),
                body.workingDaysPerMonth(), body.hoursPerDay(), body.source());
        store.tariffs().save(tariff);
        ctx.json(tariffJson(tariff));
    }

    private static void positive(List<Problem> problems, String field,
                                 BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.add(new Problem(field, "is required"));
        } else if (value.signum() <= 0 || value.compareTo(max) > 0) {
            problems.add(new Problem(field, "must be above 0 and at most " + max.toPlainString()));
        }
    }

    private static Map<String, Object> tariffJson(Tariff t) {
        return Map.of("applicantType", t.applicantType(), "year", t.year(), "monthlyIncomeVnd", t.monthlyIncomeVnd(),
                "workingDaysPerMonth", t.workingDaysPerMonth(), "hoursPerDay", t.hoursPerDay(),
                "vndPerHour", t.vndPerHour(), "source", t.source());
    }

    void tariffs(Context ctx) {
        ctx.json(store.tariffs().all().stream().map(CatalogRoutes::tariffJson).toList());
    }

}
