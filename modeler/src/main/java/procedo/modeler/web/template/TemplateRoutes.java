package procedo.modeler.web.template;

import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.LOCALITY;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.error.InvalidInputException;
import procedo.templates.TemplateService;
import procedo.templates.adoption.Overrides;
import procedo.templates.adoption.OverridesReader;
import procedo.templates.excel.DeviationWorkbook;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.formjs.FormJsSchema;
import procedo.templates.load.PackageJson;
import procedo.templates.model.PackageForm;
import procedo.templates.model.TemplatePackage;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.BodyTooLargeException;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.templates.office.FormDocument;

/**
 * Template packages: import (multipart upload of a workbook or JSON, or the file as the raw body), versions and
 * their diff, publication, localities' adoptions and upgrades, the deviation report, printable forms and form-js
 * schemas. Handlers only parse and delegate.
 */
public final class TemplateRoutes {

    private final TemplateService templates;
    private final ObjectMapper json;

    public TemplateRoutes(TemplateService templates, ObjectMapper json) {
        this.templates = templates;
        this.json = json;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/templates", SIGNED_IN,
                        "Template packages: the latest version of each", this::list),
                Route.get("/api/templates/blank.xlsx", SIGNED_IN,
                        "A blank, documented package workbook to start a new package", this::blank),
                Route.upload("/api/templates/import", ANALYST,
                        "Import a package (multipart field 'file': .xlsx workbook or JSON; publish=true to publish);"
                                + " all or nothing: 400 lists every error with sheet/row/column; same version again 200,"
                                + " same version with other content 409", this::importPackage),
                Route.get("/api/templates/{code}/versions", SIGNED_IN,
                        "Every version of a package, oldest first", this::versions),
                Route.get("/api/templates/{code}/versions/{version}", SIGNED_IN,
                        "A package version as JSON", this::version),
                Route.get("/api/templates/{code}/versions/{version}/export",
                        SIGNED_IN, "Export a package version (format=xlsx, the default, or json)", this::export),
                Route.post("/api/templates/{code}/versions/{version}/publish",
                        ANALYST, "Publish a version as the national standard (central agency)", this::publish),
                Route.get("/api/templates/{code}/diff", SIGNED_IN,
                        "Fields, dossier components, fees and procedure data added/removed/changed between two versions (from, to)",
                        this::diff),
                Route.get("/api/templates/{code}/adoptions", SIGNED_IN,
                        "Localities' adoptions of a package", this::adoptions),
                Route.get("/api/templates/{code}/adoptions/{locality}",
                        SIGNED_IN, "One locality's adoption with its effective package", this::adoption),
                Route.put("/api/templates/{code}/adoptions/{locality}",
                        LOCALITY, "Adopt a published version (default: the latest published one) with local overrides (agencyCode,"
                        + " processingDays not longer than the standard, feeAmounts not above the standard unless it"
                        + " allows, helpTexts); other overrides are refused with the reason at the field", this::adopt),
                Route.post("/api/templates/{code}/adoptions/{locality}/upgrade",
                        LOCALITY, "Move an adoption to another central version keeping its overrides; 409 lists the"
                        + " conflicts to resolve (send overrides to resolve them)", this::upgrade),
                Route.get("/api/templates/{code}/deviations", SIGNED_IN,
                        "Which localities deviate from the national standard and how", this::deviations),
                Route.get("/api/templates/{code}/deviations.xlsx", SIGNED_IN,
                        "The deviation report as a workbook", this::deviationsXlsx),
                Route.get("/api/templates/{code}/forms/{form}.docx", SIGNED_IN,
                        "A printable form (DOCX) with the national header (version, locality optional)", this::docx),
                Route.get("/api/templates/{code}/forms/{form}/formjs", SIGNED_IN,
                        "A form as a bpmn.io form-js schema (version, locality optional)", this::formJs));
    }

    private void list(Context ctx) {
        ctx.json(templates.list());
    }

    private void blank(Context ctx) {
        Downloads.attachment(ctx, Downloads.XLSX, "procedo-goi-mau-trong.xlsx", out -> new PackageWorkbookWriter().write(null, out));
    }

    private void importPackage(Context ctx) throws IOException {
        long max = templates.limits().maxBytes();
        if (ctx.req().getContentLengthLong() > max + 64 * 1024) {
            throw BodyTooLargeException.over("file", max);
        }
        boolean publish = "true".equalsIgnoreCase(ctx.queryParam("publish"));
        try (InputStream in = upload(ctx)) {
            var result = publish ? templates.importAndPublish(in, Params.actor(ctx))
                    : templates.importFile(in, Params.actor(ctx));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("created", result.created());
            body.put("version", result.version());
            ctx.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).json(body);
        }
    }

    /** The uploaded file: the multipart field 'file' (or the only file), else the raw body. */
    private InputStream upload(Context ctx) throws IOException {
        if (ctx.isMultipartFormData()) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                List<UploadedFile> files = ctx.uploadedFiles();
                if (files.size() != 1) {
                    throw InvalidInputException.of("file", Text.of("modeler.template.fileField"));
                }
                file = files.get(0);
            }
            return file.content();
        }
        return ctx.req().getInputStream();
    }

    private void versions(Context ctx) {
        ctx.json(templates.versions(ctx.pathParam("code")));
    }

    private void version(Context ctx) {
        ctx.json(templates.get(ctx.pathParam("code"), ctx.pathParam("version")));
    }

    private void export(Context ctx) {
        TemplatePackage p = templates.get(ctx.pathParam("code"), ctx.pathParam("version"));
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("xlsx");
        String base = p.code() + "-" + p.version();
        switch (format) {
            case "xlsx" -> Downloads.attachment(ctx, Downloads.XLSX, base + ".xlsx", out -> new PackageWorkbookWriter().write(p, out));
            case "json" -> Downloads.attachment(ctx, "application/json", base + ".json", out -> PackageJson.write(p, out));
            default -> throw InvalidInputException.of("format", Text.of("modeler.template.format"));
        }
    }

    private void publish(Context ctx) {
        ctx.json(templates.publish(ctx.pathParam("code"), ctx.pathParam("version"), Params.actor(ctx)));
    }

    private void diff(Context ctx) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", Text.of("modeler.template.versionsRequired"));
        }
        ctx.json(templates.diff(ctx.pathParam("code"), from, to));
    }

    private void adoptions(Context ctx) {
        ctx.json(templates.adoptions(ctx.pathParam("code")));
    }

    private void adoption(Context ctx) {
        ctx.json(templates.adoptedPackage(ctx.pathParam("locality"), ctx.pathParam("code")));
    }

    private void adopt(Context ctx) {
        JsonNode body = Json.read(json, ctx.body(), JsonNode.class);
        JsonNode version = body.get("centralVersion");
        if (version != null && !version.isNull() && (!version.isTextual() || version.asText().isBlank())) {
            throw InvalidInputException.of("centralVersion", Text.of("modeler.template.centralVersionRequired"));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("centralVersion", "overrides", "revision").contains(name)) {
                throw InvalidInputException.of(name, Text.of("modeler.template.unknownField"));
            }
        });
        Overrides overrides = OverridesReader.read(body.get("overrides"));
        int revision = body.has("revision") ? body.get("revision").asInt() : 0;
        ctx.json(templates.adopt(ctx.pathParam("locality"), ctx.pathParam("code"),
                version == null || version.isNull() ? null : version.asText(), overrides, revision,
                Params.actor(ctx)));
    }

    private void upgrade(Context ctx) {
        JsonNode body = Json.read(json, ctx.body(), JsonNode.class);
        JsonNode to = body.get("toVersion");
        if (to == null || !to.isTextual() || to.asText().isBlank()) {
            throw InvalidInputException.of("toVersion", Text.of("modeler.template.toVersionRequired"));
        }
        Overrides resolved = body.has("overrides") ? OverridesReader.read(body.get("overrides")) : null;
        ctx.json(templates.upgrade(ctx.pathParam("locality"), ctx.pathParam("code"), to.asText(), resolved,
                Params.actor(ctx)));
    }

    private void deviations(Context ctx) {
        ctx.json(templates.deviations(ctx.pathParam("code")));
    }

    private void deviationsXlsx(Context ctx) {
        var report = templates.deviations(ctx.pathParam("code"));
        Downloads.attachment(ctx, Downloads.XLSX, "sai-khac-" + report.templateCode() + ".xlsx", out -> new DeviationWorkbook().write(report, out));
    }

    private PackageForm form(Context ctx) {
        return templates.form(ctx.pathParam("code"), ctx.queryParam("version"), ctx.queryParam("locality"),
                ctx.pathParam("form"));
    }

    private void docx(Context ctx) {
        PackageForm l = form(ctx);
        Downloads.attachment(ctx, Downloads.DOCX, l.form().code() + ".docx", out -> new FormDocument().write(l.pkg(), l.form(), out));
    }

    private void formJs(Context ctx) {
        PackageForm l = form(ctx);
        ctx.json(FormJsSchema.of(l.pkg(), l.form(), templates.provinces()));
    }
}
