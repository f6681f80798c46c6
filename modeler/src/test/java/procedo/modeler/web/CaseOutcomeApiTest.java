package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.modeler.Application;
import procedo.modeler.json.Json;

/**
 * How a dossier ends over HTTP, on H2 and on PostgreSQL: a refusal only with its reason (the field named by its
 * label, nothing changed without it), counted as refused and not completed; withdrawal and cancellation (with a
 * reason) as actions on a running case; the applicant's steps only in the case's own task list.
 */
class CaseOutcomeApiTest {

    private static final String BIRTH = "1.001193";
    private static final String USER = "Authorization";

    private final ObjectMapper json = Json.mapper();

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefusalNeedsItsReasonAndCountsAsRefusedAndCasesAreWithdrawnOrCancelledWithTheirReason(TestDatabase database)
            throws Exception {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            String officer = "Bearer " + server.tokenFor("tran-thi-binh", Grant.of(AccountRole.ADMIN));
            run(server, officer);
        }
    }

    private void run(TestServer server, String officer) throws Exception {
        var deployed = server.post("/api/procedures/" + BIRTH + "/deployments", "", USER, officer);
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
        JsonNode form = server.get("/api/procedures/" + BIRTH + "/start-form?locality=79").body();
        ObjectNode request = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "79")
                .put("channel", "COUNTER");
        request.set("data", WorkflowApiTest.validData(json, form.get("fields")));
        String body = json.writeValueAsString(request);
        Optional<JsonNode> before = Optional.ofNullable(server.get("/api/procedures/" + BIRTH + "/kpis?locality=79")
                .body());
        long refusedBefore = before.map(k -> k.get("casesRefused").asLong()).orElse(0L);
        long completedBefore = before.map(k -> k.get("casesCompleted").asLong()).orElse(0L);

        String refused = server.post("/api/cases", body, USER, officer).body().get("summary").get("id").asText();
        JsonNode review = null;
        for (int step = 0; step < 5 && review == null; step++) {
            JsonNode task = server.get("/api/tasks?caseId=" + refused).body().get(0);
            if (task.get("activityId").asText().equals("Task_Review")) {
                review = task;
            } else {
                assertThat(task.get("applicant").asBoolean()).isTrue();
                assertThat(server.get("/api/tasks?procedureCode=" + BIRTH + "&limit=1000").body())
                        .noneSatisfy(t -> assertThat(t.get("id").asText()).isEqualTo(task.get("id").asText()));
                assertThat(server.post("/api/tasks/" + task.get("id").asText() + "/complete", "{\"data\":{}}",
                        USER, officer).status()).isEqualTo(200);
            }
        }
        String reviewId = review.get("id").asText();
        var noReason = server.post("/api/tasks/" + reviewId + "/complete", "{\"data\":{\"approved\":false}}",
                USER, officer, "Accept-Language", "vi");
        assertThat(noReason.status()).as(noReason.raw().body()).isEqualTo(400);
        assertThat(noReason.body().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asText()).isEqualTo("reason");
            assertThat(e.get("label").asText()).isEqualTo("Lý do");
        });
        JsonNode unchanged = server.get("/api/cases/" + refused).body();
        assertThat(unchanged.get("summary").get("state").asText()).isEqualTo("ACTIVE");
        assertThat(unchanged.get("openTasks").get(0).get("id").asText()).isEqualTo(reviewId);

        var withReason = server.post("/api/tasks/" + reviewId + "/complete",
                "{\"data\":{\"approved\":false,\"reason\":\"Giấy chứng sinh không hợp lệ\"}}", USER, officer);
        assertThat(withReason.status()).as(withReason.raw().body()).isEqualTo(200);
        JsonNode summary = withReason.body().get("summary");
        assertThat(summary.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(summary.get("outcomeReason").asText()).isEqualTo("Giấy chứng sinh không hợp lệ");
        JsonNode kpis = server.get("/api/procedures/" + BIRTH + "/kpis?locality=79").body();
        assertThat(kpis.get("casesRefused").asLong()).isEqualTo(refusedBefore + 1);
        assertThat(kpis.get("casesCompleted").asLong()).isEqualTo(completedBefore);

        String withdrawn = server.post("/api/cases", body, USER, officer).body().get("summary").get("id").asText();
        var w = server.post("/api/cases/" + withdrawn + "/withdraw", "{\"reason\":\"Người nộp xin rút\"}",
                USER, officer);
        assertThat(w.status()).as(w.raw().body()).isEqualTo(200);
        assertThat(w.body().get("summary").get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(w.body().get("openTasks")).isEmpty();
        assertThat(server.post("/api/cases/" + withdrawn + "/cancel", "{\"reason\":\"x\"}", USER, officer)
                .status()).isEqualTo(409);

        String cancelled = server.post("/api/cases", body, USER, officer).body().get("summary").get("id").asText();
        var noWhy = server.post("/api/cases/" + cancelled + "/cancel", "{}", USER, officer);
        assertThat(noWhy.status()).isEqualTo(400);
        assertThat(noWhy.body().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(server.get("/api/cases/" + cancelled).body().get("summary").get("state").asText())
                .isEqualTo("ACTIVE");
        var c = server.post("/api/cases/" + cancelled + "/cancel", "{\"reason\":\"Tiếp nhận nhầm thủ tục\"}",
                USER, officer);
        assertThat(c.body().get("summary").get("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(c.body().get("summary").get("outcomeReason").asText()).isEqualTo("Tiếp nhận nhầm thủ tục");
        JsonNode after = server.get("/api/procedures/" + BIRTH + "/kpis?locality=79").body();
        assertThat(after.get("casesWithdrawn").asLong()).isEqualTo(before.map(k -> k.get("casesWithdrawn").asLong())
                .orElse(0L) + 1);
        assertThat(after.get("casesCancelled").asLong()).isEqualTo(before.map(k -> k.get("casesCancelled").asLong())
                .orElse(0L) + 1);
    }

}
