package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.engine.calendar.Deadlines;
import procedo.modeler.Application;
import procedo.modeler.workflow.StartFormSamples;

/**
 * Measured usage does not lie: a pilot in one province, a few dossiers received and the feed run leave the ranking,
 * the compliance cost and an approved plan's saving as they were, the measurement shown beside the statistics;
 * a workflow covering all the dossiers of a province, measured over 120 days, replaces that province's figure
 * with its projection to a year and says so. On H2 and on PostgreSQL.
 */
@Isolated("sets the engine clock, which is static in the JVM")
class PilotMeasurementApiTest {

    private static final String BIRTH = "1.001193";

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPilotChangesNoFigureWhileAWholeProvinceMeasuredLongEnoughStandsForItsYear(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            long plan = approvedPlan(server);
            Map<String, Object> before = figures(server, plan);

            var pilot = server.post("/api/procedures/" + BIRTH + "/deployments?locality=79&coverage=PILOT", "");
            assertThat(pilot.status()).as(pilot.raw().body()).isEqualTo(201);
            assertThat(pilot.body().get("coverage").asText()).isEqualTo("PILOT");
            assertThat(server.get("/api/procedures/" + BIRTH + "/deployments").body())
                    .singleElement().satisfies(w -> assertThat(w.get("coverage").asText()).isEqualTo("PILOT"));
            for (int i = 0; i < 4; i++) {
                receive(server, "79", i);
            }
            server.application.measuredUsage().feed(BIRTH);

            assertThat(figures(server, plan)).as("ranking, cost and the approved plan's saving after a pilot")
                    .isEqualTo(before);
            JsonNode measured = server.get("/api/procedures/" + BIRTH + "/cost?scope=79").body()
                    .at("/basis/measured");
            assertThat(measured).singleElement().satisfies(m -> {
                assertThat(m.get("localityCode").asText()).isEqualTo("79");
                assertThat(m.get("coverage").asText()).isEqualTo("PILOT");
                assertThat(m.get("dossiersTotal").asLong()).isEqualTo(4);
                assertThat(m.get("standsForYear").asBoolean()).isFalse();
            });
            assertThat(server.get("/api/procedures/" + BIRTH + "/usage").body().get("stats"))
                    .noneSatisfy(u -> assertThat(u.get("source").asText()).isEqualTo("MEASURED"));
            JsonNode item = rankedBirth(server, "79");
            assertThat(item.get("measuredDossiers").asLong()).isZero();
            assertThat(item.get("measured")).singleElement()
                    .satisfies(m -> assertThat(m.get("coverage").asText()).isEqualTo("PILOT"));

            long statistic = server.get("/api/procedures/" + BIRTH + "/cost?scope=01").body()
                    .at("/basis/dossiersPerYear").asLong();
            try {
                server.application.engine().setClock(at(LocalDate.of(2025, 2, 3)));
                var all = server.post("/api/procedures/" + BIRTH + "/deployments?locality=01", "");
                assertThat(all.status()).as(all.raw().body()).isEqualTo(201);
                assertThat(all.body().get("coverage").asText()).isEqualTo("ALL");
                for (int i = 0; i < 3; i++) {
                    server.application.engine().setClock(at(LocalDate.of(2025, 2, 3).plusDays(7L * i)));
                    receive(server, "01", i);
                }
                server.application.engine().setClock(at(LocalDate.of(2025, 3, 3)));
                server.application.measuredUsage().feed();
                assertThat(server.get("/api/procedures/" + BIRTH + "/cost?scope=01").body()
                        .at("/basis/dossiersPerYear").asLong()).as("29 days measured stand for no year")
                        .isEqualTo(statistic);

                // 3 February to 2 June 2025: 120 days measured, 3 dossiers × 365 ÷ 120 = 9.1 → 9 a year; the
                // scheduled feed counts again on a new day though no case started or ended since
                server.application.engine().setClock(at(LocalDate.of(2025, 6, 2)));
                assertThat(server.application.measuredUsage().feed()).isPositive();
            } finally {
                server.application.engine().setClock(null);
            }
            JsonNode basis = server.get("/api/procedures/" + BIRTH + "/cost?scope=01").body().get("basis");
            assertThat(basis.get("dossiersPerYear").asLong()).isEqualTo(9);
            assertThat(basis.get("volumeSource").asText())
                    .isEqualTo("usage statistics 2025, of which 9 a year measured by the workflow engine");
            assertThat(basis.get("measured")).singleElement().satisfies(m -> {
                assertThat(m.get("coverage").asText()).isEqualTo("ALL");
                assertThat(m.get("coveredDays").asInt()).isEqualTo(120);
                assertThat(m.get("projectedPerYear").asLong()).isEqualTo(9);
                assertThat(m.get("standsForYear").asBoolean()).isTrue();
            });
            assertThat(rankedBirth(server, "01").get("dossiersPerYear").asLong()).isEqualTo(9);
            assertThat(server.get("/api/procedures/" + BIRTH + "/cost?scope=79").body()
                    .at("/basis/dossiersPerYear").asLong()).as("the pilot province keeps its statistic")
                    .isEqualTo(before.get("cost 79"));
        }
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(Deadlines.VIETNAM_ZONE).toInstant();
    }

    private static void receive(TestServer server, String locality, int seed) {
        var form = server.application.workflows().startForm(BIRTH, locality);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", BIRTH);
        body.put("locality", locality);
        body.put("channel", "ONLINE");
        body.put("data", new StartFormSamples(seed).sample(form, locality));
        var started = server.post("/api/cases", server.toJson(body));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
    }

    private static long approvedPlan(TestServer server) {
        var created = server.post("/api/procedures/" + BIRTH + "/plans", """
                {"title": "Đăng ký khai sinh trực tuyến toàn trình", "measures": [{"kind": "ONLINE"}]}""");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        TestServer proposer = server.asNewUser("de-xuat", Grant.of(AccountRole.ANALYST));
        TestServer approver = server.asNewUser("phe-duyet", Grant.of(AccountRole.ANALYST));
        assertThat(proposer.post("/api/plans/" + id + "/status", "{\"status\": \"PROPOSED\"}").status())
                .isEqualTo(200);
        assertThat(approver.post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\"}").status())
                .isEqualTo(200);
        return id;
    }

    /** The figures a pilot must not move: rankings (order and scores), costs and the approved plan's saving. */
    private static Map<String, Object> figures(TestServer server, long plan) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String scope : List.of("", "&scope=79", "&scope=01")) {
            List<String> ranked = new ArrayList<>();
            server.get("/api/priorities?limit=100&includeOnline=true" + scope).body().get("items")
                    .forEach(i -> ranked.add(i.get("rank").asInt() + " " + i.get("code").asText() + " "
                            + i.get("score").decimalValue().stripTrailingZeros().toPlainString() + " "
                            + i.get("dossiersPerYear").asLong()));
            figures.put("ranking" + scope, ranked);
        }
        for (String scope : List.of("", "79", "01")) {
            JsonNode cost = server.get("/api/procedures/" + BIRTH + "/cost" + (scope.isEmpty() ? "" : "?scope=" + scope))
                    .body();
            figures.put("cost " + scope, cost.at("/basis/dossiersPerYear").asLong());
            figures.put("annual cost " + scope, cost.at("/comparison/asIs/annualCostVnd").asText());
        }
        JsonNode preview = server.get("/api/plans/" + plan + "/preview").body();
        figures.put("plan saving", preview.at("/saving/savingVnd").asText());
        assertThat(preview.at("/saving/savingVnd").decimalValue()).isPositive();
        figures.put("savings", server.get("/api/plans/savings").body().toString());
        return figures;
    }

    private static JsonNode rankedBirth(TestServer server, String scope) {
        for (JsonNode item : server.get("/api/priorities?limit=100&includeOnline=true&scope=" + scope).body()
                .get("items")) {
            if (item.get("code").asText().equals(BIRTH)) {
                return item;
            }
        }
        throw new AssertionError(BIRTH + " is not ranked in " + scope);
    }
}
