package procedo.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database for the engine's tests: a private in-memory H2, or a new schema in the real PostgreSQL server
 * named by {@code PROCEDO_TEST_PG_URL}. A missing PostgreSQL fails the test; it is never skipped.
 */
public enum EngineDatabase {
    H2, POSTGRESQL;

    /** An open pool on a new, empty database; closing it drops the database. */
    public Pool create() {
        String name = "e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(10);
        if (this == H2) {
            config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
            return new Pool(new HikariDataSource(config), () -> { });
        }
        String url = System.getenv("PROCEDO_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PROCEDO_TEST_PG_URL is not set: the PostgreSQL tests need a real "
                    + "server. Run the tests with ./procedo test, which starts one.");
        }
        execute(url, "create schema " + name);
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
        return new Pool(new HikariDataSource(config), () -> execute(url, "drop schema " + name + " cascade"));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }

    /** A connection pool on one test database. */
    public record Pool(HikariDataSource dataSource, Runnable dropper) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
            dropper.run();
        }
    }
}
