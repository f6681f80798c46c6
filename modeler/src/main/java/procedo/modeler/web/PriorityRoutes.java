package procedo.modeler.web;

import procedo.modeler.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.Map;
import procedo.catalog.CatalogStore;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PortfolioRequest;
import procedo.catalog.assessment.RankingRequest;
import procedo.catalog.assessment.Scope;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.priority.Criterion;
import procedo.catalog.priority.PriorityProfile;
import procedo.catalog.procedure.ProcedureFilter;

/** Ranking, portfolio and the priority profiles. */
final class PriorityRoutes {

    private final CatalogAssessment assessment;
    private final CatalogStore store;
    private final ObjectMapper json;

    PriorityRoutes(CatalogAssessment assessment, CatalogStore store, ObjectMapper json) {
        this.assessment = assessment;
        this.store = store;
        this.json = json;
    }

    void priorities(Context ctx) {
        Query q = new Query(ctx);
        RankingRequest request = new RankingRequest(Scope.parse(q.text("scope")), q.text("profile"), q.filter(),
                q.flag("includeOnline") ? OnlineInclusion.INCLUDE_FULLY_ONLINE : OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                q.integer("offset", 0, 0, Integer.MAX_VALUE), q.integer("limit", 50, 1, 1000),
                weights(ctx.queryParam("weights")));
        q.check();
        ctx.json(assessment.rank(request));
    }

    /**
     * "What if" weights from {@code weights=VOLUME:30,ANNUAL_COST:20,...}: criteria left out weigh 0. Empty when
     * the parameter is absent.
     */
    static Map<Criterion, BigDecimal> weights(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Map.of();
        }
        Map<Criterion, BigDecimal> weights = new java.util.EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, BigDecimal.ZERO);
        }
        for (String part : parameter.split(",")) {
            String[] pair = part.split(":", 2);
            try {
                weights.put(Criterion.valueOf(pair[0].trim()), new BigDecimal(pair[1].trim()));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw InvalidInputException.of("weights", "'" + part + "' is not CRITERION:weight with a criterion of "
                        + java.util.Arrays.toString(Criterion.values()));
            }
        }
        return weights;
    }

    /** The body of {@code POST /api/portfolio}. */
    record PortfolioBody(Integer budgetDays, String scope, ProcedureFilter filter, Boolean includeFullyOnline) {
    }

    void portfolio(Context ctx) {
        PortfolioBody body = Json.read(json, ctx.body(), PortfolioBody.class);
        if (body.budgetDays() == null) {
            throw InvalidInputException.of("budgetDays", "is required: the effort budget in person-days");
        }
        ctx.json(assessment.portfolio(new PortfolioRequest(Scope.parse(body.scope()),
                body.filter() == null ? ProcedureFilter.none() : body.filter(),
                Boolean.TRUE.equals(body.includeFullyOnline()) ? OnlineInclusion.INCLUDE_FULLY_ONLINE
                        : OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                body.budgetDays())));
    }

    void profiles(Context ctx) {
        ctx.json(store.profiles().all());
    }

    void profile(Context ctx) {
        String name = ctx.pathParam("name");
        ctx.json(store.profiles().find(name).orElseThrow(() -> NotFoundException.of("profile", name)));
    }

    /** The body of a profile create or update. */
    record ProfileBody(String name, String description, Map<Criterion, BigDecimal> weights, Integer version) {
    }

    void createProfile(Context ctx) {
        ProfileBody body = Json.read(json, ctx.body(), ProfileBody.class);
        PriorityProfile created = store.profiles().create(profileOf(body.name(), body));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/profiles/" + created.name()).json(created);
    }

    void updateProfile(Context ctx) {
        ProfileBody body = Json.read(json, ctx.body(), ProfileBody.class);
        if (body.version() == null) {
            throw InvalidInputException.of("version", "is required for an update: the version you read");
        }
        ctx.json(store.profiles().update(profileOf(ctx.pathParam("name"), body), body.version()));
    }

    void deleteProfile(Context ctx) {
        String name = ctx.pathParam("name");
        if ("balanced".equals(name)) {
            throw InvalidInputException.of("name", "the default profile 'balanced' cannot be deleted");
        }
        store.profiles().delete(name);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static PriorityProfile profileOf(String name, ProfileBody body) {
        if (body.weights() == null) {
            throw InvalidInputException.of("weights", "is required: a weight per criterion "
                    + java.util.Arrays.toString(Criterion.values()));
        }
        try {
            return new PriorityProfile(name, body.description() == null ? "" : body.description(), body.weights(), 1);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("weights", e.getMessage());
        }
    }
}
