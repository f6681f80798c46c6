package procedo.modeler;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import procedo.catalog.persistence.DatabaseSettings;

/**
 * (The pattern of the catalog's tests, whose test classes are not exported.)
 * The databases every repository test runs on: a private in-memory H2, and a fresh schema in the real PostgreSQL
 * server named by {@code PROCEDO_TEST_PG_URL} (started by {@code ./procedo test}). A missing PostgreSQL is a
 * failure, never a skip.
 */
public enum TestDatabase {
    H2, POSTGRESQL;

    public static final String PG_URL_VARIABLE = "PROCEDO_TEST_PG_URL";

    public static Stream<TestDatabase> all() {
        return Stream.of(values());
    }

    /** A new, empty database (schema) of this kind. */
    public Instance create() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (this == H2) {
            DatabaseSettings settings = DatabaseSettings.inMemory(name);
            return new Instance(settings, () -> execute(settings.jdbcUrl() + ";USER=sa", "shutdown"));
        }
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(PG_URL_VARIABLE + " is not set: the PostgreSQL tests need a real server."
                    + " Run the tests with ./procedo test, which starts one.");
        }
        execute(url, "create schema " + name);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new Instance(new DatabaseSettings(schemaUrl, null, null),
                () -> execute(url, "drop schema " + name + " cascade"));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }

    /** One database for one test; {@link #close()} drops it. */
    public record Instance(DatabaseSettings settings, Runnable dropper) implements AutoCloseable {
        @Override
        public void close() {
            dropper.run();
        }
    }
}
