package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.engine.StartCase;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.Application;
import procedo.modeler.workflow.StartFormSamples;

/**
 * The measured usage arrives by the feed only — a case event or the feed's own run — never by reading: cases
 * started straight on the engine (as another node or a load run would) show in the KPIs at once but become
 * measurements only when the feed runs. And an unknown id is a plain 404, not an error in the log.
 */
class MeasuredUsageApiTest {

    private static final String CODE = "1.001193";

    @Test
    void readingTheKpisWritesNoUsageAndTheFeedRecordsWhatTheEngineMeasured() {
        try (TestServer server = TestServer.start()) {
            server.application.loadDemoIfEmpty();
            deployAndStartOnTheEngine(server);

            JsonNode kpis = server.get("/api/procedures/" + CODE + "/kpis?locality=01").body();
            assertThat(kpis.get("casesStarted").asLong()).isEqualTo(1);
            assertThat(measured(server)).as("measurements after a GET of the KPIs").isEmpty();

            assertThat(server.application.measuredUsage().feed()).isEqualTo(1);
            assertThat(measured(server)).singleElement().satisfies(u -> {
                assertThat(u.localityCode()).isEqualTo("01");
                assertThat(u.dossiersTotal()).isEqualTo(1);
                assertThat(u.standsForYear()).as("one day measured").isFalse();
            });
            assertThat(measuredStats(server)).as("a day's measurement beside the statistics, not instead").isEmpty();
        }
    }

    @Test
    void aServerFeedsCasesStartedElsewhereWithinItsInterval() throws InterruptedException {
        Application.EngineOptions options = new Application.EngineOptions("feed-test", false,
                HolidayCalendar.vietnam(), Duration.ofMinutes(1), Duration.ofMillis(200));
        try (TestServer server = TestServer.start(DatabaseSettings.inMemory("feed-" + UUID.randomUUID()), options)) {
            server.application.loadDemoIfEmpty();
            deployAndStartOnTheEngine(server);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (measured(server).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(measured(server)).singleElement()
                    .satisfies(u -> assertThat(u.dossiersTotal()).isEqualTo(1));
        }
    }

    @Test
    void unknownTasksCasesAndWorkflowsAre404WithoutAnErrorInTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try (TestServer server = TestServer.start()) {
            server.application.engine();
            assertThat(server.get("/api/tasks/no-such-task").status()).isEqualTo(404);
            assertThat(server.post("/api/tasks/no-such-task/claim", "").status()).isEqualTo(404);
            assertThat(server.post("/api/tasks/no-such-task/complete", "{\"data\":{}}").status())
                    .isEqualTo(404);
            assertThat(server.get("/api/cases/no-such-case").status()).isEqualTo(404);
            assertThat(server.post("/api/workflows/no-such-workflow/suspend", "").status()).isEqualTo(404);
            assertThat(server.get("/api/holidays?year=2199").status()).isEqualTo(404);
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
    }

    private static void deployAndStartOnTheEngine(TestServer server) {
        var deployed = server.post("/api/procedures/" + CODE + "/deployments", "");
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
        var form = server.application.workflows().startForm(CODE, "01");
        Map<String, Object> data = new StartFormSamples(3).sample(form, "01");
        server.application.engine().startCase(new StartCase(CODE, "01", procedo.engine.Channel.ONLINE, 5, data, "elsewhere"));
    }

    private static java.util.List<procedo.catalog.usage.MeasuredUsage> measured(TestServer server) {
        return server.application.measurements().of(CODE);
    }

    private static java.util.List<JsonNode> measuredStats(TestServer server) {
        java.util.List<JsonNode> rows = new java.util.ArrayList<>();
        server.get("/api/procedures/" + CODE + "/usage").body().get("stats").forEach(u -> {
            if (u.get("source").asText().equals("MEASURED")) {
                rows.add(u);
            }
        });
        return rows;
    }
}
