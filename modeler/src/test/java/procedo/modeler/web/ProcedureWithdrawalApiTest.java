package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.modeler.json.Json;
import procedo.modeler.workflow.StartFormSamples;

/**
 * Deleting keeps history, over HTTP on a real engine: a procedure with cases is withdrawn (its cases stay its own,
 * it leaves the lists and the ranking, its code is not given away) and can be reinstated; a code never brings a
 * former procedure's workflows and cases to a new one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureWithdrawalApiTest {

    private static final String DEMO = "2.001610";

    private final ObjectMapper json = Json.mapper();
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aProcedureWithCasesIsWithdrawnKeepsItsCasesAndHistoryAndCanBeReinstated() throws Exception {
        String code = copyOfDemo("9.100001");
        deploy(code);
        String caseId = startCase(code);
        JsonNode before = server.get("/api/procedures/" + code + "/dependents").body();
        assertThat(before.at("/dependents/deployments").asLong()).isEqualTo(1);
        assertThat(before.at("/dependents/cases").asLong()).isEqualTo(1);
        assertThat(before.at("/dependents/models").asLong()).isEqualTo(1);
        assertThat(ranked()).contains(code);

        var withdrawn = server.send("DELETE", "/api/procedures/" + code,
                "{\"reason\": \"Bãi bỏ theo Quyết định 1/QĐ-UBND\"}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
        assertThat(withdrawn.body().get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body().at("/dependents/cases").asLong()).isEqualTo(1);
        assertThat(withdrawn.body().at("/dependents/deployments").asLong()).isEqualTo(1);
        assertThat(withdrawn.body().at("/withdrawal/reason").asText()).isEqualTo("Bãi bỏ theo Quyết định 1/QĐ-UBND");
        assertThat(withdrawn.body().at("/withdrawal/by").asText()).as("the signed-in person").isEqualTo("admin");

        var page = server.get("/api/procedures/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().at("/withdrawal/reason").asText()).isEqualTo("Bãi bỏ theo Quyết định 1/QĐ-UBND");
        assertThat(server.get("/api/procedures/" + code + "/versions").body()).isNotEmpty();
        assertThat(server.get("/api/procedures/" + code + "/models").body()).isNotEmpty();
        assertThat(server.get("/api/procedures/" + code + "/deployments").body()).hasSize(1);
        var theCase = server.get("/api/cases/" + caseId);
        assertThat(theCase.status()).isEqualTo(200);
        assertThat(theCase.body().at("/summary/procedureCode").asText()).isEqualTo(code);
        assertThat(ids(server.get("/api/cases?procedureCode=" + code).body())).containsExactly(caseId);

        assertThat(codes("/api/procedures?q=9.100001")).isEmpty();
        assertThat(codes("/api/procedures?q=9.100001&withdrawn=include")).containsExactly(code);
        assertThat(codes("/api/procedures?withdrawn=only")).containsExactly(code);
        assertThat(ranked()).doesNotContain(code);
        assertThat(server.get("/api/procedures?withdrawn=sometimes").status()).isEqualTo(400);
        assertThat(server.downloadFile("/api/catalog/export.xlsx?withdrawn=include").status()).isEqualTo(200);

        var again = server.post("/api/procedures", server.get("/api/procedures/" + DEMO).body().toString()
                .replace(DEMO, code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asText()).contains("withdrawn procedure")
                .contains("/api/procedures/" + code + "/reinstate");
        var newCase = server.post("/api/cases", caseRequest(code).toString());
        assertThat(newCase.status()).isEqualTo(409);
        assertThat(newCase.body().get("message").asText()).contains("withdrawn");

        var reinstated = server.post("/api/procedures/" + code + "/reinstate", "");
        assertThat(reinstated.status()).as(reinstated.raw().body()).isEqualTo(200);
        assertThat(reinstated.body().get("withdrawal").isNull()).isTrue();
        assertThat(server.get("/api/procedures/" + code).body().get("withdrawal").isNull()).isTrue();
        assertThat(ranked()).contains(code);
        assertThat(server.post("/api/procedures/" + code + "/reinstate", "").status()).isEqualTo(409);
    }

    @Test
    void aProcedureNothingDependsOnIsDeletedAndItsCodeCanBeGivenAgain() {
        String code = copyOfDemo("9.100002");
        assertThat(server.get("/api/procedures/" + code + "/dependents").body().get("dependents").size()).isZero();

        var deleted = server.delete("/api/procedures/" + code);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(server.get("/api/procedures/" + code).status()).isEqualTo(404);
        copyOfDemo(code);
        assertThat(server.get("/api/procedures/" + code + "/deployments").body()).isEmpty();
        assertThat(server.get("/api/cases?procedureCode=" + code).body()).isEmpty();
    }

    @Test
    void aCodeThatStillNamesAFormerProceduresWorkflowAndCasesIsNotGivenToANewOne() throws Exception {
        String former = copyOfDemo("9.100003");
        deploy(former);
        String caseId = startCase(former);
        var moved = server.put("/api/procedures/" + former, server.get("/api/procedures/" + former).body().toString()
                .replace(former, "9.100004"), "If-Match", "\"1\"");
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(server.get("/api/procedures/" + former).status()).isEqualTo(404);

        var reused = server.post("/api/procedures", server.get("/api/procedures/" + DEMO).body().toString()
                .replace(DEMO, former));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().get("message").asText()).contains("former procedure")
                .contains("1 deployments").contains("1 cases");
        assertThat(server.get("/api/procedures/" + former).status()).isEqualTo(404);
        assertThat(server.get("/api/cases/" + caseId).body().at("/summary/procedureCode").asText()).isEqualTo(former);
    }

    /** A new procedure with the demo procedure's data and to-be model under {@code code}. */
    private String copyOfDemo(String code) {
        var created = server.post("/api/procedures", server.get("/api/procedures/" + DEMO).body().toString()
                .replace(DEMO, code));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return code;
    }

    private void deploy(String code) {
        byte[] model = server.download("/api/procedures/" + DEMO + "/models/TO_BE").body();
        var saved = server.send("PUT", "/api/procedures/" + code + "/models/TO_BE", model, "application/xml",
                "X-Author", "analyst");
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
        var deployed = server.post("/api/procedures/" + code + "/deployments", "");
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
    }

    private String startCase(String code) {
        var created = server.post("/api/cases", caseRequest(code).toString());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().at("/summary/id").asText();
    }

    private ObjectNode caseRequest(String code) {
        var form = server.application.workflows().startForm(code, "48");
        ObjectNode request = json.createObjectNode().put("procedureCode", code).put("locality", "48")
                .put("channel", "ONLINE");
        request.set("data", json.valueToTree(new StartFormSamples(7).sample(form, "48")));
        return request;
    }

    private List<String> ranked() {
        List<String> codes = new ArrayList<>();
        server.get("/api/priorities?limit=500&includeOnline=true").body().get("items")
                .forEach(i -> codes.add(i.get("code").asText()));
        return codes;
    }

    private List<String> codes(String path) {
        List<String> codes = new ArrayList<>();
        server.get(path).body().get("items").forEach(i -> codes.add(i.get("code").asText()));
        return codes;
    }

    private static List<String> ids(JsonNode cases) {
        List<String> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }
}
