package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.modeler.json.Json;

/**
 * The workflow's refusals in the reader's language: a deploy check names each element by its kind and name, a task
 * claimed by another officer and a start form's fields by their labels are said in Vietnamese to a page in
 * Vietnamese and in the same English as before to a client asking for English; the ids stay in {@code field}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowLanguageApiTest {

    private static final String BIRTH = "1.001193";
    private static final String USER = "Authorization";
    /** A user task nobody is given and an automatic task with no implementation: two problems, named. */
    private static final String UNRUNNABLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
              <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Task_Process" name="Thẩm định hồ sơ">
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                <bpmn:serviceTask id="Task_Notify" name="Thông báo kết quả">
                  <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Process"/>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Process" targetRef="Task_Notify"/>
                <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Notify" targetRef="EndEvent_1"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private final ObjectMapper json = Json.mapper();
    private TestServer english;
    private TestServer vietnamese;
    private String officer;
    private String someoneElse;

    @BeforeAll
    void start() {
        english = TestServer.start();
        english.application.loadDemoIfEmpty();
        vietnamese = english.inVietnamese();
        officer = "Bearer " + english.tokenFor("tran-thi-binh", Grant.of(AccountRole.ADMIN));
        someoneElse = "Bearer " + english.tokenFor("le-van-cuong", Grant.of(AccountRole.ADMIN));
    }

    @AfterAll
    void stop() {
        english.close();
    }

    @Test
    void aDeployCheckNamesEachElementByItsKindAndNameInTheReadersLanguage() {
        String code = "1.000656";
        var saved = english.send("PUT", "/api/procedures/" + code + "/models/TO_BE",
                UNRUNNABLE.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);

        JsonNode vi = problemAt(vietnamese.post("/api/procedures/" + code + "/deployments/check", "").body()
                .get("problems"), "elementId", "Task_Process");
        assertThat(vi.get("label").asText()).isEqualTo("Nhiệm vụ 'Thẩm định hồ sơ'");
        assertThat(vi.get("message").asText())
                .isEqualTo("chưa giao cho cán bộ hay nhóm cán bộ nào: không ai thấy nhiệm vụ này trong danh sách công việc");
        assertThat(vi.get("code").asText()).isEqualTo("engine.model.unassigned");
        JsonNode en = problemAt(english.post("/api/procedures/" + code + "/deployments/check", "").body()
                .get("problems"), "elementId", "Task_Process");
        assertThat(en.get("label").asText()).isEqualTo("task 'Thẩm định hồ sơ'");
        assertThat(en.get("message").asText())
                .isEqualTo("a user task without assignee or candidate group: nobody would see it in a task list");

        var refused = vietnamese.post("/api/procedures/" + code + "/deployments", "", USER, officer);
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.body().get("message").asText()).isEqualTo("Mô hình chưa triển khai được");
        assertThat(refused.body().get("code").asText()).isEqualTo("engine.deploy.invalid");
        JsonNode notify = problemAt(refused.body().get("errors"), "field", "Task_Notify");
        assertThat(notify.get("label").asText()).isEqualTo("Nhiệm vụ 'Thông báo kết quả'");
        assertThat(notify.get("message").asText()).startsWith("nhiệm vụ tự động chưa có cách thực hiện");
        assertThat(english.post("/api/procedures/" + code + "/deployments", "", USER, officer).body().get("errors")
                .findValuesAsText("message")).contains("an automatic task with no implementation (class, "
                + "expression or delegate expression): the engine would refuse to deploy it");
    }

    @Test
    void aTaskClaimedByAnotherOfficerIsRefusedInTheReadersLanguage() throws Exception {
        assertThat(english.post("/api/procedures/" + BIRTH + "/deployments", "", USER, officer).status())
                .isIn(201);
        JsonNode task = startCase().get("openTasks").get(0);
        String id = task.get("id").asText();
        String name = task.get("name").asText();
        assertThat(english.post("/api/tasks/" + id + "/claim", "", USER, officer).status()).isEqualTo(200);

        var vi = vietnamese.post("/api/tasks/" + id + "/claim", "", USER, someoneElse);
        assertThat(vi.status()).isEqualTo(409);
        assertThat(vi.body().get("message").asText())
                .isEqualTo("Nhiệm vụ '" + name + "' (" + id + ") đang do cán bộ tran-thi-binh nhận xử lý");
        assertThat(vi.body().get("code").asText()).isEqualTo("engine.task.claimedBy");
        assertThat(english.post("/api/tasks/" + id + "/claim", "", USER, someoneElse).body().get("message").asText())
                .isEqualTo("task '" + name + "' (" + id + ") is claimed by tran-thi-binh");

        if (task.get("form").size() > 0) {
            var incomplete = vietnamese.post("/api/tasks/" + id + "/complete", "{\"data\":{}}", USER, officer);
            assertThat(incomplete.status()).isEqualTo(400);
            JsonNode first = task.get("form").get(0);
            JsonNode error = problemAt(incomplete.body().get("errors"), "field", first.get("id").asText());
            assertThat(error.get("label").asText()).isEqualTo(first.get("label").asText());
            assertThat(error.get("message").asText()).isEqualTo("bắt buộc phải nhập");
        }
        ObjectNode data = json.createObjectNode();
        task.get("form").forEach(f -> data.put(f.get("id").asText(), true));
        String body = json.writeValueAsString(json.createObjectNode().set("data", data));
        assertThat(english.post("/api/tasks/" + id + "/complete", body, USER, officer).status()).isEqualTo(200);
        var again = vietnamese.post("/api/tasks/" + id + "/complete", body, USER, officer);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asText())
                .isEqualTo("Nhiệm vụ '" + name + "' (" + id + ") đã được cán bộ tran-thi-binh hoàn thành; hãy tải lại hồ sơ");
        assertThat(english.post("/api/tasks/" + id + "/complete", body, USER, officer).body().get("message")
                .asText()).contains("completed already by tran-thi-binh");
    }

    @Test
    void aStartFormRefusalNamesEachFieldByItsLabel() throws Exception {
        JsonNode fields = english.get("/api/procedures/" + BIRTH + "/start-form?locality=01").body().get("fields");
        JsonNode date = null;
        JsonNode required = null;
        for (JsonNode f : fields) {
            date = date == null && f.get("kind").asText().equals("date") ? f : date;
            required = required == null && f.get("required").asBoolean() && !f.get("kind").asText().equals("date")
                    ? f : required;
        }
        assertThat(date).as("the birth registration's form has a date").isNotNull();
        assertThat(required).isNotNull();
        ObjectNode request = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01");
        request.putObject("data").put(date.get("id").asText(), "2025-02-31");
        String body = json.writeValueAsString(request);

        JsonNode vi = vietnamese.post("/api/cases", body, USER, officer).body();
        JsonNode badDay = problemAt(vi.get("errors"), "field", "data." + date.get("id").asText());
        assertThat(badDay.get("label").asText()).isEqualTo(date.get("label").asText());
        assertThat(badDay.get("message").asText()).isEqualTo("ngày 31/02/2025 không tồn tại");
        JsonNode missing = problemAt(vi.get("errors"), "field", "data." + required.get("id").asText());
        assertThat(missing.get("label").asText()).isEqualTo(required.get("label").asText());
        assertThat(missing.get("message").asText()).isEqualTo("bắt buộc phải nhập");

        JsonNode en = english.post("/api/cases", body, USER, officer).body();
        assertThat(problemAt(en.get("errors"), "field", "data." + date.get("id").asText()).get("message").asText())
                .isEqualTo("the date 31/02/2025 does not exist");
        assertThat(problemAt(en.get("errors"), "field", "data." + required.get("id").asText()).get("message")
                .asText()).isEqualTo("is required");
    }

    @Test
    void theWorkflowServicesOtherRefusalsAreSentences() {
        var province = vietnamese.post("/api/cases", "{\"procedureCode\": \"" + BIRTH + "\", \"locality\": \"99\"}",
                USER, officer);
        assertThat(problemAt(province.body().get("errors"), "field", "locality").get("message").asText())
                .isEqualTo("bắt buộc phải chọn một tỉnh, thành phố");
        assertThat(problemAt(province.body().get("errors"), "field", "locality").get("label").asText())
                .isEqualTo("Tỉnh, thành phố");
        assertThat(vietnamese.get("/api/cases/nope").body().get("message").asText()).isEqualTo("Không có hồ sơ 'nope'");
        assertThat(english.get("/api/cases/nope").body().get("message").asText()).isEqualTo("no case 'nope'");
        assertThat(vietnamese.get("/api/tasks/nope").body().get("message").asText())
                .isEqualTo("Không có nhiệm vụ đang mở nào mã 'nope'");
        assertThat(english.get("/api/tasks/nope").body().get("message").asText()).isEqualTo("no open task 'nope'");
        var gap = vietnamese.get("/api/holidays?year=2031");
        assertThat(gap.status()).isEqualTo(404);
        assertThat(gap.body().get("message").asText()).startsWith("Lịch ngày nghỉ lễ").contains("chưa có năm 2031");
        assertThat(english.get("/api/holidays?year=2031").body().get("message").asText())
                .contains("does not cover the year 2031");
    }

    @Test
    void aModelThatIsNoXmlIsRefusedInVietnameseWithItsLineAndColumn() {
        var refused = vietnamese.send("PUT", "/api/procedures/1.000656/models/AS_IS",
                "<definitions>\n<oops".getBytes(StandardCharsets.UTF_8), "application/xml");
        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.body().get("errors").get(0);
        assertThat(error.get("field").asText()).startsWith("line 2, column");
        assertThat(error.get("label").asText()).startsWith("dòng 2, cột");
        assertThat(error.get("message").asText()).startsWith("XML sai cú pháp");
        var missing = vietnamese.get("/api/procedures/1.000656/models/TO_BE/versions/99");
        assertThat(missing.body().get("message").asText())
                .isEqualTo("Thủ tục '1.000656' không có phiên bản 99 của mô hình đề xuất (to-be)");
    }

    @Test
    void theLintFindingsOfAnAnalysisAreSaidInTheReadersLanguage() {
        byte[] model = UNRUNNABLE.getBytes(StandardCharsets.UTF_8);
        JsonNode vi = problemAt(vietnamese.send("POST", "/api/bpmn/analysis", model, "application/xml").body()
                .get("lint"), "elementId", "StartEvent_1");
        assertThat(vi.get("rule").asText()).isEqualTo("label-required");
        assertThat(vi.get("message").asText()).isEqualTo("Phần tử chưa có tên");
        java.util.List<String> keys = new java.util.ArrayList<>();
        vi.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("rule", "elementId", "message");
        assertThat(problemAt(english.send("POST", "/api/bpmn/analysis", model, "application/xml").body().get("lint"),
                "elementId", "StartEvent_1").get("message").asText()).isEqualTo("Element is missing label/name");
    }

    private JsonNode startCase() throws Exception {
        JsonNode fields = english.get("/api/procedures/" + BIRTH + "/start-form?locality=01").body().get("fields");
        ObjectNode request = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01")
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
                case "address" -> data.putObject(id).put("province", "01").put("commune", "Phường Ba Đình")
                        .put("street", "1 Hoàng Hoa Thám");
                case "list", "file" -> { }
                default -> data.put(id, id.contains("so_dinh_danh") ? "001099012345"
                        : id.contains("dien_thoai") ? "0912345678" : id.contains("email") ? "an@example.vn"
                        : "Nguyễn Văn An");
            }
        }
        var created = english.post("/api/cases", json.writeValueAsString(request), USER, officer);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
    }

    private static JsonNode problemAt(JsonNode problems, String key, String place) {
        for (JsonNode p : problems) {
            if (place.equals(p.path(key).asText())) {
                return p;
            }
        }
        throw new AssertionError("no problem at " + place + " in " + problems);
    }
}
