package procedo.modeler.web.audit;

import procedo.modeler.web.http.Language;
import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.ADMIN;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditFilter;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.audit.ChainVerification;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.excel.AuditWorkbook;
import procedo.catalog.text.Text;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.catalog.text.Messages;

/**
 * The audit trail over HTTP: its records newest first with filters (who, action, from/to dates as
 * {@code dd/MM/yyyy} or ISO, procedure, province), the same records as a streamed workbook, and the verification
 * of the hash chain. A date alone means that day in Asia/Ho_Chi_Minh: {@code from} its start, {@code to} its end.
 */
public final class AuditRoutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final AuditTrail audit;

    public AuditRoutes(AuditTrail audit) {
        this.audit = audit;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/audit", ADMIN, "Audit records, newest first (who, action, from, to, procedure,"
                        + " province; offset, limit)", this::list),
                Route.get("/api/audit.xlsx", ADMIN, "The audit records matching the same filters as a workbook",
                        this::xlsx),
                Route.get("/api/audit/verify", ADMIN,
                        "Walk the audit trail's hash chain: intact with its count, or the first broken record",
                        this::verify));
    }

    private void list(Context ctx) {
        Params q = new Params(ctx);
        AuditFilter filter = filter(q);
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = q.integer("limit", 50, 1, AuditTrail.MAX_PAGE);
        q.check();
        ctx.json(audit.find(filter, offset, limit));
    }

    private void xlsx(Context ctx) throws IOException {
        Params q = new Params(ctx);
        AuditFilter filter = filter(q);
        q.check();
        ctx.contentType(Downloads.XLSX).header("Content-Disposition", "attachment; filename=\"audit.xlsx\"");
        try (OutputStream out = ctx.outputStream()) {
            AuditWorkbook.write(audit, filter, out);
        }
    }

    private void verify(Context ctx) {
        ChainVerification result = audit.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", result.intact());
        body.put("records", result.intactRecords());
        body.put("brokenAt", result.intact() ? null : result.firstBreak().sequence());
        body.put("problem", result.intact() ? null : Language.render(ctx, result.firstBreak().problem()));
        body.put("message", Language.render(ctx, result.text()));
        ctx.json(body);
    }

    private static AuditFilter filter(Params q) {
        return new AuditFilter(q.text("who"), action(q), from(q), to(q), q.text("procedure"), q.text("province"));
    }

    private static String action(Params q) {
        AuditAction action = q.choice("action", AuditAction.class);
        return action == null ? null : action.name();
    }

    private static Instant from(Params q) {
        String text = q.text("from");
        if (text == null) {
            return null;
        }
        LocalDate day = day(text);
        return day != null ? day.atStartOfDay(Messages.VIET_NAM).toInstant() : instant("from", text);
    }

    /** The end of the period, exclusive: a date alone includes the whole day. */
    private static Instant to(Params q) {
        String text = q.text("to");
        if (text == null) {
            return null;
        }
        LocalDate day = day(text);
        return day != null ? day.plusDays(1).atStartOfDay(Messages.VIET_NAM).toInstant() : instant("to", text);
    }

    private static LocalDate day(String text) {
        for (DateTimeFormatter format : List.of(DAY, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next form, then an instant
            }
        }
        return null;
    }

    private static Instant instant(String name, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, Text.of("catalog.audit.instant", text));
        }
    }
}
