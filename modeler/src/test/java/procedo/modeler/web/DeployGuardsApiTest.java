package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.engine.Channel;
import procedo.engine.StartCase;
import procedo.modeler.Application;

/**
 * The guard rails of deploying, over HTTP on H2 and PostgreSQL: a model with lint errors is refused naming its
 * elements in Vietnamese, lint warnings need a reason that stays with the deployed version and in the audit trail,
 * and the preview says the scope, the versions and the running cases a deployment concerns.
 */
class DeployGuardsApiTest {

    private static final String CODE = "1.000656";

    /** A runnable model whose start event has no name: a lint warning, no error. */
    private static final String WARNED = model("<bpmn:startEvent id=\"StartEvent_1\">", "");

    /** The same model with a named start and an end event connected to nothing: a lint error. */
    private static final String BROKEN = model("<bpmn:startEvent id=\"StartEvent_1\" name=\"Hồ sơ đến\">",
            "<bpmn:endEvent id=\"End_Lost\" name=\"Bỏ dở\"/>");

    private static String model(String start, String extra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    %s<bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_Check" name="Thẩm định hồ sơ" camunda:candidateGroups="mot-cua">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_1" name="Đã thẩm định"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                    %s
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Check"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(start, extra);
    }

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void lintErrorsRefuseWarningsNeedAReasonThatIsKeptAndThePreviewSaysWhatWillHappen(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            TestServer vi = server.inVietnamese();
            save(server, BROKEN);

            JsonNode preview = vi.get("/api/procedures/" + CODE + "/deployments/preview").body();
            assertThat(preview.get("deployable").asBoolean()).isFalse();
            assertThat(preview.get("errors").findValuesAsText("elementId")).contains("End_Lost");
            var refused = vi.post("/api/procedures/" + CODE + "/deployments", "");
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
            assertThat(refused.body().get("message").asText()).startsWith("Mô hình đề xuất (to-be) của thủ tục "
                    + CODE + " chưa được triển khai");
            JsonNode lost = only(refused.body().get("errors"), "End_Lost");
            assertThat(lost.get("label").asText()).isEqualTo("Sự kiện 'Bỏ dở'");
            assertThat(lost.get("message").asText()).isEqualTo("Phần tử chưa được nối với luồng nào");
            assertThat(server.get("/api/procedures/" + CODE + "/deployments").body()).isEmpty();

            save(server, WARNED);
            JsonNode warned = vi.get("/api/procedures/" + CODE + "/deployments/preview").body();
            assertThat(warned.get("deployable").asBoolean()).isTrue();
            assertThat(warned.get("warnings").findValuesAsText("elementId")).containsExactly("StartEvent_1");
            assertThat(warned.get("warnings").get(0).get("message").asText()).isEqualTo("Phần tử chưa có tên");
            assertThat(warned.get("fromVersion").isNull()).isTrue();
            assertThat(warned.get("toVersion").asInt()).isEqualTo(1);
            var noReason = vi.post("/api/procedures/" + CODE + "/deployments", "{\"reason\": \"  \"}");
            assertThat(noReason.status()).as(noReason.raw().body()).isEqualTo(400);
            assertThat(noReason.body().get("errors").get(0).get("field").asText()).isEqualTo("reason");
            assertThat(noReason.body().get("errors").get(0).get("message").asText())
                    .isEqualTo("Mô hình còn 1 cảnh báo: hãy ghi rõ lý do vẫn triển khai");
            assertThat(server.get("/api/procedures/" + CODE + "/deployments").body()).isEmpty();

            String reason = "Sự kiện bắt đầu sẽ được đặt tên ở phiên bản sau; cần chạy thử ngay";
            var deployed = vi.post("/api/procedures/" + CODE + "/deployments",
                    server.toJson(Map.of("reason", reason)));
            assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
            assertThat(deployed.body().get("reason").asText()).isEqualTo(reason);
            String workflowId = deployed.body().get("workflowId").asText();
            assertThat(server.get("/api/procedures/" + CODE + "/deployments").body()).singleElement()
                    .satisfies(d -> assertThat(d.get("reason").asText()).isEqualTo(reason));
            JsonNode audit = server.get("/api/audit?action=WORKFLOW_DEPLOYED&limit=5").body().get("items");
            assertThat(audit.toString()).contains(workflowId).contains(reason);

            server.application.engine().startCase(new StartCase(CODE, "01", Channel.ONLINE, 3, Map.of(), "tests"));
            JsonNode next = vi.get("/api/procedures/" + CODE + "/deployments/preview").body();
            assertThat(next.get("locality").isNull()).isTrue();
            assertThat(next.get("fromVersion").asInt()).isEqualTo(1);
            assertThat(next.get("toVersion").asInt()).isEqualTo(2);
            assertThat(next.get("activeCases").asLong()).isEqualTo(1);
            JsonNode pilot = vi.get("/api/procedures/" + CODE + "/deployments/preview?locality=01").body();
            assertThat(pilot.get("localityName").asText()).isEqualTo("Thành phố Hà Nội");
            assertThat(pilot.get("fromVersion").isNull()).isTrue();
            assertThat(pilot.get("activeCases").asLong()).isZero();
        }
    }

    private static void save(TestServer server, String bpmn) {
        String etag = server.get("/api/procedures/" + CODE + "/models/TO_BE/versions").status() == 200
                ? String.valueOf(server.get("/api/procedures/" + CODE + "/models/TO_BE/versions").body().size()) : "0";
        var saved = server.send("PUT", "/api/procedures/" + CODE + "/models/TO_BE",
                bpmn.getBytes(StandardCharsets.UTF_8), "application/xml", "If-Match", "\"" + etag + "\"");
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
    }

    private static JsonNode only(JsonNode errors, String field) {
        List<JsonNode> found = new ArrayList<>();
        errors.forEach(e -> {
            if (field.equals(e.get("field").asText())) {
                found.add(e);
            }
        });
        assertThat(found).as(errors.toString()).hasSize(1);
        return found.get(0);
    }
}
