package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import procedo.modeler.json.Json;

/** Dossiers received and worked through the API in tests: a start request with every field filled, every task done. */
final class ReceivedDossiers {

    private static final ObjectMapper JSON = Json.mapper();

    private ReceivedDossiers() {
    }

    /** A start request of {@code code} in {@code locality} with every start-form field filled, by {@code applicant}. */
    static ObjectNode request(TestServer server, String code, String locality, String applicant) {
        JsonNode fields = server.get("/api/procedures/" + code + "/start-form?locality=" + locality).body()
                .get("fields");
        ObjectNode request = JSON.createObjectNode().put("procedureCode", code).put("locality", locality)
                .put("channel", "COUNTER");
        ObjectNode data = request.putObject("data");
        for (JsonNode f : fields) {
            String id = f.get("id").asText();
            switch (f.get("kind").asText()) {
                case "date" -> data.put(id, "2026-01-15");
                case "number" -> data.put(id, 1);
                case "choice" -> data.put(id, f.get("options").get(0).asText());
                case "choices" -> data.putArray(id).add(f.get("options").get(0).asText());
                case "yesno" -> data.put(id, "no");
                case "checkbox" -> data.put(id, true);
                case "address" -> data.putObject(id).put("province", locality).put("commune", "Phường Bến Thành")
                        .put("street", "1 Lê Lợi");
                case "list", "file" -> { }
                default -> data.put(id, id.contains("so_dinh_danh") ? "001099012345"
                        : id.contains("dien_thoai") ? "0912345678" : id.contains("email") ? "an@example.vn"
                        : id.equals("nyc_ho_ten") ? applicant : "Bé Na");
            }
        }
        return request;
    }

    /** Completes every task of the case as {@code officer} (the Authorization header), answering yes to each question. */
    static void workToTheEnd(TestServer server, String officer, String caseId) throws Exception {
        JsonNode open = server.get("/api/cases/" + caseId).body().get("openTasks");
        for (int worked = 0; open.size() > 0; worked++) {
            JsonNode task = open.get(0);
            ObjectNode data = JSON.createObjectNode();
            task.get("form").forEach(f -> data.put(f.get("id").asText(), !f.get("id").asText().equals("paperCopy")));
            var done = server.post("/api/tasks/" + task.get("id").asText() + "/complete",
                    JSON.writeValueAsString(JSON.createObjectNode().set("data", data)), "Authorization", officer);
            assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
            open = done.body().get("openTasks");
            assertThat(worked).isLessThan(10);
        }
    }
}
