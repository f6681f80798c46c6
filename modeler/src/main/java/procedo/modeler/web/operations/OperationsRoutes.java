package procedo.modeler.web.operations;

import static procedo.modeler.web.http.Access.ADMIN;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.modeler.operations.DatabaseBackup;
import procedo.modeler.operations.DatabaseHealth;
import procedo.modeler.web.http.Route;

/**
 * The health check ({@code 200 {"status": "ok"}} when a query succeeds, {@code 503} with the reason when the
 * database cannot be reached) and the online backup of the embedded database, streamed as the zip that
 * {@code procedo restore} reads.
 */
public final class OperationsRoutes {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DatabaseHealth health;
    private final DatabaseBackup backup;

    public OperationsRoutes(DatabaseHealth health, DatabaseBackup backup) {
        this.health = health;
        this.backup = backup;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/health", SIGNED_IN, "Health: 200 when the database answers a query, 503 with the"
                        + " reason when it cannot be reached", this::health),
                Route.post("/api/database/backup", ADMIN, "A consistent backup of the embedded H2 database, made"
                        + " while the server runs (zip; restore it with procedo restore)", this::backup));
    }

    private void health(Context ctx) {
        DatabaseHealth.Health state = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state.up() ? "ok" : "unavailable");
        body.put("database", state.up() ? "up" : "down");
        state.reason().ifPresent(reason -> body.put("reason", reason));
        ctx.status(state.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    private void backup(Context ctx) throws IOException {
        Path file = Files.createTempFile("procedo-backup", ".zip");
        try {
            backup.backupTo(file);
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        ctx.contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"procedo-backup-"
                        + LocalDateTime.now().format(STAMP) + ".zip\"")
                .result(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE));
    }
}
