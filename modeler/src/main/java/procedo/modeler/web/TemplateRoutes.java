package procedo.modeler.web;

import procedo.modeler.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.templates.TemplateService;
import procedo.templates.adoption.Adoption;
import procedo.templates.adoption.Overrides;
import procedo.templates.adoption.OverridesReader;
import procedo.templates.adoption.UpgradeConflictException;
import procedo.templates.excel.DeviationWorkbook;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.formjs.FormJsSchema;
import procedo.templates.load.PackageJson;
import procedo.templates.load.TemplateImportException;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;
import procedo.templates.office.FormDocument;

/**
 * Template packages: import (multipart upload of a workbook or JSON, or the file as the raw body), versions and
 * their diff, publication, localities' adoptions and upgrades, the deviation report, printable forms and form-js
 * schemas. Handlers only parse and delegate.
 */
final class TemplateRoutes {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final TemplateService templates;
    private final ObjectMapper json;

    TemplateRoutes(TemplateService templates, ObjectMapper json) {
        this.templates = templates;
        this.json = json;
    }

    List<WebServer.Route> routes() {
        return List.of(
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates", Role.READER,
                        "Template packages: the latest version of each", this::list),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/blank.xlsx", Role.READER,
                        "A blank, documented package workbook to start a new package", this::blank),
                new WebServer.Route(io.javalin.http.HandlerType.POST, "/api/templates/import", Role.EDITOR,
                        "Import a package (multipart field 'file': .xlsx workbook or JSON; publish=true to publish);"
                                + " all or nothing: 400 lists every error with sheet/row/column; same version again 200,"
                                + " same version with other content 409", this::importPackage),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/versions", Role.READER,
                        "Every version of a package, oldest first", this::versions),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/versions/{version}", Role.READER,
                        "A package version as JSON", this::version),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/versions/{version}/export",
                        Role.READER, "Export a package version (format=xlsx, the default, or json)", this::export),
                new WebServer.Route(io.javalin.http.HandlerType.POST, "/api/templates/{code}/versions/{version}/publish",
                        Role.EDITOR, "Publish a version as the national standard (central agency)", this::publish),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/diff", Role.READER,
                        "Fields, dossier components, fees and procedure data added/removed/changed between two versions (from, to)",
                        this::diff),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/adoptions", Role.READER,
                        "Localities' adoptions of a package", this::adoptions),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/adoptions/{locality}",
                        Role.READER, "One locality's adoption with its effective package", this::adoption),
                new WebServer.Route(io.javalin.http.HandlerType.PUT, "/api/templates/{code}/adoptions/{locality}",
                        Role.EDITOR, "Adopt a published version with local overrides (agencyCode, processingDays not longer"
                        + " than the standard, feeAmounts, helpTexts); other overrides are refused with the reason", this::adopt),
                new WebServer.Route(io.javalin.http.HandlerType.POST, "/api/templates/{code}/adoptions/{locality}/upgrade",
                        Role.EDITOR, "Move an adoption to another central version keeping its overrides; 409 lists the"
                        + " conflicts to resolve (send overrides to resolve them)", this::upgrade),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/deviations", Role.READER,
                        "Which localities deviate from the national standard and how", this::deviations),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/deviations.xlsx", Role.READER,
                        "The deviation report as a workbook", this::deviationsXlsx),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/forms/{form}.docx", Role.READER,
                        "A printable form (DOCX) with the national header (version, locality optional)", this::docx),
                new WebServer.Route(io.javalin.http.HandlerType.GET, "/api/templates/{code}/forms/{form}/formjs", Role.READER,
                        "A form as a bpmn.io form-js schema (version, locality optional)", this::formJs));
    }

    void list(Context ctx) {
        ctx.json(templates.list());
    }

    void blank(Context ctx) {
        attachment(ctx, XLSX, "procedo-goi-mau-trong.xlsx", out -> new PackageWorkbookWriter().write(null, out));
    }

    void importPackage(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        long max = templates.limits().maxBytes();
        if (length != null && !length.isBlank() && Long.parseLong(length.trim()) > max + 64 * 1024) {
            tooLarge(ctx, max);
            return;
        }
        boolean publish = "true".equalsIgnoreCase(ctx.queryParam("publish"));
        try (InputStream in = upload(ctx)) {
            var result = templates.importFile(in);
            if (publish) {
                templates.publish(result.version().code(), result.version().version());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("created", result.created());
            body.put("version", publish ? templates.versions(result.version().code()).stream()
                    .filter(v -> v.version().equals(result.version().version())).findFirst().orElse(result.version())
                    : result.version());
            ctx.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).json(body);
        } catch (TemplateImportException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("message", "The package was not imported: " + e.errors().size() + " problem(s); nothing was written");
            body.put("errors", e.errors());
            ctx.status(HttpStatus.BAD_REQUEST).json(body);
        }
    }

    private static void tooLarge(Context ctx, long max) {
        Bodies.discard(ctx);
        ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("status", 413, "message",
                "The file is larger than " + max / (1024 * 1024) + " MiB", "errors", List.of()));
    }

    /** The uploaded file: the multipart field 'file' (or the only file), else the raw body. */
    private InputStream upload(Context ctx) throws IOException {
        if (ctx.isMultipartFormData()) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                List<UploadedFile> files = ctx.uploadedFiles();
                if (files.size() != 1) {
                    throw InvalidInputException.of("file", "upload the package as the multipart field 'file'");
                }
                file = files.get(0);
            }
            return file.content();
        }
        return ctx.req().getInputStream();
    }

    void versions(Context ctx) {
        ctx.json(templates.versions(ctx.pathParam("code")));
    }

    void version(Context ctx) {
        ctx.json(templates.get(ctx.pathParam("code"), ctx.pathParam("version")));
    }

    void export(Context ctx) {
        TemplatePackage p = templates.get(ctx.pathParam("code"), ctx.pathParam("version"));
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("xlsx");
        String base = p.code() + "-" + p.version();
        switch (format) {
            case "xlsx" -> attachment(ctx, XLSX, base + ".xlsx", out -> new PackageWorkbookWriter().write(p, out));
            case "json" -> attachment(ctx, "application/json", base + ".json", out -> PackageJson.write(p, out));
            default -> throw InvalidInputException.of("format", "must be xlsx or json");
        }
    }

    void publish(Context ctx) {
        ctx.json(templates.publish(ctx.pathParam("code"), ctx.pathParam("version")));
    }

    void diff(Context ctx) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "is required: the two versions to compare");
        }
        ctx.json(templates.diff(ctx.pathParam("code"), from, to));
    }

    void adoptions(Context ctx) {
        ctx.json(templates.adoptions(ctx.pathParam("code")));
    }

    void adoption(Context ctx) {
        Adoption adoption = templates.adoption(ctx.pathParam("locality"), ctx.pathParam("code"));
        TemplatePackage standard = templates.get(adoption.templateCode(), adoption.centralVersion());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("adoption", adoption);
        body.put("standard", standard);
        body.put("effective", adoption.overrides().applyTo(standard));
        ctx.json(body);
    }

    void adopt(Context ctx) {
        JsonNode body = Json.read(json, ctx.body(), JsonNode.class);
        JsonNode version = body.get("centralVersion");
        if (version == null || !version.isTextual() || version.asText().isBlank()) {
            throw InvalidInputException.of("centralVersion", "is required: the published version to adopt");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("centralVersion", "overrides", "revision").contains(name)) {
                throw InvalidInputException.of(name, "unknown field (centralVersion, overrides, revision)");
            }
        });
        Overrides overrides = OverridesReader.read(body.get("overrides"));
        int revision = body.has("revision") ? body.get("revision").asInt() : 0;
        ctx.json(templates.adopt(ctx.pathParam("locality"), ctx.pathParam("code"), version.asText(), overrides, revision));
    }

    void upgrade(Context ctx) {
        JsonNode body = Json.read(json, ctx.body(), JsonNode.class);
        JsonNode to = body.get("toVersion");
        if (to == null || !to.isTextual() || to.asText().isBlank()) {
            throw InvalidInputException.of("toVersion", "is required: the central version to move to");
        }
        Overrides resolved = body.has("overrides") ? OverridesReader.read(body.get("overrides")) : null;
        try {
            ctx.json(templates.upgrade(ctx.pathParam("locality"), ctx.pathParam("code"), to.asText(), resolved));
        } catch (UpgradeConflictException e) {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("status", 409);
            conflict.put("message", e.getMessage());
            conflict.put("errors", List.of());
            conflict.put("conflicts", e.conflicts());
            ctx.status(HttpStatus.CONFLICT).json(conflict);
        }
    }

    void deviations(Context ctx) {
        ctx.json(templates.deviations(ctx.pathParam("code")));
    }

    void deviationsXlsx(Context ctx) {
        var report = templates.deviations(ctx.pathParam("code"));
        attachment(ctx, XLSX, "sai-khac-" + report.templateCode() + ".xlsx", out -> new DeviationWorkbook().write(report, out));
    }

    private record Located(TemplatePackage pkg, FormTemplate form) {
    }

    private Located form(Context ctx) {
        TemplatePackage p = templates.effective(ctx.pathParam("code"), ctx.queryParam("version"), ctx.queryParam("locality"));
        String code = ctx.pathParam("form");
        FormTemplate form = p.form(code).orElseThrow(() -> new NotFoundException("template " + p.code() + " version "
                + p.version() + " has no form '" + code + "'"));
        return new Located(p, form);
    }

    void docx(Context ctx) {
        Located l = form(ctx);
        attachment(ctx, DOCX, l.form().code() + ".docx", out -> new FormDocument().write(l.pkg(), l.form(), out));
    }

    void formJs(Context ctx) {
        Located l = form(ctx);
        ctx.json(FormJsSchema.of(l.pkg(), l.form(), templates.provinces()));
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static void attachment(Context ctx, String type, String fileName, Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ctx.contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .result(out.toByteArray());
    }
}
