package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.account.Principal;
import procedo.modeler.Application;
import procedo.modeler.workflow.StartFormSamples;
import procedo.modeler.workflow.WorkflowService;

/**
 * Training and simulated cases run like any other but count in no usage and no KPI, unless the KPIs are asked to
 * include them; the case says what it is. On H2 and on PostgreSQL.
 */
class CaseMarksApiTest {

    private static final String BIRTH = "1.001193";

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void trainingAndSimulatedCasesCountNowhereUnlessAskedFor(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            assertThat(server.post("/api/procedures/" + BIRTH + "/deployments", "").status()).isEqualTo(201);
            JsonNode training = receive(server, true);
            assertThat(training.at("/summary/training").asBoolean()).isTrue();
            assertThat(training.at("/summary/simulated").asBoolean()).isFalse();
            assertThat(server.get("/api/cases/" + training.at("/summary/id").asText()).body()
                    .at("/summary/training").asBoolean()).isTrue();
            var form = server.application.workflows().startForm(BIRTH, "01");
            server.application.workflows().simulateCase(new WorkflowService.NewCase(BIRTH, "01", "ONLINE",
                    new StartFormSamples(5).sample(form, "01")), Principal.system("load"));
            JsonNode real = receive(server, false);
            assertThat(real.at("/summary/training").asBoolean()).isFalse();
            server.application.measuredUsage().feed(BIRTH);

            String kpis = "/api/procedures/" + BIRTH + "/kpis?locality=01";
            assertThat(server.get(kpis).body().get("casesStarted").asLong()).isEqualTo(1);
            assertThat(server.get(kpis + "&include=training").body().get("casesStarted").asLong()).isEqualTo(2);
            assertThat(server.get(kpis + "&include=training,simulated").body().get("casesStarted").asLong())
                    .isEqualTo(3);
            var wrong = server.get(kpis + "&include=everything");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body().at("/errors/0/field").asText()).isEqualTo("include");
            assertThat(server.application.measurements().of(BIRTH)).singleElement()
                    .satisfies(m -> assertThat(m.dossiersTotal()).as("only the real dossier measured").isEqualTo(1));
            assertThat(server.get("/api/cases?procedureCode=" + BIRTH).body()).hasSize(3)
                    .filteredOn(c -> c.get("training").asBoolean() || c.get("simulated").asBoolean()).hasSize(2);
        }
    }

    private static JsonNode receive(TestServer server, boolean training) {
        var form = server.application.workflows().startForm(BIRTH, "01");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", BIRTH);
        body.put("locality", "01");
        body.put("data", new StartFormSamples(3).sample(form, "01"));
        if (training) {
            body.put("training", true);
        }
        var started = server.post("/api/cases", server.toJson(body));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        return started.body();
    }
}
