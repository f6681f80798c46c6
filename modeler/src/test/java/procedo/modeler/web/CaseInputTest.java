package procedo.modeler.web;

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
                ObjectNode request = startRequest(form);
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
        JsonNode form = server.get("/api/procedures/" + BIRTH + "/start-form?locality=01").body();
        var started = server.post("/api/cases", json.writeValueAsString(startRequest(form)));
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

    private ObjectNode startRequest(JsonNode form) {
        ObjectNode request = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01")
                .put("channel", "ONLINE");
        ObjectNode data = request.putObject("data");
        for (JsonNode f : form.get("fields")) {
            String id = f.get("id").asText();
            switch (f.get("kind").asText()) {
                case "date" -> data.put(id, "2026-01-15");
                case "number" -> data.put(id, 1);
                case "choice" -> data.put(id, f.get("options").get(0).asText());
                case "choices" -> data.putArray(id).add(f.get("options").get(0).asText());
                case "yesno" -> data.put(id, "no");
                case "checkbox" -> data.put(id, true);
                case "address" -> data.putObject(id).put("province", "01").put("commune", "Phường Ba Đình")
                        .put("street", "1 Hoàng Hoa Thám");
                case "list", "file" -> { }
                default -> data.put(id, id.contains("so_dinh_danh") ? "001099012345"
                        : id.contains("dien_thoai") ? "0912345678" : id.contains("email") ? "an@example.vn"
                        : "Nguyễn Văn Bình");
            }
        }
        return request;
    }
}
