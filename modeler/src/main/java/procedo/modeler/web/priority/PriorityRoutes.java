package procedo.modeler.web.priority;

import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PortfolioRequest;
import procedo.catalog.assessment.PortfolioResult;
import procedo.catalog.assessment.PriorityProfileService;
import procedo.catalog.assessment.RankingRequest;
import procedo.catalog.assessment.RankingSort;
import procedo.catalog.assessment.Scope;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.priority.Criterion;
import procedo.catalog.priority.PriorityProfile;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.report.ReportLanguage;
import procedo.catalog.report.excel.PortfolioWorkbook;
import procedo.catalog.text.Text;
import procedo.modeler.json.Json;
import procedo.modeler.table.Table;
import procedo.modeler.table.TableCsv;
import procedo.modeler.table.excel.TableWorkbook;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.http.Versions;

/** What goes online first over HTTP: the ranking with "what if" weights, the portfolio, and the priority profiles. */
public final class PriorityRoutes {

    private final CatalogAssessment assessment;
    private final PriorityProfileService profiles;
    private final ObjectMapper json;

    public PriorityRoutes(CatalogAssessment assessment, PriorityProfileService profiles, ObjectMapper json) {
        this.assessment = assessment;
        this.profiles = profiles;
        this.json = json;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/priorities", SIGNED_IN, "Priority ranking with explanations (scope, profile,"
                        + " weights=CRITERION:w,..., filters, includeOnline, limit, offset, sort=column or -column)",
                        this::priorities),
                Route.get("/api/priorities.xlsx", SIGNED_IN, "The whole ranking the same parameters ask for (every"
                        + " page, in its sort order) as a workbook", ctx -> export(ctx, Format.XLSX)),
                Route.get("/api/priorities.csv", SIGNED_IN, "The whole ranking the same parameters ask for (every"
                        + " page, in its sort order) as CSV", ctx -> export(ctx, Format.CSV)),
                Route.post("/api/portfolio", SIGNED_IN, "Exact portfolio with the greatest saving within an effort"
                        + " budget, with what was left out and why", this::portfolio),
                Route.get("/api/portfolio.xlsx", SIGNED_IN, "The portfolio as a workbook with its inputs (budgetDays,"
                        + " scope, profile, weights, filters, includeOnline, lang)", this::portfolioWorkbook),
                Route.get("/api/profiles", SIGNED_IN, "Priority profiles", ctx -> ctx.json(profiles.all())),
                Route.post("/api/profiles", ANALYST, "Create a priority profile", this::createProfile),
                Route.get("/api/profiles/{name}", SIGNED_IN, "Get a priority profile",
                        ctx -> ctx.json(profiles.get(ctx.pathParam("name")))),
                Route.put("/api/profiles/{name}", ANALYST, "Update a priority profile (version required)",
                        this::updateProfile),
                Route.delete("/api/profiles/{name}", ANALYST, "Delete a priority profile", this::deleteProfile));
    }

    private void priorities(Context ctx) {
        ctx.json(assessment.rank(rankingRequest(ctx)));
    }

    private static RankingRequest rankingRequest(Context ctx) {
        Params q = new Params(ctx);
        RankingRequest request = new RankingRequest(Scope.parse(q.text("scope")), q.text("profile"), q.filter(),
                q.flag("includeOnline") ? OnlineInclusion.INCLUDE_FULLY_ONLINE : OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                q.integer("offset", 0, 0, Integer.MAX_VALUE), q.integer("limit", 50, 1, 1000),
                weights(ctx.queryParam("weights")), RankingSort.parse(ctx.queryParam("sort")));
        q.check();
        return request;
    }

    /** The file formats the whole ranking is exported in. */
    private enum Format { XLSX, CSV }

    private static final List<String> EXPORT_COLUMNS = List.of("rank", "code", "name", "field", "score", "volume",
            "cost", "saving", "fullyOnline");

    private void export(Context ctx, Format format) {
        RankingRequest request = rankingRequest(ctx);
        List<List<Object>> rows = new ArrayList<>();
        String yes = Language.render(ctx, Text.of("modeler.table.ranking.yes"));
        assessment.forEachRanked(request, item -> rows.add(Arrays.asList(BigDecimal.valueOf(item.rank()), item.code(),
                item.name(), item.field(), item.score(), BigDecimal.valueOf(item.dossiersPerYear()),
                item.annualCostVnd(), item.savingPotentialVnd(), item.fullyOnline() ? yes : "")));
        Table table = new Table(Language.render(ctx, Text.of("modeler.table.ranking.title")),
                EXPORT_COLUMNS.stream().map(c -> Language.render(ctx, Text.of("modeler.table.ranking." + c))).toList(),
                rows);
        if (format == Format.XLSX) {
            Downloads.attachment(ctx, Downloads.XLSX, "xep-hang-uu-tien.xlsx", out -> TableWorkbook.write(table, out));
        } else {
            Downloads.attachment(ctx, "text/csv; charset=utf-8", "xep-hang-uu-tien.csv", out -> TableCsv.write(table, out));
        }
    }

    /**
     * "What if" weights from {@code weights=VOLUME:30,ANNUAL_COST:20,...}: criteria left out weigh 0. Empty when
     * the parameter is absent.
     */
    static Map<Criterion, BigDecimal> weights(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Map.of();
        }
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, BigDecimal.ZERO);
        }
        for (String part : parameter.split(",")) {
            String[] pair = part.split(":", 2);
            try {
                weights.put(Criterion.valueOf(pair[0].trim()), new BigDecimal(pair[1].trim()));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw InvalidInputException.of("weights", Text.of("catalog.profile.weightsParam", part,
                        Arrays.toString(Criterion.values())));
            }
        }
        return weights;
    }

    /** The body of {@code POST /api/portfolio}. */
    record PortfolioBody(Integer budgetDays, String scope, ProcedureFilter filter, Boolean includeFullyOnline,
                         String profile, Map<Criterion, BigDecimal> weights, Integer leftOutLimit) {
    }

    private void portfolio(Context ctx) {
        PortfolioBody body = Json.read(json, ctx.body(), PortfolioBody.class);
        if (body.budgetDays() == null) {
            throw InvalidInputException.of("budgetDays", Text.of("catalog.priority.budgetRequired"));
        }
        ctx.json(assessment.portfolio(new PortfolioRequest(Scope.parse(body.scope()), body.filter(),
                Boolean.TRUE.equals(body.includeFullyOnline()) ? OnlineInclusion.INCLUDE_FULLY_ONLINE
                        : OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                body.budgetDays(), body.profile(), body.weights(),
                body.leftOutLimit() == null ? PortfolioRequest.LEFT_OUT_LISTED : body.leftOutLimit())));
    }

    /**
     * {@code GET /api/portfolio.xlsx}: the portfolio of the same inputs as the page's address, every procedure left
     * out listed, in the language asked for ({@code lang}, else the request's).
     */
    private void portfolioWorkbook(Context ctx) {
        Params q = new Params(ctx);
        if (q.text("budgetDays") == null) {
            throw InvalidInputException.of("budgetDays", Text.of("catalog.priority.budgetRequired"));
        }
        PortfolioRequest request = new PortfolioRequest(Scope.parse(q.text("scope")), q.filter(),
                q.flag("includeOnline") ? OnlineInclusion.INCLUDE_FULLY_ONLINE : OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                q.integer("budgetDays", 0, 0, Integer.MAX_VALUE), q.text("profile"),
                weights(ctx.queryParam("weights")), 0).listingEveryLeftOut();
        q.check();
        PortfolioResult result = assessment.portfolio(request);
        ReportLanguage language = ReportLanguage.of(Language.of(ctx));
        Downloads.attachment(ctx, Downloads.XLSX, language.pick("danh-muc-uu-tien-", "portfolio-")
                + result.budgetDays() + ".xlsx", out -> PortfolioWorkbook.write(result, language, out));
    }

    /** The body of a profile create or update; a body without {@code displayName} stores none. */
    record ProfileBody(String name, String displayName, String description, Map<Criterion, BigDecimal> weights,
                       Integer version) {
    }

    private void createProfile(Context ctx) {
        ProfileBody body = Json.read(json, ctx.body(), ProfileBody.class);
        PriorityProfile created = profiles.create(profileOf(body.name(), body), Params.actor(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/profiles/" + created.name()).json(created);
    }

    private void updateProfile(Context ctx) {
        ProfileBody body = Json.read(json, ctx.body(), ProfileBody.class);
        int expected = Versions.required(ctx, body.version());
        ctx.json(profiles.update(profileOf(ctx.pathParam("name"), body), expected, Params.actor(ctx)));
    }

    private void deleteProfile(Context ctx) {
        profiles.delete(ctx.pathParam("name"), Params.actor(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static PriorityProfile profileOf(String name, ProfileBody body) {
        if (body.weights() == null) {
            throw InvalidInputException.of("weights", Text.of("catalog.profile.weightsRequired",
                    Arrays.toString(Criterion.values())));
        }
        try {
            return new PriorityProfile(name, body.displayName(), body.description() == null ? "" : body.description(),
                    body.weights(), 1);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("weights", e.getMessage());
        }
    }
}
