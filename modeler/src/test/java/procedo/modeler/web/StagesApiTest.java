package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.engine.WorkflowEngine;
import procedo.modeler.Application;
import procedo.modeler.workflow.StartFormSamples;

/**
 * Staged go-live over HTTP, on H2 and PostgreSQL: a workflow moves design → test → pilot → rollout one stage at a
 * time, each move recorded with who and when (history and audit trail), with the refusals a programme needs (real
 * dossiers in test, a pilot without province, a stale version, skipping a stage, going back without a reason, a
 * deployment outside the pilot); and the pilot comparison's figures recomputed by hand from the dossiers received
 * before and during the pilot, in the pilot province and elsewhere.
 */
@Isolated("sets the engine clock, which is static in the JVM")
class StagesApiTest {

    /** Death registration (processing time: 1 working day), run on a one-task workflow. */
    private static final String RUN = "1.000656";
    /** Monday 2 March 2026, 09:00 in Viet Nam. */
    private static final Instant D0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant PILOT = D0.plus(Duration.ofDays(4));

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWorkflowGoesLiveStageByStageAndItsPilotIsComparedWithElsewhereAndBefore(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            WorkflowEngine engine = server.application.engine();
            try {
                engine.setClock(D0);
                var saved = server.send("PUT", "/api/procedures/" + RUN + "/models/TO_BE",
                        oneTaskModel().getBytes(StandardCharsets.UTF_8), "application/xml");
                assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
                assertThat(server.post("/api/procedures/" + RUN + "/deployments", "").status())
                        .as("not managed in stages: a nationwide deployment as before").isEqualTo(201);
                JsonNode none = server.get("/api/procedures/" + RUN + "/stage").body();
                assertThat(none.get("stage").isNull()).isTrue();
                assertThat(none.get("version").asInt()).isZero();
                assertThat(server.get("/api/procedures/" + RUN + "/pilot").body().get("pilot").isNull()).isTrue();

                // before the pilot, in Hồ Chí Minh City: one dossier decided in 4 h, one after its due date (72 h)
                String b1 = receive(server, "79", "COUNTER", false);
                String b2 = receive(server, "79", "ONLINE", false);
                complete(engine, b1, D0.plus(Duration.ofHours(4)));

                // test: only training dossiers
                engine.setClock(D0.plus(Duration.ofDays(1)));
                JsonNode test = move(server, "{\"stage\": \"TEST\", \"version\": 0}", 200);
                assertThat(test.get("stage").asText()).isEqualTo("TEST");
                assertThat(test.get("version").asInt()).isEqualTo(1);
                var real = server.inVietnamese().post("/api/cases", server.toJson(caseBody(server, "79", "COUNTER",
                        false)));
                assertThat(real.status()).isEqualTo(409);
                assertThat(real.body().get("message").asText()).isEqualTo("Quy trình của thủ tục " + RUN
                        + " đang ở giai đoạn thử nghiệm: chỉ nhận hồ sơ tập huấn, chưa tiếp nhận hồ sơ thật");
                receive(server, "79", "COUNTER", true);
                complete(engine, b2, D0.plus(Duration.ofDays(3)));

                // refusals: a skipped stage, a pilot without or with an unknown province, a stale version
                assertThat(move(server, "{\"stage\": \"ROLLOUT\", \"version\": 1}", 409).get("message").asText())
                        .isEqualTo("A workflow moves one stage at a time: after test comes pilot, it cannot go "
                                + "straight to national rollout");
                assertThat(move(server, "{\"stage\": \"PILOT\", \"version\": 1}", 400).get("errors")
                        .findValuesAsText("field")).containsExactly("provinces");
                JsonNode unknown = move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"79\", \"99\"], \"version\": 1}",
                        400);
                assertThat(unknown.get("errors").findValuesAsText("field")).containsExactly("provinces[1]");
                assertThat(unknown.get("errors").findValuesAsText("label")).containsExactly("Pilot province 2");
                assertThat(move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"79\"], \"version\": 0}", 409)
                        .get("message").asText()).contains("current version 1, you sent version 0");
                assertThat(move(server, "{\"stage\": \"TEST\", \"version\": 1}", 409).get("message").asText())
                        .isEqualTo("The workflow is already in the test stage");
                TestServer viewer = server.asNewUser("xem-giai-doan", Grant.of(AccountRole.VIEWER));
                assertThat(viewer.put("/api/procedures/" + RUN + "/stage", "{\"stage\": \"PILOT\", \"provinces\": "
                        + "[\"79\"], \"version\": 1}").status()).isEqualTo(403);

                // what a pilot in 79 would do, then the pilot
                engine.setClock(PILOT);
                JsonNode preview = server.get("/api/procedures/" + RUN + "/stage/preview?stage=PILOT&provinces=79")
                        .body();
                assertThat(preview.get("allowed").asBoolean()).isTrue();
                assertThat(preview.get("from").asText()).isEqualTo("TEST");
                assertThat(preview.get("activeCases").asLong()).as("the training dossier still runs").isEqualTo(1);
                assertThat(preview.get("deployments")).hasSize(1);
                assertThat(preview.get("provinceNames").get("79").asText()).isEqualTo("Thành phố Hồ Chí Minh");
                JsonNode skipping = server.get("/api/procedures/" + RUN + "/stage/preview?stage=ROLLOUT").body();
                assertThat(skipping.get("allowed").asBoolean()).isFalse();
                assertThat(skipping.get("refusals")).hasSize(1);
                JsonNode pilot = move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"79\"], \"reason\": "
                        + "\"Thí điểm tại Bộ phận một cửa\"}", 200, "If-Match", "\"1\"");
                assertThat(pilot.get("provinces").get(0).asText()).isEqualTo("79");
                assertThat(Instant.parse(pilot.get("since").asText())).isEqualTo(PILOT);

                // a pilot is deployed in its provinces only
                JsonNode nationwidePreview = server.get("/api/procedures/" + RUN + "/deployments/preview").body();
                assertThat(nationwidePreview.get("deployable").asBoolean()).as("the preview says what the deploy refuses")
                        .isFalse();
                assertThat(nationwidePreview.get("errors").findValuesAsText("elementId")).contains("stage");
                var nationwide = server.post("/api/procedures/" + RUN + "/deployments", "");
                assertThat(nationwide.status()).isEqualTo(409);
                assertThat(nationwide.body().get("message").asText()).isEqualTo("Procedure " + RUN + " is piloted in "
                        + "Thành phố Hồ Chí Minh: its workflow cannot be deployed nationwide yet; move it to national "
                        + "rollout first");
                assertThat(server.post("/api/procedures/" + RUN + "/deployments?locality=01", "").status())
                        .isEqualTo(409);
                assertThat(server.post("/api/procedures/" + RUN + "/deployments?locality=79&coverage=PILOT", "")
                        .status()).isEqualTo(201);

                // during the pilot: three dossiers in 79 (two decided in 2 h and 6 h), two in Hà Nội on the
                // workflow deployed before (one decided in 24 h)
                engine.setClock(PILOT.plus(Duration.ofHours(1)));
                // the first pilot dossier arrives wholly electronic; the others on paper (no medium given)
                Map<String, Object> electronic = caseBody(server, "79", "ONLINE", false);
                List<Map<String, Object>> media = new java.util.ArrayList<>();
                // the components received: those the start form ticks, or without ticks those of every dossier
                JsonNode components = server.get("/api/procedures/" + RUN).body().get("dossierComponents");
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) electronic.get("data");
                boolean ticked = data.keySet().stream().anyMatch(k -> k.startsWith("component_"));
                for (int i = 0; i < components.size(); i++) {
                    if (ticked ? Boolean.TRUE.equals(data.get("component_" + (i + 1)))
                            : components.get(i).path("caseName").asText("").isEmpty()) {
                        media.add(Map.of("component", i + 1, "medium", "ELECTRONIC"));
                    }
                }
                assertThat(media).isNotEmpty();
                electronic.put("components", media);
                var digital = server.post("/api/cases", server.toJson(electronic));
                assertThat(digital.status()).as(digital.raw().body()).isEqualTo(201);
                String p1 = digital.body().at("/summary/id").asText();
                String p2 = receive(server, "79", "ONLINE", false);
                receive(server, "79", "COUNTER", false);
                String e1 = receive(server, "01", "COUNTER", false);
                receive(server, "01", "ONLINE", false);
                complete(engine, p1, PILOT.plus(Duration.ofHours(3)));
                complete(engine, p2, PILOT.plus(Duration.ofHours(7)));
                complete(engine, e1, PILOT.plus(Duration.ofHours(25)));
                engine.setClock(PILOT.plus(Duration.ofDays(4)));
                // the provinces' own statistics of the year before the pilot, shown beside what the system measured
                var recorded = server.post("/api/procedures/" + RUN + "/usage", """
                        {"stats": [{"localityCode": "79", "year": 2025, "source": "IMPORTED", "dossiersTotal": 1000,
                                    "dossiersOnline": 400, "dossiersOnTime": 900},
                                   {"localityCode": "01", "year": 2025, "source": "IMPORTED", "dossiersTotal": 2000,
                                    "dossiersOnline": 500, "dossiersOnTime": 1500}]}""");
                assertThat(recorded.status()).as(recorded.raw().body()).isLessThan(300);

                JsonNode report = server.inVietnamese().get("/api/procedures/" + RUN + "/pilot").body();
                assertThat(report.get("stage").asText()).isEqualTo("PILOT");
                assertThat(report.get("version").asInt()).isEqualTo(2);
                assertThat(Instant.parse(report.at("/pilot/startedAt").asText())).isEqualTo(PILOT);
                assertThat(report.at("/pilot/endedAt").isNull()).isTrue();
                JsonNode cost = server.get("/api/procedures/" + RUN + "/cost").body();
                BigDecimal inPerson = cost.at("/basis/inPersonFeesVnd").decimalValue();
                BigDecimal online = cost.at("/basis/onlineFeesVnd").decimalValue();
                BigDecimal asIs = cost.at("/comparison/asIs/costPerDossierVnd").decimalValue()
                        .subtract(cost.at("/basis/feesVnd").decimalValue());
                BigDecimal toBe = cost.at("/comparison/toBe/costPerDossierVnd").decimalValue().subtract(online);

                JsonNode inPilot = group(report, "PILOT");
                assertThat(inPilot.get("provinces").get(0).asText()).isEqualTo("79");
                assertThat(Instant.parse(inPilot.get("from").asText())).isEqualTo(PILOT);
                assertThat(Instant.parse(inPilot.get("to").asText())).isEqualTo(PILOT.plus(Duration.ofDays(4)));
                assertThat(inPilot.get("received").asLong()).isEqualTo(3);
                assertThat(inPilot.get("decided").asLong()).isEqualTo(2);
                assertThat(figure(inPilot, "cycleTime").decimalValue()).isEqualByComparingTo("2.00");
                assertThat(inPilot.at("/figures/cycleTime/cases").asLong()).isEqualTo(2);
                assertThat(figure(inPilot, "onTimeRate").decimalValue()).isEqualByComparingTo("1");
                assertThat(inPilot.at("/figures/onTimeRate/note").asText())
                        .isEqualTo("2 trên 2 hồ sơ đã giải quyết là đúng hạn");
                assertThat(figure(inPilot, "costPerDossier").decimalValue()).isEqualByComparingTo(
                        costAt(toBe, inPerson, 1, online, 2));
                assertThat(inPilot.at("/figures/costPerDossier/note").asText())
                        .startsWith("Mô hình chi phí chuẩn (SCM) theo quy trình mới: ");
                assertThat(inPilot.at("/figures/onTimeRate/beside").isNull()).isTrue();
                // digitisation over the group's own dossiers: 1 of the 3 has no component on paper; nobody rated
                assertThat(figure(inPilot, "digitisedShare").decimalValue()).isEqualByComparingTo("0.3333");
                assertThat(inPilot.at("/figures/digitisedShare/cases").asLong()).isEqualTo(3);
                assertThat(inPilot.at("/figures/digitisedShare/note").asText())
                        .isEqualTo("1 trên 3 hồ sơ được ghi nhận khi tiếp nhận không có thành phần nào bằng giấy");
                assertThat(inPilot.at("/figures/satisfaction/value").isNull()).isTrue();
                assertThat(inPilot.at("/figures/satisfaction/missing").asText())
                        .isEqualTo("Chưa người nộp hồ sơ nào của nhóm này đánh giá mức độ hài lòng");

                JsonNode elsewhere = group(report, "ELSEWHERE");
                assertThat(elsewhere.get("provinces")).hasSize(33);
                assertThat(elsewhere.get("received").asLong()).isEqualTo(2);
                assertThat(elsewhere.get("decided").asLong()).isEqualTo(1);
                assertThat(figure(elsewhere, "cycleTime").decimalValue()).isEqualByComparingTo("24.00");
                assertThat(figure(elsewhere, "onTimeRate").decimalValue()).isEqualByComparingTo("1");
                assertThat(elsewhere.at("/figures/onTimeRate/beside/value").decimalValue()).isEqualByComparingTo("0.75");
                assertThat(elsewhere.at("/figures/onTimeRate/beside/note").asText()).isEqualTo("Theo số liệu thống kê "
                        + "năm 2025 của 1 tỉnh, thành phố: 1.500 trên 2.000 hồ sơ giải quyết đúng hạn (trên tổng số hồ sơ)");
                assertThat(figure(elsewhere, "costPerDossier").decimalValue()).isEqualByComparingTo(
                        costAt(asIs, inPerson, 1, online, 1));

                JsonNode before = group(report, "BEFORE");
                assertThat(Instant.parse(before.get("from").asText())).isEqualTo(D0);
                assertThat(Instant.parse(before.get("to").asText())).isEqualTo(PILOT);
                assertThat(before.get("received").asLong()).as("the training dossier is left out").isEqualTo(2);
                assertThat(before.get("decided").asLong()).isEqualTo(2);
                assertThat(figure(before, "cycleTime").decimalValue()).isEqualByComparingTo("4.00");
                assertThat(figure(before, "onTimeRate").decimalValue()).isEqualByComparingTo("0.5");
                assertThat(before.at("/figures/onTimeRate/beside/value").decimalValue()).isEqualByComparingTo("0.9");
                assertThat(before.at("/figures/onTimeRate/beside/cases").asLong()).isEqualTo(1000);
                assertThat(before.at("/figures/onTimeRate/note").asText())
                        .isEqualTo("1 trên 2 hồ sơ đã giải quyết là đúng hạn");
                assertThat(figure(before, "costPerDossier").decimalValue()).isEqualByComparingTo(
                        costAt(asIs, inPerson, 1, online, 1));

                // promotion to the national rollout, then a nationwide deployment; going back needs a reason
                JsonNode rollout = move(server, "{\"stage\": \"ROLLOUT\", \"version\": 2}", 200);
                assertThat(rollout.get("stage").asText()).isEqualTo("ROLLOUT");
                assertThat(server.post("/api/procedures/" + RUN + "/deployments", "").status()).isEqualTo(201);
                assertThat(move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"79\"], \"version\": 3}", 400)
                        .get("errors").findValuesAsText("field")).containsExactly("reason");
                JsonNode after = server.get("/api/procedures/" + RUN + "/pilot").body();
                assertThat(Instant.parse(after.at("/pilot/endedAt").asText())).isEqualTo(PILOT.plus(Duration.ofDays(4)));
                assertThat(after.at("/pilot/endedIn").asText()).isEqualTo("ROLLOUT");

                // who and when: the history, newest first, and the audit trail
                var history = server.get("/api/procedures/" + RUN + "/stage");
                assertThat(history.header("ETag")).isEqualTo("\"3\"");
                JsonNode moves = history.body().get("moves");
                assertThat(moves.findValuesAsText("stage")).containsExactly("ROLLOUT", "PILOT", "TEST");
                assertThat(moves.findValuesAsText("movedBy")).containsOnly("admin");
                assertThat(moves.get(1).get("reason").asText()).isEqualTo("Thí điểm tại Bộ phận một cửa");
                assertThat(Instant.parse(moves.get(2).get("movedAt").asText())).isEqualTo(D0.plus(Duration.ofDays(1)));
                JsonNode audited = server.get("/api/audit?action=WORKFLOW_STAGE_CHANGED").body().get("items");
                assertThat(audited).hasSize(3);
                assertThat(audited.findValuesAsText("username")).containsOnly("admin");

                // the observatory's stage column
                JsonNode row = null;
                for (JsonNode r : server.get("/api/observatory").body().get("rows")) {
                    if (r.get("code").asText().equals(RUN)) {
                        row = r;
                    }
                }
                assertThat(row).isNotNull();
                assertThat(row.at("/figures/stage/value").asInt()).isEqualTo(4);
                assertThat(row.at("/figures/stage/note").asText()).startsWith("Stage national rollout since ");
            } finally {
                engine.setClock(null);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWorkflowAlreadyLiveIsRecordedAsRolledOutAndAPilotKeepsToItsRules(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            // a first move records where a workflow already stands, even the rollout
            assertThat(move(server, "{\"stage\": \"ROLLOUT\", \"version\": 0}", 200).get("version").asInt()).isEqualTo(1);
            assertThat(move(server, "{\"stage\": \"LAUNCH\", \"version\": 1}", 400).get("errors")
                    .findValuesAsText("field")).containsExactly("stage");
            assertThat(move(server, "{\"stage\": \"ROLLOUT\", \"provinces\": [\"79\"], \"version\": 1}", 400)
                    .get("errors").findValuesAsText("field")).containsExactly("provinces");
            // back to a pilot, with a reason; no province twice, not every province
            JsonNode twice = move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"79\", \"79\"], "
                    + "\"reason\": \"Lỗi ở bước thẩm định\", \"version\": 1}", 400);
            assertThat(twice.get("errors").findValuesAsText("field")).containsExactly("provinces[1]");
            StringBuilder all = new StringBuilder();
            for (JsonNode l : server.get("/api/localities").body()) {
                String kind = l.get("kind").asText();
                if (kind.equals("PROVINCE") || kind.equals("CITY")) {
                    all.append(all.isEmpty() ? "" : ", ").append('"').append(l.get("code").asText()).append('"');
                }
            }
            assertThat(move(server, "{\"stage\": \"PILOT\", \"provinces\": [" + all + "], \"reason\": \"x\", "
                    + "\"version\": 1}", 400).get("errors").findValuesAsText("field")).containsExactly("provinces");
            JsonNode back = move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"79\"], "
                    + "\"reason\": \"Lỗi ở bước thẩm định\", \"version\": 1}", 200);
            assertThat(back.get("stage").asText()).isEqualTo("PILOT");
            // the pilot grows to Hà Nội: a move of its own; the same provinces again are no move
            JsonNode grown = move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"01\", \"79\"], \"version\": 2}", 200);
            assertThat(grown.get("provinces").get(0).asText()).isEqualTo("01");
            assertThat(grown.get("provinces").get(1).asText()).isEqualTo("79");
            assertThat(move(server, "{\"stage\": \"PILOT\", \"provinces\": [\"79\", \"01\"], \"version\": 3}", 409)
                    .get("message").asText()).isEqualTo("The workflow is already in the pilot stage");
            // a province's officer deploys the pilot in the province only if it is one of the pilot's
            var saved = server.send("PUT", "/api/procedures/" + RUN + "/models/TO_BE",
                    oneTaskModel().getBytes(StandardCharsets.UTF_8), "application/xml");
            assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
            TestServer daNang = server.asNewUser("so-noi-vu-da-nang", new Grant(AccountRole.LOCALITY_OFFICER, "48",
                    List.of()));
            assertThat(daNang.post("/api/procedures/" + RUN + "/deployments?locality=48&coverage=PILOT", "").status())
                    .isEqualTo(409);
            TestServer hanoi = server.asNewUser("so-noi-vu-ha-noi", new Grant(AccountRole.LOCALITY_OFFICER, "01",
                    List.of()));
            assertThat(hanoi.post("/api/procedures/" + RUN + "/deployments?locality=01&coverage=PILOT", "").status())
                    .isEqualTo(201);
            assertThat(hanoi.put("/api/procedures/" + RUN + "/stage", "{\"stage\": \"ROLLOUT\", \"version\": 3}")
                    .status()).as("only central staff move stages").isEqualTo(403);
            assertThat(server.get("/api/procedures/" + RUN + "/stage").body().get("moves")).hasSize(3);
        }
    }

    private static BigDecimal costAt(BigDecimal activities, BigDecimal inPerson, int inPersonDossiers,
                                     BigDecimal online, int onlineDossiers) {
        BigDecimal fees = inPerson.multiply(BigDecimal.valueOf(inPersonDossiers))
                .add(online.multiply(BigDecimal.valueOf(onlineDossiers)))
                .divide(BigDecimal.valueOf(inPersonDossiers + onlineDossiers), 10, RoundingMode.HALF_UP);
        return activities.add(fees).setScale(0, RoundingMode.HALF_UP);
    }

    private static JsonNode move(TestServer server, String body, int status, String... headers) {
        var moved = server.put("/api/procedures/" + RUN + "/stage", body, headers);
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(status);
        return moved.body();
    }

    private static JsonNode group(JsonNode report, String kind) {
        for (JsonNode g : report.get("groups")) {
            if (g.get("kind").asText().equals(kind)) {
                return g;
            }
        }
        throw new AssertionError("no group " + kind);
    }

    private static JsonNode figure(JsonNode group, String key) {
        JsonNode value = group.get("figures").get(key).get("value");
        assertThat(value.isNull()).as(key + ": " + group.get("figures").get(key)).isFalse();
        return value;
    }

    private static Map<String, Object> caseBody(TestServer server, String locality, String channel, boolean training) {
        var form = server.application.workflows().startForm(RUN, locality);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", RUN);
        body.put("locality", locality);
        body.put("channel", channel);
        body.put("data", new StartFormSamples(3).sample(form, locality));
        if (training) {
            body.put("training", true);
        }
        return body;
    }

    private static String receive(TestServer server, String locality, String channel, boolean training) {
        var started = server.post("/api/cases", server.toJson(caseBody(server, locality, channel, training)));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        return started.body().at("/summary/id").asText();
    }

    private static void complete(WorkflowEngine engine, String caseId, Instant at) {
        engine.setClock(at);
        engine.complete(engine.findCase(caseId).orElseThrow().openTasks().get(0).id(), "can.bo", Map.of());
    }

    private static String oneTaskModel() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1" name="Hồ sơ đến"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_Check" name="Thẩm định hồ sơ" camunda:candidateGroups="mot-cua">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_1" name="Đã thẩm định"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Check"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
    }
}
