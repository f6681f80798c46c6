package procedo.modeler.web.model;

import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelRef;
import procedo.modeler.model.ModelService;
import procedo.modeler.model.ModelVersion;
import procedo.modeler.model.StoredModel;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Bodies;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.http.Versions;

/**
 * BPMN models of procedures: upload (optimistic locking with If-Match / ETag), download, versions, analysis and
 * as-is/to-be comparison. Model bodies are BPMN 2.0 XML, stored and returned byte for byte.
 */
public final class ModelRoutes {

    static final String XML = "application/xml";

    private final ModelService models;

    public ModelRoutes(ModelService models) {
        this.models = models;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/procedures/{code}/models", SIGNED_IN,
                        "Latest version of each BPMN model of a procedure (AS_IS, TO_BE)",
                        ctx -> ctx.json(models.latestOfEachKind(ctx.pathParam("code")))),
                Route.get("/api/procedures/{code}/models/{kind}", SIGNED_IN,
                        "Latest BPMN XML of a model, byte for byte (ETag = version; ?download=1 for a file)",
                        this::latest),
                Route.put("/api/procedures/{code}/models/{kind}", ANALYST,
                        "Save BPMN XML as a new version (If-Match: version read; X-Comment; the author is the signed-in person; stale -> 409)",
                        this::save),
                Route.get("/api/procedures/{code}/models/{kind}/versions", SIGNED_IN,
                        "Every version of a model, oldest first",
                        ctx -> ctx.json(models.versions(ctx.pathParam("code"), kind(ctx)))),
                Route.get("/api/procedures/{code}/models/{kind}/versions/{n}", SIGNED_IN,
                        "BPMN XML of one version of a model", this::version),
                Route.get("/api/procedures/{code}/models/{kind}/analysis", SIGNED_IN,
                        "Analysis of a model: activities, applicant touchpoints, visits, hand-offs, documents, waits,"
                                + " lint (?version=n)", this::analysis),
                Route.get("/api/procedures/{code}/compare", SIGNED_IN,
                        "As-is vs to-be model: metrics, deltas, added/removed/changed elements (?asIs=n&toBe=m;"
                                + " any two versions: ?from=AS_IS:n&to=TO_BE:m, a kind alone for its latest)",
                        this::compare),
                Route.post("/api/bpmn/analysis", SIGNED_IN, "Analysis of an uploaded BPMN model (not stored)",
                        this::analyseUpload));
    }

    private void latest(Context ctx) {
        String code = ctx.pathParam("code");
        sendXml(ctx, code, models.get(code, kind(ctx), null));
    }

    private void version(Context ctx) {
        String code = ctx.pathParam("code");
        int version = Params.pathInt(ctx, "n", 1, "version", Text.of("modeler.param.modelVersion"));
        sendXml(ctx, code, models.get(code, kind(ctx), version));
    }

    private static void sendXml(Context ctx, String code, StoredModel model) {
        ModelVersion v = model.version();
        ctx.header("ETag", Versions.etag(v.version()));
        if ("1".equals(ctx.queryParam("download")) || "true".equals(ctx.queryParam("download"))) {
            String file = code.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + v.kind().slug() + "-v" + v.version() + ".bpmn";
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        }
        ctx.contentType(XML).result(model.xml());
    }

    private void save(Context ctx) {
        String code = ctx.pathParam("code");
        ModelKind kind = kind(ctx);
        Bodies.requireXml(ctx);
        Integer expected = Versions.expected(ctx, null);
        ModelVersion saved = models.save(code, kind, ctx.bodyAsBytes(), expected,
                Params.actor(ctx), Params.decodedHeader(ctx, "X-Comment"));
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/api/procedures/" + code + "/models/" + kind.name() + "/versions/" + saved.version())
                .header("ETag", Versions.etag(saved.version())).json(saved);
    }

    private void analysis(Context ctx) {
        Params q = new Params(ctx);
        Integer version = q.optionalInteger("version", 1);
        q.check();
        ctx.json(models.analysis(ctx.pathParam("code"), kind(ctx), version).in(Language.of(ctx)));
    }

    private void analyseUpload(Context ctx) {
        Bodies.requireXml(ctx);
        ctx.json(models.analyse(ctx.bodyAsBytes()).in(Language.of(ctx)));
    }

    private void compare(Context ctx) {
        Params q = new Params(ctx);
        Integer asIs = q.optionalInteger("asIs", 1);
        Integer toBe = q.optionalInteger("toBe", 1);
        String from = q.text("from");
        String to = q.text("to");
        q.check();
        ModelRef before = from == null ? new ModelRef(ModelKind.AS_IS, asIs) : ModelRef.parse("from", from);
        ModelRef after = to == null ? new ModelRef(ModelKind.TO_BE, toBe) : ModelRef.parse("to", to);
        ctx.json(models.compareVersions(ctx.pathParam("code"), before, after));
    }

    private static ModelKind kind(Context ctx) {
        return ModelKind.parse(ctx.pathParam("kind"));
    }
}
