package procedo.modeler.operations;

import procedo.catalog.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.persistence.DataFolderLock;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.procedure.ProcedureFilter;

/**
 * Backup and restore of the embedded H2 database. A backup is H2's own {@code BACKUP TO}: a zip holding
 * {@code procedo.mv.db}, consistent (H2 copies one committed state of its multi-version store) and made while the
 * database is in use. It is written beside its destination and moved there when complete, so an interrupted backup
 * never leaves a truncated file under the requested name. A restore replaces the data folder's database in one
 * rename, after the backup has been opened and migrated on its own, and keeps the previous database file aside.
 * PostgreSQL is backed up with its own tools ({@code pg_dump}, {@code pg_basebackup}).
 */
public final class DatabaseBackup {

    private static final String DATABASE_FILE = DatabaseSettings.EMBEDDED_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final DatabaseSettings settings;

    /** Backups of the database that {@code dataSource} reaches, described by {@code settings}. */
    public DatabaseBackup(DataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** What a restore did: the database now in place and where the one it replaced was kept. */
    public record Restored(Path database, Optional<Path> previous, long procedures) {
    }

    /** Writes a consistent backup of the running database to {@code out} (a zip). */
    public void backupTo(Path out) {
        if (settings.dataFolder().isEmpty()) {
            throw new ConflictException(Text.of("modeler.backup.notEmbedded", settings.describe()));
        }
        try (Connection connection = dataSource.getConnection()) {
            write(connection, out);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Backs up the database of a data folder that no process holds: takes the folder for the time of the backup
     * (refused with {@code DataFolderInUseException} while another process holds it) and opens the file as it is,
     * without migrating it.
     */
    public static void backupFolder(Path folder, Path out) {
        DatabaseSettings embedded = DatabaseSettings.embedded(folder);
        if (!Files.isRegularFile(folder.resolve(DATABASE_FILE))) {
            throw new NotFoundException("There is no Procedo database in " + folder.toAbsolutePath()
                    + " (no " + DATABASE_FILE + ").");
        }
        try (DataFolderLock ignored = DataFolderLock.acquire(folder,
                DataFolderLock.Holder.thisProcess(DataFolderLock.thisCommand()));
             Connection connection = DriverManager.getConnection(embedded.jdbcUrl() + ";IFEXISTS=TRUE",
                     embedded.user(), embedded.password())) {
            write(connection, out);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }

    private static void write(Connection connection, Path out) throws SQLException {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try {
                Files.delete(partial); // BACKUP TO creates the file itself
                try (Statement statement = connection.createStatement()) {
                    statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target, e);
        }
    }

    /**
     * Replaces the database of {@code folder} with the one in {@code backup}. Refused while another process holds
     * the folder. The backup is first unpacked into a staging folder and opened there (which migrates it to this
     * version's schema and fails on anything that is not a Procedo database); only then is it renamed over the
     * folder's database, whose previous file stays beside it as {@code procedo.mv.db.before-restore-<time>}.
     */
    public static Restored restore(Path backup, Path folder) {
        if (!Files.isRegularFile(backup)) {
            throw new NotFoundException("No backup file " + backup.toAbsolutePath());
        }
        try (DataFolderLock lock = DataFolderLock.acquire(folder,
                DataFolderLock.Holder.thisProcess(DataFolderLock.thisCommand()))) {
            Path real = lock.folder();
            Path staging = real.resolve("restore-staging");
            deleteTree(staging);
            Files.createDirectories(staging);
            try {
                unpack(backup, staging.resolve(DATABASE_FILE));
                long procedures;
                try (JooqCatalogStore store = JooqCatalogStore.open(DatabaseSettings.embedded(staging))) {
                    procedures = store.procedures().find(ProcedureFilter.none(), 0, 1).total();
                } catch (RuntimeException e) {
                    throw InvalidInputException.of("backup", backup + " does not hold a Procedo database this"
                            + " version can open: " + e.getMessage());
                }
                Path database = real.resolve(DATABASE_FILE);
                Optional<Path> previous = Optional.empty();
                if (Files.exists(database)) {
                    Path aside = real.resolve(DATABASE_FILE + ".before-restore-" + LocalDateTime.now().format(STAMP));
                    keepAside(database, aside);
                    previous = Optional.of(aside);
                }
                Files.move(staging.resolve(DATABASE_FILE), database, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                return new Restored(database, previous, procedures);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("restore failed: " + e.getMessage(), e);
        }
    }

    /** A second name for the current file (a hard link), so that the rename over it loses nothing. */
    private static void keepAside(Path database, Path aside) throws IOException {
        try {
            Files.createLink(aside, database);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            Files.copy(database, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.copy(database, aside);
        }
    }

    private static void unpack(Path backup, Path database) throws IOException {
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(DATABASE_FILE)) {
                    Files.copy(zip, database, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw InvalidInputException.of("backup", backup + " is not a backup zip: " + e.getMessage());
        }
        if (!found) {
            throw InvalidInputException.of("backup", backup + " holds no " + DATABASE_FILE
                    + " (make backups with procedo backup)");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Copies a backup from a stream (as the server sends it) to {@code out}, completing it under its name last. */
    public static void save(InputStream backup, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try {
                Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target, e);
        }
    }
}
