package procedo.catalog.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** How to reach the database: an H2 file under the data directory by default, or PostgreSQL via a JDBC URL. */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported database URL (H2 or PostgreSQL only): " + jdbcUrl);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    private static final String FILE_PREFIX = "jdbc:h2:file:";

    /** The name of the embedded database in its data folder (H2 adds {@code .mv.db}). */
    public static final String EMBEDDED_NAME = "procedo";

    /**
     * The embedded default: an H2 file database {@code procedo.mv.db} in {@code dataDirectory}, opened by one
     * process at a time (see {@link DataFolderLock}). Every commit is written to the file before it returns
     * ({@code WRITE_DELAY=0}; H2's default holds commits in memory for up to half a second), so a write that was
     * acknowledged survives the process being killed.
     */
    public static DatabaseSettings embedded(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve(EMBEDDED_NAME);
        return new DatabaseSettings(FILE_PREFIX + file + ";WRITE_DELAY=0", "sa", "");
    }

    /** The data folder of an embedded H2 file database; empty for PostgreSQL and in-memory databases. */
    public Optional<Path> dataFolder() {
        if (!jdbcUrl.startsWith(FILE_PREFIX)) {
            return Optional.empty();
        }
        int semicolon = jdbcUrl.indexOf(';');
        String file = semicolon < 0 ? jdbcUrl.substring(FILE_PREFIX.length())
                : jdbcUrl.substring(FILE_PREFIX.length(), semicolon);
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    /** A private in-memory H2 database, gone when closed. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL without its password, for logs. */
    public String describe() {
        int semicolon = jdbcUrl.indexOf(';');
        return semicolon < 0 ? jdbcUrl : jdbcUrl.substring(0, semicolon);
    }
}
