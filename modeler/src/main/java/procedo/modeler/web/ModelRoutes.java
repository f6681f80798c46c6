package procedo.modeler.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.model.ModelVersion;
import procedo.modeler.model.StoredModel;

/**
 * BPMN models of procedures: upload (optimistic locking with If-Match / ETag), download, versions, analysis and
 * as-is/to-be comparison. Model bodies are BPMN 2.0 XML, stored and returned byte for byte.
 */
final class ModelRoutes {

    static final String XML = "application/xml";

    private final ModelService models;

    ModelRoutes(ModelService models) {
        this.models = models;
    }

    /** The body of a 409: the reason and the version to reload. */
    record Conflict(int status, String message, List<ApiError.FieldError> errors, int currentVersion) {
    }

    void list(Context ctx) {
        ctx.json(models.latestOfEachKind(ctx.pathParam("code")));
    }

    void latest(Context ctx) {
        String code = ctx.pathParam("code");
        sendXml(ctx, code, models.get(code, kind(ctx), null));
    }

    void version(Context ctx) {
        String code = ctx.pathParam("code");
        sendXml(ctx, code, models.get(code, kind(ctx), versionNumber("version", ctx.pathParam("n"))));
    }

    private static void sendXml(Context ctx, String code, StoredModel model) {
        ModelVersion v = model.version();
        ctx.header("ETag", "\"" + v.version() + "\"");
        if ("1".equals(ctx.queryParam("download")) || "true".equals(ctx.queryParam("download"))) {
            String file = code.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + v.kind().slug() + "-v" + v.version() + ".bpmn";
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        }
        ctx.contentType(XML).result(model.xml());
    }

    void versions(Context ctx) {
        ctx.json(models.versions(ctx.pathParam("code"), kind(ctx)));
    }

    void save(Context ctx) {
        String code = ctx.pathParam("code");
        ModelKind kind = kind(ctx);
        checkXmlContentType(ctx);
        Integer expected = ifMatch(ctx);
        String author = decoded(ctx, "X-Author");
        String comment = decoded(ctx, "X-Comment");
        ModelVersion saved;
        try {
            saved = models.save(code, kind, ctx.bodyAsBytes(), expected, author, comment);
        } catch (ConflictException e) {
            int current = models.latest(code, kind).map(m -> m.version().version()).orElse(0);
            ctx.status(HttpStatus.CONFLICT).header("ETag", "\"" + current + "\"")
                    .json(new Conflict(409, e.getMessage(), List.of(), current));
            return;
        }
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/api/procedures/" + code + "/models/" + kind.name() + "/versions/" + saved.version())
                .header("ETag", "\"" + saved.version() + "\"").json(saved);
    }

    void analysis(Context ctx) {
        Query q = new Query(ctx);
        Integer version = optionalVersion(q, "version");
        q.check();
        ctx.json(models.analysis(ctx.pathParam("code"), kind(ctx), version));
    }

    void analyseUpload(Context ctx) {
        checkXmlContentType(ctx);
        ctx.json(models.analyse(ctx.bodyAsBytes()));
    }

    void compare(Context ctx) {
        Query q = new Query(ctx);
        Integer asIs = optionalVersion(q, "asIs");
        Integer toBe = optionalVersion(q, "toBe");
        q.check();
        ctx.json(models.compare(ctx.pathParam("code"), asIs, toBe));
    }

    private static Integer optionalVersion(Query q, String name) {
        if (q.text(name) == null) {
            return null;
        }
        return q.integer(name, 1, 1, Integer.MAX_VALUE);
    }

    private static ModelKind kind(Context ctx) {
        return ModelKind.parse(ctx.pathParam("kind"));
    }

    private static int versionNumber(String name, String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(name, "must be a version number (1, 2, ...), not '" + text + "'");
    }

    /** {@code If-Match: "N"}, {@code N} or {@code W/"N"}; absent for the first save. */
    private static Integer ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim().replace("W/", "").replace("\"", "").trim();
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of("If-Match", "must be the version number you read (the ETag), not '"
                + header + "'");
    }

    static String decoded(Context ctx, String header) {
        String value = ctx.header(header);
        if (value == null) {
            return null;
        }
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(header, "must be URL-encoded UTF-8");
        }
    }

    /** Models are XML: {@code application/xml}, {@code text/xml} or another {@code +xml} type (or none given). */
    private static void checkXmlContentType(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !type.isBlank() && !type.toLowerCase(Locale.ROOT).contains("xml")) {
            throw new HttpResponseException(415, "a BPMN model is sent as application/xml or text/xml, not " + type);
        }
    }
}
