package procedo.modeler.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import procedo.catalog.error.ConflictException;
import procedo.modeler.operations.DatabaseBackup;

/**
 * {@code procedo restore FILE}: replaces the embedded data folder's database with a backup. Refused while a server
 * (or any other command) holds the folder; the previous database file is kept beside the restored one.
 */
@Command(name = "restore", description = "Replace the embedded database with a backup (the server must be stopped).")
public final class RestoreCommand implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "A backup made by procedo backup.")
    Path backup;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Path folder = database.settings().dataFolder().orElseThrow(() -> new ConflictException(
                "procedo restore replaces the embedded H2 database; restore PostgreSQL with its own tools"
                        + " (pg_restore, or a base backup)."));
        DatabaseBackup.Restored restored = DatabaseBackup.restore(backup, folder);
        spec.commandLine().getOut().println("Restored " + restored.database() + " from " + backup.toAbsolutePath()
                + " (" + restored.procedures() + " procedures)"
                + restored.previous().map(p -> "; the previous database is kept as " + p).orElse(""));
    }
}
