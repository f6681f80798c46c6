package procedo.modeler.web;

import procedo.modeler.workflow.StartFormSamples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.modeler.json.Json;

/**
 * Values too long for where they are kept, sent where cases and adoptions take text: a case's form data, a task's
 * completion and comment, a locality's overrides. Each is refused with a 4xx or kept whole, never a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseInputTest {

    private static final String BIRTH = "1.001193";

    private final ObjectMapper json = Json.mapper();
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
        assertThat(server.post("/api/procedures/" + BIRTH + "/deployments", "").status())
                .isEqualTo(201);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aCaseWhoseFormTextsAreTooLongIsRefusedAndAnAcceptedOneKeepsThemWhole() throws Exception {
        JsonNode form = server.get("/api/procedures/" + BIRTH + "/start-form?locality=01").body();
        List<String> answers = new ArrayList<>();
        for (JsonNode field : form.get("fields")) {
            if (!field.get("kind").asText().equals("text")) {
                continue;
            }
            for (int length : new int[] {5_000, 1_000_000}) {
                ObjectNode request = startRequest();
                ((ObjectNode) request.get("data")).put(field.get("id").asText(), "x".repeat(length));
                var answer = server.post("/api/cases", json.writeValueAsString(request));
                answers.add(answer.status() + " " + field.get("id").asText() + " " + length + " " + answer.raw().body()
                        .substring(0, Math.min(200, answer.raw().body().length())));
            }
        }
        assertThat(answers).isNotEmpty().allSatisfy(a -> assertThat(a).startsWith("4"));
    }

    @Test
    void aCompletionWithAHugeCommentOrValueIsRefusedOrKeptNeverA500() throws Exception {
        var started = server.post("/api/cases", json.writeValueAsString(startRequest()));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        JsonNode task = started.body().get("openTasks").get(0);
        ObjectNode data = json.createObjectNode();
        task.get("form").forEach(f -> data.put(f.get("id").asText(), true));
        data.put("comment", "ý kiến ".repeat(150_000));
        data.put("unknownField", "x".repeat(100_000));
        String path = "/api/tasks/" + task.get("id").asText() + "/complete";

        var answer = server.post(path, json.writeValueAsString(json.createObjectNode().set("data", data)));

        assertThat(answer.status()).as(answer.raw().body()).isBetween(200, 499);
    }

    @Test
    void anAdoptionWithOverridesTooLongIsRefused() throws Exception {
        JsonNode packages = server.get("/api/templates").body();
        String code = packages.get(0).get("code").asText();
        String version = packages.get(0).get("version").asText();
        server.post("/api/templates/" + code + "/versions/" + version + "/publish", "");
        List<String> answers = new ArrayList<>();
        for (String overrides : List.of("{\"agencyCode\": \"%s\"}", "{\"helpTexts\": {\"%s\": \"x\"}}",
                "{\"helpTexts\": {\"x\": \"%s\"}}", "{\"feeAmounts\": {\"%s\": 1}}")) {
            for (int length : new int[] {5_000, 1_000_000}) {
                String body = "{\"centralVersion\": \"" + version + "\", \"overrides\": "
                        + overrides.formatted("x".repeat(length)) + "}";
                var answer = server.put("/api/templates/" + code + "/adoptions/79", body);
                answers.add(answer.status() + " " + overrides + " " + length + " " + answer.raw().body()
                        .substring(0, Math.min(200, answer.raw().body().length())));
            }
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("4"));
    }

    /** A valid receipt in Hà Nội: the start form's data as an applicant fills it in. */
    private ObjectNode startRequest() {
        ObjectNode request = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01")
                .put("channel", "ONLINE");
        request.set("data", json.valueToTree(new StartFormSamples(1).sample(
                server.application.workflows().startForm(BIRTH, "01"), "01")));
        return request;
    }
}
