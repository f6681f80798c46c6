package procedo.modeler.web;

import procedo.modeler.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import procedo.catalog.assessment.TariffService;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;

/**
 * The web application: one Javalin server with every route declared in {@link #routes()} together with its
 * access rule, errors mapped to HTTP once.
 */
public final class WebServer {

    /** Largest request body accepted (bytes); larger ones get 413. */
    public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    /**
     * Largest multipart upload (bytes): the body limit above covers bodies read whole; uploads (template
     * workbooks) are streamed from multipart parts bounded here, and the import route bounds its stream itself.
     */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** A route and its access rule. */
    public record Route(HandlerType method, String path, Role role, String summary, Handler handler) {
        public Route {
            Objects.requireNonNull(role, () -> "route " + method + " " + path + " has no access rule");
        }
    }

    private final WebServices services;
    private final AccessPolicy access;
    private final ObjectMapper json = Json.mapper();

    public WebServer(WebServices services, AccessPolicy access) {
        this.services = services;
        this.access = access;
    }

    /** The route table: every route of the application, each with the least role allowed to call it. */
    public List<Route> routes() {
        CatalogRoutes catalog = new CatalogRoutes(services.procedures(), services.usage(),
                new TariffService(services.store().tariffs()), services.store(), json);
        PriorityRoutes priority = new PriorityRoutes(services.assessment(), services.store(), json);
        CostRoutes cost = new CostRoutes(services.costs());
        ModelRoutes models = new ModelRoutes(services.models());
        PlanRoutes plan = new PlanRoutes(services.plans(), services.planRepository(), json);
        ReportRoutes report = new ReportRoutes(services.reports());
        CatalogExcelRoutes catalogExcel = new CatalogExcelRoutes(services.catalogExport(), services.catalogImport());
        WorkflowRoutes workflow = new WorkflowRoutes(services.workflows(), services.procedures(), services.calendar(),
                json);
        List<Route> routes = new ArrayList<>();
        routes.add(new Route(HandlerType.GET, "/api/health", Role.READER, "Liveness check",
                ctx -> ctx.json(Map.of("status", "ok"))));
        routes.add(new Route(HandlerType.GET, "/api/procedures", Role.READER, "List procedures with filters (q, field, level, agency, locality, online, applicant, status) and paging",
                catalog::list));
        routes.add(new Route(HandlerType.POST, "/api/procedures", Role.EDITOR, "Create a procedure",
                catalog::create));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}", Role.READER, "Get a procedure (ETag = version)",
                catalog::get));
        routes.add(new Route(HandlerType.PUT, "/api/procedures/{code}", Role.EDITOR, "Update a procedure (If-Match or body version; stale -> 409)",
                catalog::update));
        routes.add(new Route(HandlerType.DELETE, "/api/procedures/{code}", Role.EDITOR, "Delete a procedure",
                catalog::delete));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/versions", Role.READER,
                "Every stored state of a procedure, oldest first", catalog::versions));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/versions/{version}", Role.READER,
                "A procedure as it was at one version", catalog::version));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/usage", Role.READER, "Usage statistics of a procedure",
                catalog::usage));
        routes.add(new Route(HandlerType.POST, "/api/procedures/{code}/usage", Role.EDITOR,
                "Record usage figures (per locality, year and source); all or none", catalog::recordUsage));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/cost", Role.READER, "As-is and to-be compliance cost of a procedure in a scope, with its inputs",
                cost::procedureCost));
        routes.add(new Route(HandlerType.GET, "/api/localities", Role.READER, "Localities: the nation and the 34 provincial-level units",
                catalog::localities));
        routes.add(new Route(HandlerType.GET, "/api/fields", Role.READER, "Fields of the catalog with their number of procedures",
                ctx -> ctx.json(services.assessment().fields())));
        routes.add(new Route(HandlerType.GET, "/api/agencies", Role.READER, "Implementing agencies",
                catalog::agencies));
        routes.add(new Route(HandlerType.GET, "/api/tariffs", Role.READER, "SCM tariffs with their derivation",
                catalog::tariffs));
        routes.add(new Route(HandlerType.PUT, "/api/tariffs/{applicantType}/{year}", Role.EDITOR,
                "Set a tariff's derivation (monthly income, working days, hours per day)", catalog::saveTariff));
        routes.add(new Route(HandlerType.POST, "/api/cost/evaluate", Role.READER, "Standard Cost Model of one input",
                cost::evaluate));
        routes.add(new Route(HandlerType.POST, "/api/cost/compare", Role.READER, "Standard Cost Model of as-is and to-be, with the saving",
                cost::compare));
        routes.add(new Route(HandlerType.GET, "/api/priorities", Role.READER, "Priority ranking with explanations (scope, profile, weights=CRITERION:w,..., filters, includeOnline, limit, offset)",
                priority::priorities));
        routes.add(new Route(HandlerType.POST, "/api/portfolio", Role.READER, "Exact portfolio with the greatest saving within an effort budget",
                priority::portfolio));
        routes.add(new Route(HandlerType.GET, "/api/profiles", Role.READER, "Priority profiles",
                priority::profiles));
        routes.add(new Route(HandlerType.POST, "/api/profiles", Role.EDITOR, "Create a priority profile",
                priority::createProfile));
        routes.add(new Route(HandlerType.GET, "/api/profiles/{name}", Role.READER, "Get a priority profile",
                priority::profile));
        routes.add(new Route(HandlerType.PUT, "/api/profiles/{name}", Role.EDITOR, "Update a priority profile (version required)",
                priority::updateProfile));
        routes.add(new Route(HandlerType.DELETE, "/api/profiles/{name}", Role.EDITOR, "Delete a priority profile",
                priority::deleteProfile));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/models", Role.READER,
                "Latest version of each BPMN model of a procedure (AS_IS, TO_BE)", models::list));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/models/{kind}", Role.READER,
                "Latest BPMN XML of a model, byte for byte (ETag = version; ?download=1 for a file)", models::latest));
        routes.add(new Route(HandlerType.PUT, "/api/procedures/{code}/models/{kind}", Role.EDITOR,
                "Save BPMN XML as a new version (If-Match: version read; X-Author, X-Comment; stale -> 409)",
                models::save));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/models/{kind}/versions", Role.READER,
                "Every version of a model, oldest first", models::versions));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/models/{kind}/versions/{n}", Role.READER,
                "BPMN XML of one version of a model", models::version));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/models/{kind}/analysis", Role.READER,
                "Analysis of a model: activities, applicant touchpoints, visits, hand-offs, documents, waits, lint"
                        + " (?version=n)", models::analysis));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/compare", Role.READER,
                "As-is vs to-be model: metrics, deltas, added/removed/changed elements (?asIs=n&toBe=m)",
                models::compare));
        routes.add(new Route(HandlerType.POST, "/api/bpmn/analysis", Role.READER,
                "Analysis of an uploaded BPMN model (not stored)", models::analyseUpload));
        routes.addAll(new TemplateRoutes(services.templates(), json).routes());
        routes.addAll(workflow.routes());
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/plans", Role.READER,
                "Simplification plans of a procedure, newest first", plan::list));
        routes.add(new Route(HandlerType.POST, "/api/procedures/{code}/plans", Role.EDITOR,
                "Create a simplification plan (title, createdBy, measures, edits); it starts as DRAFT", plan::create));
        routes.add(new Route(HandlerType.GET, "/api/procedures/{code}/suggestions", Role.READER,
                "Measures the procedure's data supports, each with its estimated annual saving", plan::suggestions));
        routes.add(new Route(HandlerType.GET, "/api/plans/savings", Role.READER,
                "Each procedure's leading plan and its annual saving (catalog badges)", plan::savings));
        routes.add(new Route(HandlerType.GET, "/api/plans/{id}", Role.READER, "A simplification plan (ETag = version)",
                plan::get));
        routes.add(new Route(HandlerType.PUT, "/api/plans/{id}", Role.EDITOR,
                "Change a draft or proposed plan (If-Match or body version; stale -> 409)", plan::update));
        routes.add(new Route(HandlerType.DELETE, "/api/plans/{id}", Role.EDITOR, "Delete a draft or proposed plan",
                plan::delete));
        routes.add(new Route(HandlerType.POST, "/api/plans/{id}/status", Role.EDITOR,
                "Move a plan along DRAFT -> PROPOSED -> APPROVED -> IMPLEMENTED ({status, by, version}); other moves -> 409",
                plan::status));
        routes.add(new Route(HandlerType.GET, "/api/plans/{id}/preview", Role.READER,
                "Before/after compliance cost of a plan with the derived to-be and every calculation line", plan::preview));
        routes.add(new Route(HandlerType.GET, "/api/reports/cost-reduction.xlsx", Role.READER,
                "Cost-reduction report workbook (scope, field, agency, locality, planStatus)", report::xlsx));
        routes.add(new Route(HandlerType.GET, "/api/reports/cost-reduction.csv", Role.READER,
                "Cost-reduction report tables as CSV: a zip of all, or one with ?table=", report::csv));
        routes.add(new Route(HandlerType.GET, "/api/catalog/export.xlsx", Role.READER,
                "The whole catalog as a workbook (agencies, procedures, dossier, fees, activities, usage)", catalogExcel::export));
        routes.add(new Route(HandlerType.POST, "/api/catalog/import", Role.EDITOR,
                "Import a catalog workbook, all or nothing (raw XLSX body or multipart 'file', up to 100 MiB); errors by sheet/row/column",
                catalogExcel::importWorkbook));
        routes.add(new Route(HandlerType.GET, "/api/openapi.json", Role.READER, "This OpenAPI description",
                this::openApi));
        return routes;
    }

    /** An OpenAPI 3 description made from the route table itself, so that it cannot drift from the routes. */
    private void openApi(Context ctx) {
        Map<String, Object> paths = new TreeMap<>();
        for (Route route : routes()) {
            @SuppressWarnings("unchecked")
            var operations = (Map<String, Object>) paths.computeIfAbsent(route.path(),
                    p -> new LinkedHashMap<String, Object>());
            Map<String, Object> operation = new LinkedHashMap<>();
            operation.put("summary", route.summary());
            operation.put("x-required-role", route.role().name());
            List<Object> parameters = new ArrayList<>();
            Matcher names = Pattern.compile("\\{(\\w+)}").matcher(route.path());
            while (names.find()) {
                parameters.add(Map.of("name", names.group(1), "in", "path", "required", true,
                        "schema", Map.of("type", "string")));
            }
            if (!parameters.isEmpty()) {
                operation.put("parameters", parameters);
            }
            operation.put("responses", Map.of("200", Map.of("description", "OK"),
                    "400", Map.of("description", "Invalid input: errors[] with field and message"),
                    "403", Map.of("description", "The route needs the " + route.role() + " role")));
            operations.put(route.method().name().toLowerCase(Locale.ROOT), operation);
        }
        ctx.json(Map.of("openapi", "3.0.3",
                "info", Map.of("title", "Procedo API", "version", "0.1"), "paths", paths));
    }

    public Javalin create() {
        List<Route> routes = routes();
        return Javalin.create(config -> configure(config, routes));
    }

    private void configure(JavalinConfig config, List<Route> routes) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES + 64 * 1024, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, io.javalin.config.SizeUnit.BYTES);
        config.jsonMapper(new JavalinJackson(json, false));
        String webDirectory = System.getenv("PROCEDO_WEB_DIR");
        if (webDirectory != null && !webDirectory.isBlank()) {
            // For front-end work: pages are served from this directory (e.g. modeler/src/main/resources/web) and
            // reloaded without a rebuild; what it lacks (the bundled vendor files) still comes from the jar.
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = webDirectory;
                files.location = io.javalin.http.staticfiles.Location.EXTERNAL;
                files.roles = Set.of(Role.READER);
            });
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            files.roles = Set.of(Role.READER);
        });
        config.routes.beforeMatched(ctx -> authorize(ctx));
        for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), route.handler(), route.role());
        }
        config.routes.exception(InvalidInputException.class, (e, ctx) -> ctx.status(400).json(new ApiError(400,
                "Invalid input", e.problems().stream()
                .map(p -> new ApiError.FieldError(p.location(), p.message())).toList())));
        config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        config.routes.exception(ConflictException.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "Internal error: " + e.getClass().getSimpleName());
        });
        config.routes.error(404, "application/json", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "No route for " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private void authorize(Context ctx) {
        var declared = ctx.routeRoles();
        if (declared.isEmpty()) {
            if (ctx.path().startsWith("/api/")) {
                throw new ForbiddenResponse("This route has no access rule");
            }
            return;
        }
        Role required = (Role) declared.iterator().next();
        if (!access.roleOf(ctx).allows(required)) {
            throw new ForbiddenResponse("This action needs the " + required + " role");
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message, List.of()));
    }
}
