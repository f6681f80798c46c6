package procedo.modeler.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Whether the database answers: a query through the application's own pool, waited for at most
 * {@link #MAX_WAIT}. Checks do not pile up while the database hangs: a caller arriving during a running check
 * waits for that one.
 */
public final class DatabaseHealth implements AutoCloseable {

    /** The longest a health check waits for the database. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "procedo-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Health> running;

    public DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The outcome of one check: the database answered, or why not. */
    public record Health(boolean up, Optional<String> reason) {

        static Health reachable() {
            return new Health(true, Optional.empty());
        }

        static Health unreachable(String reason) {
            return new Health(false, Optional.of(reason));
        }
    }

    /** Runs a query against the database now. */
    public Health check() {
        CompletableFuture<Health> check = current();
        try {
            return check.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.unreachable("the database did not answer within " + MAX_WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Health.unreachable(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unreachable("interrupted");
        }
    }

    private synchronized CompletableFuture<Health> current() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::query, checker);
        }
        return running;
    }

    private Health query() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) MAX_WAIT.toSeconds());
            try (ResultSet result = statement.executeQuery("select 1")) {
                return result.next() && result.getInt(1) == 1 ? Health.reachable()
                        : Health.unreachable("the database answered 'select 1' without a row");
            }
        } catch (SQLException | RuntimeException e) {
            return Health.unreachable(firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
