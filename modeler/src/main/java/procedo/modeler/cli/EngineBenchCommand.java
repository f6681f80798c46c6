package procedo.modeler.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import procedo.engine.camunda.EngineBenchmark;

/**
 * Cases per second through the five-task workflow on the bare Camunda engine (used through its task query, and
 * reading tasks by Procedo's lookup) and through Procedo's engine, on three fresh databases: in-memory H2 databases,
 * or new schemas in a PostgreSQL database (dropped afterwards).
 */
@Command(name = "bench-engine", description = "Benchmark the workflow engine: Procedo against bare Camunda.")
public final class EngineBenchCommand implements Callable<Integer> {

    @Option(names = "--cases", defaultValue = "2000", description = "Measured cases per engine (default 2000).")
    int cases;

    @Option(names = "--warmup", defaultValue = "200", description = "Warm-up cases per engine (default 200).")
    int warmup;

    @Option(names = "--slices", defaultValue = "20",
            description = "Turns each engine takes, the order changing from turn to turn (default 20).")
    int slices;

    @Option(names = "--threads", defaultValue = "1", description = "Threads driving cases at once (default 1).")
    int threads;

    @Option(names = "--database", defaultValue = "h2", description = "h2 (two in-memory databases) or postgresql.")
    String database;

    @Option(names = "--jdbc-url", defaultValue = "${env:PROCEDO_DATABASE_URL}",
            description = "PostgreSQL database in which three schemas are created for the run and dropped after it.")
    String jdbcUrl;

    @Option(names = "--database-user", defaultValue = "${env:PROCEDO_DATABASE_USER}")
    String user;

    @Option(names = "--database-password", defaultValue = "${env:PROCEDO_DATABASE_PASSWORD}")
    String password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String kind = database.toLowerCase(Locale.ROOT);
        if (!kind.equals("h2") && !kind.equals("postgresql")) {
            throw new ParameterException(spec.commandLine(), "--database must be h2 or postgresql, not '" + database + "'");
        }
        if (kind.equals("postgresql") && (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new ParameterException(spec.commandLine(),
                    "--database postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE");
        }
        EngineBenchmark.Options options;
        try {
            options = new EngineBenchmark.Options(kind.equals("h2") ? "H2 in memory" : "PostgreSQL", cases, warmup,
                    threads, slices);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<Database> databases = new ArrayList<>();
        try {
            databases.add(open(kind, "bench_" + run + "_bare"));
            databases.add(open(kind, "bench_" + run + "_lookup"));
            databases.add(open(kind, "bench_" + run + "_procedo"));
            if (kind.equals("postgresql")) {
                out.printf("PostgreSQL %s, schemas %s, %s and %s (dropped at the end)%n", version(databases.get(0)),
                        databases.get(0).name(), databases.get(1).name(), databases.get(2).name());
            }
            out.flush();
            EngineBenchmark.Result result = new EngineBenchmark(options).run(databases.get(0).pool(),
                    databases.get(1).pool(), databases.get(2).pool(), line -> {
                        out.println(line);
                        out.flush();
                    });
            out.print(EngineBenchmark.table(result));
            out.flush();
            if (result.bare().completedCases() != result.expectedCases()
                    || result.lookup().completedCases() != result.expectedCases()
                    || result.procedo().completedCases() != result.expectedCases()) {
                out.printf("NOT every case completed: expected %d per engine%n", result.expectedCases());
                return 1;
            }
        } finally {
            for (Database d : databases) {
                d.close();
            }
        }
        return 0;
    }

    private record Database(String name, HikariDataSource pool, Runnable dropper) {
        void close() {
            pool.close();
            dropper.run();
        }
    }

    private Database open(String kind, String name) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(threads + 4);
        config.setPoolName(name);
        if (kind.equals("h2")) {
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            config.setJdbcUrl(url);
            config.setUsername("sa");
            return new Database(name, new HikariDataSource(config), () -> execute(url, "sa", "", "shutdown"));
        }
        execute(jdbcUrl, user, password, "create schema " + name);
        config.setJdbcUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + name);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
            config.setPassword(password);
        }
        try {
            return new Database(name, new HikariDataSource(config),
                    () -> execute(jdbcUrl, user, password, "drop schema " + name + " cascade"));
        } catch (RuntimeException e) {
            execute(jdbcUrl, user, password, "drop schema " + name + " cascade");
            throw e;
        }
    }

    private static String version(Database d) {
        try (Connection c = d.pool().getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "?";
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = user == null || user.isBlank() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }
}
