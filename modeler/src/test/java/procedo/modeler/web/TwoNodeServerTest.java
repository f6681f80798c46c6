package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import procedo.catalog.TestDatabase;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.Application;
import procedo.modeler.workflow.StartForm;
import procedo.modeler.workflow.StartFormSamples;
import procedo.modeler.json.Json;

/**
 * Two Procedo servers on one PostgreSQL schema, each with its own pool and its job executor on, as two machines
 * behind a load balancer would run: a workflow deployed through one, cases started and tasks completed through
 * both in turn, the overdue cases escalated by whichever node's sweep gets to them first, and both servers
 * answering the same about every case and the same KPIs.
 */
@Tag("cluster")
@Isolated("sets the engine clock, which is static in the JVM")
class TwoNodeServerTest {

    private static final String BIRTH = "1.001193";
    private static final int CASES = 40;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ObjectMapper json = Json.mapper();

    @Test
    void twoServersShareCasesTasksEscalationsAndFigures() throws Exception {
        try (TestDatabase.Instance db = TestDatabase.POSTGRESQL.create();
             TestServer a = TestServer.start(db.settings(), node("node-a"))) {
            a.application.loadDemoIfEmpty();
            try (TestServer b = TestServer.start(db.settings(), node("node-b"))) {
                run(a, b);
            } finally {
                a.application.engine().setClock(null);
            }
        }
    }

    private void run(TestServer a, TestServer b) throws Exception {
        List<TestServer> nodes = List.of(a, b);
        var deployed = a.post("/api/procedures/" + BIRTH + "/deployments", "");
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
        assertThat(b.get("/api/procedures/" + BIRTH + "/deployments").body()).singleElement()
                .satisfies(w -> assertThat(w.get("workflowId").asText())
                        .isEqualTo(deployed.body().get("workflowId").asText()));

        // Monday 2 March 2026, 09:00 in Hanoi: every case's legal deadline falls within the following weeks.
        Instant start = LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        a.application.engine().setClock(start);
        Map<String, StartForm> forms = Map.of("01", a.application.workflows().startForm(BIRTH, "01"),
                "79", a.application.workflows().startForm(BIRTH, "79"));
        StartFormSamples samples = new StartFormSamples(7);
        List<String> ids = new ArrayList<>();
        Instant latestDue = start;
        for (int i = 0; i < CASES; i++) {
            TestServer on = nodes.get(i % 2);
            String locality = i % 4 == 0 ? "79" : "01";
            ObjectNode request = json.valueToTree(Map.of("procedureCode", BIRTH, "locality", locality,
                    "channel", i % 3 == 0 ? "COUNTER" : "ONLINE", "data",
                    samples.sample(forms.get(locality), locality)));
            var created = on.post("/api/cases", a.toJson(request));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            JsonNode summary = created.body().get("summary");
            ids.add(summary.get("id").asText());
            Instant due = Instant.parse(summary.get("dueAt").asText());
            latestDue = due.isAfter(latestDue) ? due : latestDue;
        }
        assertThat(latestDue).isBefore(start.plus(Duration.ofDays(40)));

        // Past every deadline: the two nodes' escalation sweeps race for the overdue cases; each escalates once.
        a.application.engine().setClock(latestDue.plus(Duration.ofDays(1)));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> waiting = new ArrayList<>(ids);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            waiting.removeIf(id -> nodes.get(Math.floorMod(id.hashCode(), 2)).get("/api/cases/" + id).body()
                    .get("summary").get("escalated").asBoolean());
            if (!waiting.isEmpty()) {
                Thread.sleep(250);
            }
        }
        assertThat(waiting).as("cases not escalated after %s", PATIENCE).isEmpty();
        for (int i = 0; i < CASES; i++) {
            JsonNode view = nodes.get(i % 2).get("/api/cases/" + ids.get(i)).body();
            assertThat(escalations(view)).as("escalations of case %s", ids.get(i)).isEqualTo(1);
            assertThat(view.get("openTasks")).allSatisfy(t -> assertThat(t.get("priority").asInt()).isEqualTo(100));
        }

        // Every task completed, each complete sent to the other server than the one before.
        int turn = 0;
        for (String id : ids) {
            JsonNode open = nodes.get(turn % 2).get("/api/cases/" + id).body().get("openTasks");
            for (int guard = 0; open.size() > 0; guard++) {
                assertThat(guard).as("tasks of case %s", id).isLessThan(20);
                JsonNode task = open.get(0);
                ObjectNode data = json.createObjectNode();
                task.get("form").forEach(f -> data.put(f.get("id").asText(),
                        !f.get("id").asText().equals("paperCopy")));
                TestServer on = nodes.get(++turn % 2);
                var done = on.post("/api/tasks/" + task.get("id").asText() + "/complete",
                        a.toJson(Map.of("data", data)));
                assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
                open = done.body().get("openTasks");
            }
        }

        for (TestServer on : nodes) {
            for (String id : ids) {
                JsonNode summary = on.get("/api/cases/" + id).body().get("summary");
                assertThat(summary.get("state").asText()).as("case %s", id).isEqualTo("COMPLETED");
                assertThat(summary.get("escalated").asBoolean()).isTrue();
                assertThat(summary.get("overdue").asBoolean()).isTrue();
            }
            JsonNode cases = on.get("/api/cases?procedureCode=" + BIRTH + "&limit=1000").body();
            assertThat(cases).hasSize(CASES);
            List<String> listed = new ArrayList<>();
            cases.forEach(c -> listed.add(c.get("id").asText()));
            assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
        }
        JsonNode kpisA = a.get("/api/procedures/" + BIRTH + "/kpis").body();
        JsonNode kpisB = b.get("/api/procedures/" + BIRTH + "/kpis").body();
        assertThat(kpisB).isEqualTo(kpisA);
        assertThat(kpisA.get("casesStarted").asLong()).isEqualTo(CASES);
        assertThat(kpisA.get("casesCompleted").asLong()).isEqualTo(CASES);
        assertThat(kpisA.get("casesCompletedOnTime").asLong()).isZero();
        assertThat(b.get("/api/procedures/" + BIRTH + "/kpis?locality=79").body())
                .isEqualTo(a.get("/api/procedures/" + BIRTH + "/kpis?locality=79").body());
        assertThat(a.get("/api/procedures/" + BIRTH + "/kpis?locality=79").body().get("casesStarted").asLong())
                .isEqualTo(CASES / 4);
    }

    private static long escalations(JsonNode view) {
        long n = 0;
        for (JsonNode e : view.get("history")) {
            if (e.get("activityId").asText().equals("Procedo_Escalate")) {
                n++;
            }
        }
        return n;
    }

    private static Application.EngineOptions node(String name) {
        return new Application.EngineOptions(name, true, HolidayCalendar.vietnam(), Duration.ofMillis(250));
    }
}
