package procedo.modeler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.catalog.error.ConflictException;
import procedo.catalog.persistence.DataFolderInUseException;
import procedo.catalog.persistence.DataFolderLock;
import procedo.modeler.operations.DatabaseBackup;

/**
 * {@code procedo backup --out FILE}: a consistent backup of the embedded database, also while the server runs. When
 * no process holds the data folder the command takes it and backs the file up itself; while a server holds it, the
 * command asks that server for the backup ({@code POST /api/database/backup}, the address the server recorded in
 * the folder's lock), because only the process that has the database open may read it.
 */
@Command(name = "backup", description = "Back up the embedded database to a zip (also while the server runs).")
public final class BackupCommand implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--out", required = true, description = "The backup file to write (a zip).")
    Path out;

    @Option(names = "--token", defaultValue = "${env:PROCEDO_TOKEN}",
            description = "API token sent to a running server as 'Authorization: Bearer' (env PROCEDO_TOKEN).")
    String token;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Path folder = database.settings().dataFolder().orElseThrow(() -> new ConflictException(
                "procedo backup copies the embedded H2 database; back PostgreSQL up with pg_dump or pg_basebackup."));
        String how;
        try {
            DatabaseBackup.backupFolder(folder, out);
            how = "";
        } catch (DataFolderInUseException e) {
            String server = e.holder().flatMap(DataFolderLock.Holder::server).orElseThrow(() -> e);
            fetchFrom(server);
            how = " through the server at " + server;
        }
        spec.commandLine().getOut().println("Backed up " + folder.toAbsolutePath() + how + " to " + out.toAbsolutePath()
                + " (" + size(out) + " bytes)");
    }

    private void fetchFrom(String server) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<InputStream> response = client.send(request(server + "/api/database/backup"),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the server at " + server + " answered " + response.statusCode()
                            + ": " + new String(body.readNBytes(2000), StandardCharsets.UTF_8));
                }
                DatabaseBackup.save(body, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the server at " + server + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The request to the running server; its credentials are added here, and a refusal is asked for in English. */
    private HttpRequest request(String uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri))
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
