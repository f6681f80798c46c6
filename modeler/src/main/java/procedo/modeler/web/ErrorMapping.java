package procedo.modeler.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import java.util.Locale;
import procedo.catalog.account.SignInRefusedException;
import procedo.engine.WorkflowConflictException;
import procedo.engine.WorkflowException;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.WorkflowValidationException;
import procedo.engine.calendar.CalendarGapException;
import procedo.modeler.dossier.LookupRefusedException;
import procedo.modeler.model.StaleModelException;
import procedo.modeler.workflow.DeployRefusedException;
import procedo.modeler.workflow.EngineSentences;
import procedo.templates.adoption.UpgradeConflictException;
import procedo.templates.load.TemplateImportException;
import procedo.modeler.web.http.BodyTooLargeException;
import procedo.modeler.web.http.RefusedRequestException;
import procedo.modeler.web.http.Bodies;
import procedo.modeler.web.http.Versions;
import procedo.modeler.web.http.ApiError;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.guard.UploadSlots;

/**
 * Every exception family and its HTTP answer, in one place: bad input 400 with each field and reason, unknown
 * things 404, collisions 409, bodies over a limit 413, and the web layer's own refusals with their status
 * ({@link RefusedRequestException}). Every sentence is rendered in the reader's language; a browser asking for an
 * address that is no page gets the {@link NotFoundPage} instead of JSON. Only what no family covers is an internal
 * error, answered 500 and logged at ERROR with its stack trace; the expected refusals are not logged.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /** Registers the mapping on a server being configured. */
    public static void register(JavalinConfig config) {
        var routes = config.routes;
        routes.exception(InvalidInputException.class, (e, ctx) -> invalid(ctx, e.problems().stream()
                .map(p -> fieldError(ctx, p)).toList()));
        routes.exception(WorkflowValidationException.class, (e, ctx) -> invalid(ctx,
                EngineSentences.text(e.text()), e.problems().stream()
                .map(p -> fieldError(ctx, EngineSentences.problem(p))).toList()));
        routes.exception(DeployRefusedException.class, (e, ctx) -> invalid(ctx, e.text(), e.problems().stream()
                .map(p -> fieldError(ctx, p)).toList()));
        routes.exception(TemplateImportException.class, (e, ctx) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("message", Language.render(ctx, e.text()));
            body.put("code", e.text().key());
            body.put("errors", e.errors(Language.of(ctx)));
            ctx.status(HttpStatus.BAD_REQUEST).json(body);
        });
        routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.text()));
        routes.exception(LookupRefusedException.class, (e, ctx) -> {
            if (e.retryAfter() == null) {
                error(ctx, 404, e.text());
            } else {
                long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), e.retryAfter())
                        .toSeconds() + 1);
                ctx.header("Retry-After", Long.toString(seconds));
                error(ctx, 429, e.text());
            }
        });
        routes.exception(NotAllowedException.class, (e, ctx) -> error(ctx, 403, e.text()));
        routes.exception(SignInRefusedException.class, (e, ctx) -> {
            if (e.retryAfter() == null) {
                error(ctx, 401, e.text());
            } else {
                long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), e.retryAfter())
                        .toSeconds() + 1);
                ctx.header("Retry-After", Long.toString(seconds));
                error(ctx, 429, e.text());
            }
        });
        routes.exception(WorkflowNotFoundException.class, (e, ctx) -> error(ctx, 404, EngineSentences.text(e.text())));
        routes.exception(CalendarGapException.class, (e, ctx) -> error(ctx, 404,
                Text.of("engine.calendar.gap", e.year(), e.source())));
        routes.exception(ConflictException.class, (e, ctx) -> error(ctx, 409, e.text()));
        routes.exception(WorkflowConflictException.class, (e, ctx) -> error(ctx, 409,
                EngineSentences.text(e.text())));
        routes.exception(WorkflowException.class, (e, ctx) -> {
            if (e.getCause() != null) {
                LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e.getCause());
            }
            error(ctx, 409, EngineSentences.text(e.text()));
        });
        routes.exception(StaleModelException.class, (e, ctx) -> ctx.status(HttpStatus.CONFLICT)
                .header("ETag", Versions.etag(e.currentVersion()))
                .json(new StaleModel(409, Language.render(ctx, e.text()), e.text().isVerbatim() ? null
                        : e.text().key(), List.of(), e.currentVersion())));
        routes.exception(UpgradeConflictException.class, (e, ctx) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            Locale locale = Language.of(ctx);
            body.put("status", 409);
            body.put("message", Messages.render(e.text(), locale));
            body.put("code", e.text().key());
            body.put("errors", List.of());
            body.put("conflicts", e.conflicts().stream().map(c -> new UpgradeConflict(c.part(),
                    Messages.render(c.label(), locale), c.local(), c.previous(), c.standard(), Messages.render(c.reason(), locale),
                    c.reason().key())).toList());
            ctx.status(HttpStatus.CONFLICT).json(body);
        });
        routes.exception(BodyTooLargeException.class, (e, ctx) -> {
            Bodies.discard(ctx);
            error(ctx, 413, e.text());
        });
        routes.exception(RefusedRequestException.class, (e, ctx) -> error(ctx, e.status(), e.text()));
        routes.exception(UploadSlots.UploadsBusyException.class, (e, ctx) -> {
            Bodies.discard(ctx);
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            error(ctx, 503, e.text());
        });
        // Procedo's own code never throws NotFoundResponse: it is Javalin's answer to an address no route has
        routes.exception(io.javalin.http.NotFoundResponse.class, (e, ctx) -> {
            if (NotFoundPage.suits(ctx)) {
                NotFoundPage.answer(ctx);
            } else {
                error(ctx, 404, Text.of("modeler.error.noRoute", ctx.method().name(), ctx.path()));
            }
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                // a body over the server's limit is still arriving: read it away so that the answer reaches the client
                Bodies.discard(ctx);
            }
            error(ctx, e.getStatus(), e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()
                    ? Text.of("modeler.request.bodyTooLarge", WebServer.MAX_REQUEST_BYTES / (1024 * 1024))
                    : Text.of("modeler.request.refused", e.getStatus()));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            java.util.Optional<java.sql.SQLException> unreachable = unreachableDatabase(e);
            if (unreachable.isPresent()) {
                LOG.warn("{} {}: the database cannot be reached: {}", ctx.method(), ctx.path(),
                        unreachable.get().getMessage());
                ctx.header("Retry-After", "5");
                if (ctx.path().equals("/api/health")) {
                    // the health check could not even see who asks: it still says what it would have found
                    ctx.status(503).json(java.util.Map.of("status", "unavailable", "database", "down",
                            "reason", String.valueOf(unreachable.get().getMessage())));
                } else {
                    error(ctx, 503, Text.of("modeler.error.databaseDown"));
                }
                return;
            }
            String incident = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()
                    & 0xffffffffL);
            LOG.error("{} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
            error(ctx, 500, Text.of("modeler.error.internal", incident));
        });
        routes.error(404, "application/json", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, Text.of("modeler.error.noRoute", ctx.method().name(), ctx.path()));
            }
        });
    }

    /** The body of a refused model save: the reason and the version to reload. */
    record StaleModel(int status, String message, String code, List<ApiError.FieldError> errors,
                      int currentVersion) {
    }

    private static void invalid(Context ctx, List<ApiError.FieldError> errors) {
        invalid(ctx, Text.of("catalog.problem.invalidInput"), errors);
    }

    /** Bad input, with {@code summary} saying what could not be done ("the model cannot be deployed"). */
    private static void invalid(Context ctx, Text summary, List<ApiError.FieldError> errors) {
        discardUnread(ctx);
        ctx.status(400).json(new ApiError(400, Language.render(ctx, summary), summary.key(), errors));
    }

    /**
     * A problem as the reader sees it: the place by its label — the labels of the module whose sentence it is come
     * first, as that module names its own inputs — and what is wrong in their language.
     */
    private static ApiError.FieldError fieldError(Context ctx, Problem problem) {
        Locale locale = Language.of(ctx);
        String key = problem.text().key();
        String label = problem.label() != null ? Messages.render(problem.label(), locale)
                : Messages.label(problem.location(), locale, key.substring(0, Math.max(0, key.indexOf('.'))))
                        .orElse(null);
        return new ApiError.FieldError(problem.location(), label, Messages.render(problem.text(), locale),
                problem.text().isVerbatim() ? null : problem.text().key());
    }

    /**
     * The connection failure behind {@code e}, if it is one (SQL state class 08, or the pool finding no working
     * connection): the server is not at fault in a way a retry will not mend, so it answers 503, not 500.
     */
    static java.util.Optional<java.sql.SQLException> unreachableDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return java.util.Optional.of((java.sql.SQLException) t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    /** A refusal sent before the handler read a body within the limit: the body is read away so the answer arrives. */
    private static void discardUnread(Context ctx) {
        if (ctx.req().getContentLengthLong() <= WebServer.MAX_REQUEST_BYTES) {
            Bodies.discard(ctx);
        }
    }

    private static void error(Context ctx, int status, Text message) {
        discardUnread(ctx);
        ctx.status(status).json(new ApiError(status, Language.render(ctx, message),
                message.isVerbatim() ? null : message.key(), List.of()));
    }

    /** A refusal whose words read the same in every language (what a library or the engine said). */
    private static void error(Context ctx, int status, String message) {
        error(ctx, status, Text.verbatim(message));
    }

    /**
     * One override that keeps an adoption from moving to a new central version, as its reader sees it: the part of
     * the overrides ({@code part}, as requests name it), how a person names it, the local value, the standard's value
     * in the version adopted now ({@code previous}) and in the new one, why it does not fit, and the sentence's key.
     */
    record UpgradeConflict(String part, String label, String local, String previous, String standard, String message,
                           String code) {
    }
}
