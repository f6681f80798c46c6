package procedo.catalog.persistence;

import java.nio.file.Path;
import java.util.Objects;

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

    /**
     * The embedded default: an H2 file database {@code procedo.mv.db} in {@code dataDirectory}. A second process
     * (a command while the server runs) connects through the first one's automatic server.
     */
    public static DatabaseSettings embedded(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve("procedo");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "");
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
