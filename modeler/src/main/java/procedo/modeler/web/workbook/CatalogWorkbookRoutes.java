package procedo.modeler.web.workbook;

import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.SIGNED_IN;


import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import procedo.catalog.account.Actor;
import java.util.concurrent.atomic.AtomicBoolean;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.excel.CatalogImportPreviews;
import procedo.catalog.excel.CatalogWorkbookForm;
import procedo.catalog.excel.CatalogWorkbookImport;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.text.Messages;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.BodyTooLargeException;
import procedo.modeler.web.http.Bodies;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;

/**
 * The catalog as a workbook: export (in Vietnamese, or with {@code form=codes} in the code form of earlier versions),
 * and an all-or-nothing import of an uploaded workbook in either form (the raw XLSX as the request body, or a
 * multipart form with a {@code file} field). The import reads the request stream itself,
 * bounded by {@link #MAX_IMPORT_BYTES}, so the global request limit ({@code WebServer.MAX_REQUEST_BYTES}, which
 * Javalin applies when it buffers a body) does not apply to this route.
 */
public final class CatalogWorkbookRoutes {

    /** Largest workbook the import route accepts (bytes); larger uploads get 413. */
    static final long MAX_IMPORT_BYTES = 100L * 1024 * 1024;

    /** Writes the catalog's procedures that {@code withdrawn} admits as a workbook in {@code form}; returns the rows. */
    @FunctionalInterface
    public interface Export {
        long write(OutputStream out, WithdrawnFilter withdrawn, CatalogWorkbookForm form);
    }

    /**
     * The catalog workbook import: what it would change (the checked workbook kept under a token for the person who
     * asked), applying a previewed workbook by its token, and applying a workbook sent.
     */
    public interface Imports {
        CatalogImportPreviews.Kept preview(Path file, CatalogWorkbookImport.Missing missing, Actor actor);

        CatalogWorkbookImport.Result applyPreviewed(String token, Actor actor);

        CatalogWorkbookImport.Result apply(Path file, CatalogWorkbookImport.Missing missing, Actor actor);
    }

    private final Export export;
    private final Imports importer;
    /** One catalog import at a time: a second one sent meanwhile is refused (409), not run against the first. */
    private final AtomicBoolean importing = new AtomicBoolean();

    public CatalogWorkbookRoutes(Export export, Imports importer) {
        this.export = export;
        this.importer = importer;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/catalog/export.xlsx", SIGNED_IN, "The catalog as a workbook (agencies, procedures,"
                        + " dossier, fees, activities, usage) in Vietnamese with a guide sheet, or form=codes for English"
                        + " sheet names, snake_case headers and codes; withdrawn procedures with withdrawn=include or only",
                        this::export),
                Route.upload("/api/catalog/import", ANALYST, "Import a catalog workbook, all or nothing (raw XLSX body or"
                        + " multipart 'file', up to 100 MiB): new codes are added, named procedures updated (a new version"
                        + " each), those not named withdrawn only with removeMissing=true; preview=true answers the same"
                        + " {added, changed[{code, changes[{field, label, before, after}]}], removed, unchanged} and writes"
                        + " nothing, with a token that applies that preview once (token=..., no body; the same user, within"
                        + " 30 minutes; 409 when the catalog changed since); errors by sheet/row/column", this::importWorkbook));
    }

    private void export(Context ctx) throws IOException {
        Params q = new Params(ctx);
        WithdrawnFilter withdrawn = q.choice("withdrawn", WithdrawnFilter.class);
        CatalogWorkbookForm form = q.choice("form", CatalogWorkbookForm.class);
        q.check();
        form = form == null ? CatalogWorkbookForm.VIETNAMESE : form;
        String file = form == CatalogWorkbookForm.VIETNAMESE ? "danh-muc-thu-tuc.xlsx" : "catalog.xlsx";
        ctx.contentType(Downloads.XLSX).header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        try (OutputStream out = ctx.outputStream()) {
            export.write(out, withdrawn == null ? WithdrawnFilter.EXCLUDE : withdrawn, form);
        }
    }

    private void importWorkbook(Context ctx) throws IOException {
        Params q = new Params(ctx);
        boolean preview = q.flag("preview");
        String token = q.text("token");
        Actor actor = Params.actor(ctx);
        CatalogWorkbookImport.Missing missing = q.flag("removeMissing") ? CatalogWorkbookImport.Missing.REMOVE
                : CatalogWorkbookImport.Missing.KEEP;
        q.check();
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_IMPORT_BYTES) {
            throw tooLarge();
        }
        if (!importing.compareAndSet(false, true)) {
            Bodies.discard(ctx);
            throw new ConflictException(Text.of("modeler.workbook.busy"));
        }
        try {
            if (token != null && !preview) {
                Bodies.discard(ctx);
                ctx.status(HttpStatus.CREATED).json(answer(importer.applyPreviewed(token, actor), Language.of(ctx)));
            } else if (preview) {
                CatalogImportPreviews.Kept kept = store(ctx, file -> importer.preview(file, missing, actor));
                Map<String, Object> body = answer(kept.result(), Language.of(ctx));
                body.put("token", kept.token());
                ctx.status(HttpStatus.OK).json(body);
            } else {
                CatalogWorkbookImport.Result result = store(ctx, file -> importer.apply(file, missing, actor));
                ctx.status(HttpStatus.CREATED).json(answer(result, Language.of(ctx)));
            }
        } finally {
            importing.set(false);
        }
    }

    /** Stores the uploaded workbook in a temporary file while {@code run} reads it. */
    private static <T> T store(Context ctx, Function<Path, T> run) throws IOException {
        Path file = Files.createTempFile("procedo-import", ".xlsx");
        try {
            String type = ctx.contentType() == null ? "" : ctx.contentType();
            if (type.startsWith("multipart/form-data")) {
                UploadedFile upload = ctx.uploadedFile("file");
                if (upload == null) {
                    throw InvalidInputException.of("file", Text.of("modeler.workbook.fileField"));
                }
                if (upload.size() > MAX_IMPORT_BYTES) {
                    throw tooLarge();
                }
                try (InputStream in = upload.content()) {
                    Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (!copyBounded(ctx.req().getInputStream(), file)) {
                throw tooLarge();
            }
            if (Files.size(file) == 0) {
                throw InvalidInputException.of("body", Text.of("modeler.workbook.emptyBody"));
            }
            return run.apply(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The answer of a preview or an import: the same shape, labels in the reader's language. */
    private static Map<String, Object> answer(CatalogWorkbookImport.Result result, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("added", result.added());
        body.put("changed", result.changed().stream().map(p -> Map.of("code", p.code(), "changes", p.changes().stream()
                .map(c -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("field", c.field());
                    change.put("label", Messages.render(c.label(), locale));
                    change.put("before", c.before());
                    change.put("after", c.after());
                    return change;
                }).toList())).toList());
        body.put("removed", result.removed());
        body.put("unchanged", result.unchanged());
        body.put("agencies", result.agencies());
        body.put("procedures", result.procedures());
        body.put("rows", result.rows());
        return body;
    }

    /** Copies at most {@link #MAX_IMPORT_BYTES}; false when the stream is longer. */
    private static boolean copyBounded(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_IMPORT_BYTES) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static BodyTooLargeException tooLarge() {
        return BodyTooLargeException.over("workbook", MAX_IMPORT_BYTES);
    }
}
