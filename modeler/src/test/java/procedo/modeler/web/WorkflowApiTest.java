package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import org.junit.jupiter.api.TestInstance;
import procedo.engine.calendar.Deadlines;
import procedo.modeler.model.Snippets;
import procedo.modeler.json.Json;

/** Deploying the demo to-be workflow and running a case through it over HTTP, on a real engine and server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowApiTest {

    private static final String BIRTH = "1.001193";
    private static final String USER = "Authorization";
    /** The officer acting in these tests: a signed-in administrator (every province and group). */
    private String OFFICER;
    private String SOMEONE_ELSE;

    private final ObjectMapper json = Json.mapper();
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
        OFFICER = "Bearer " + server.tokenFor("tran-thi-binh", Grant.of(AccountRole.ADMIN));
        SOMEONE_ELSE = "Bearer " + server.tokenFor("le-van-cuong", Grant.of(AccountRole.ADMIN));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theDeploymentCheckChecksTheModelSentInItsBodyElseTheStoredOne() {
        int deployments = server.get("/api/procedures/" + BIRTH + "/deployments").body().size();
        var stored = server.post("/api/procedures/" + BIRTH + "/deployments/check", "");
        assertThat(stored.status()).as(stored.raw().body()).isEqualTo(200);
        assertThat(stored.body().get("problems")).isEmpty();

        var edited = server.postBytes("/api/procedures/" + BIRTH + "/deployments/check",
                Snippets.bytes(Snippets.simple("Kiểm tra")), "application/xml", "Accept-Language", "vi");
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.body().get("problems").get(0).get("elementId").asText()).isEqualTo("Process_1");
        assertThat(edited.body().get("problems").get(0).get("message").asText()).isNotBlank();
        assertThat(server.get("/api/procedures/" + BIRTH + "/deployments").body()).hasSize(deployments);
    }

    @Test
    void theKnownCandidateGroupsAreTheConfiguredListThenTheDeployedWorkflowsAndTheOfficersGroups() {
        server.tokenFor("can-bo-van-hoa", new Grant(AccountRole.CASE_OFFICER, "79", List.of("van-hoa-xa")));
        var deployed = server.post("/api/procedures/" + BIRTH + "/deployments", "", USER, OFFICER);
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);

        var groups = server.get("/api/groups");
        assertThat(groups.status()).as(groups.raw().body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        groups.body().forEach(g -> ids.add(g.get("id").asText()));
        assertThat(ids).startsWith("mot-cua", "tu-phap", "cong-an").contains("applicant", "van-hoa-xa")
                .doesNotHaveDuplicates();
        JsonNode oneStop = groups.body().get(0);
        assertThat(oneStop.get("name").asText()).startsWith("Bộ phận một cửa");
        assertThat(oneStop.get("sources")).extracting(JsonNode::asText).containsExactly("CONFIGURED");
        JsonNode justice = groups.body().get(1);
        assertThat(justice.get("sources")).extracting(JsonNode::asText).containsExactly("CONFIGURED", "DEPLOYED");
        JsonNode officers = groups.body().get(ids.indexOf("van-hoa-xa"));
        assertThat(officers.get("name").isNull()).isTrue();
        assertThat(officers.get("sources")).extracting(JsonNode::asText).containsExactly("ACCOUNTS");
        assertThat(server.anonymous().get("/api/groups").status()).isEqualTo(401);
    }

    @Test
    void aModelThatWouldFailIsRefusedNamingItsElementsAndNothingIsDeployed() {
        String code = "1.004222";
        var put = server.send("PUT", "/api/procedures/" + code + "/models/TO_BE",
                Snippets.bytes(Snippets.simple("Kiểm tra")), "application/xml",
                "If-Match", "\"1\"");
        assertThat(put.status()).as(put.raw().body()).isEqualTo(201);
        var check = server.post("/api/procedures/" + code + "/deployments/check", "");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body().get("problems").get(0).get("elementId").asText()).isEqualTo("Process_1");
        var refused = server.post("/api/procedures/" + code + "/deployments", "", USER, OFFICER);
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("Process_1");
        assertThat(refused.body().get("errors").get(0).get("message").asText()).contains("not executable");
        assertThat(server.get("/api/procedures/" + code + "/deployments").body()).isEmpty();

        assertThat(server.post("/api/procedures/1.000001/deployments", "", USER, OFFICER).status()).isIn(404);
        assertThat(server.post("/api/procedures/" + BIRTH + "/deployments?locality=99", "", USER, OFFICER)
                .status()).isEqualTo(400);
        assertThat(server.anonymous().post("/api/procedures/" + BIRTH + "/deployments", "").status()).isEqualTo(401);
    }

    @Test
    void aCaseRunsFromItsStartFormThroughEveryTaskAndItsFiguresFlowBackIntoTheCatalog() throws Exception {
        var deployed = server.post("/api/procedures/" + BIRTH + "/deployments", "", USER, OFFICER);
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
        int version = deployed.body().get("version").asInt();
        assertThat(deployed.body().get("procedureName").asText()).contains("khai sinh");
        assertThat(deployed.body().get("deployedBy").asText()).isEqualTo("tran-thi-binh");
        assertThat(server.get("/api/workflows").body()).anySatisfy(
                w -> assertThat(w.get("procedureCode").asText()).isEqualTo(BIRTH));
        JsonNode listed = null;
        for (JsonNode w : server.get("/api/workflows").body()) {
            listed = w.get("procedureCode").asText().equals(BIRTH) ? w : listed;
        }
        List<String> listedFields = new ArrayList<>();
        listed.fieldNames().forEachRemaining(listedFields::add);
        assertThat(listedFields).containsExactly("workflowId", "key", "procedureCode", "locality", "name", "version",
                "modelVersion", "suspended", "deployedAt", "deployedBy", "activeCases", "coverage", "procedureName");
        assertThat(listed.get("procedureName").asText()).contains("khai sinh");

        JsonNode form = server.get("/api/procedures/" + BIRTH + "/start-form?locality=01").body();
        assertThat(form.get("source").asText()).isEqualTo("TEMPLATE");
        assertThat(form.get("schema").get("components").size()).isGreaterThan(3);

        ObjectNode incomplete = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01");
        incomplete.putObject("data").put("nyc_ho_ten", "Nguyễn Văn An").put("nyc_so_dinh_danh", "12345");
        var refused = server.post("/api/cases", json.writeValueAsString(incomplete), USER, OFFICER);
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("data.nyc_so_dinh_danh", "data.tre_ho_ten", "data.nyc_noi_cu_tru")
                .doesNotContain("data.nyc_ho_ten");

        ObjectNode byFax = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01")
                .put("channel", "FAX");
        byFax.set("data", validData(json, form.get("fields")));
        var badChannel = server.post("/api/cases", json.writeValueAsString(byFax), USER, OFFICER);
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.body().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asText()).isEqualTo("channel");
            assertThat(e.get("message").asText()).isEqualTo("must be ONLINE, COUNTER or POST");
        });

        ObjectNode request = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01")
                .put("channel", "ONLINE");
        request.set("data", validData(json, form.get("fields")));
        var created = server.post("/api/cases", json.writeValueAsString(request), USER, OFFICER);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        JsonNode summary = created.body().get("summary");
        String caseId = summary.get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/cases/" + caseId);
        assertThat(summary.get("workflowVersion").asInt()).isEqualTo(version);
        assertThat(summary.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(summary.get("state").asText()).isEqualTo("ACTIVE");
        int days = server.get("/api/procedures/" + BIRTH).body().get("processingDays").asInt();
        Instant started = Instant.parse(summary.get("startedAt").asText());
        assertThat(Instant.parse(summary.get("dueAt").asText())).isEqualTo(Deadlines.vietnam().due(started, days));
        assertThat(created.body().get("data").get("nyc_ho_ten").asText()).isEqualTo("Nguyễn Văn An");

        int worked = 0;
        List<String> applicantSteps = new ArrayList<>();
        for (JsonNode open = created.body().get("openTasks"); open.size() > 0; worked++) {
            JsonNode task = open.get(0);
            if (task.get("applicant").asBoolean()) {
                applicantSteps.add(task.get("activityId").asText());
            }
            String group = task.get("candidateGroups").get(0).asText();
            var list = server.get("/api/tasks?group=" + group + "&procedureCode=" + BIRTH);
            if (task.get("applicant").asBoolean()) {
                // the applicant's step is no agency work: only the case's own list shows it
                assertThat(list.body()).noneSatisfy(t -> assertThat(t.get("id").asText())
                        .isEqualTo(task.get("id").asText()));
                assertThat(server.get("/api/tasks?caseId=" + caseId).body()).anySatisfy(t -> {
                    assertThat(t.get("id").asText()).isEqualTo(task.get("id").asText());
                    assertThat(t.get("applicant").asBoolean()).isTrue();
                });
            } else {
                assertThat(list.body()).anySatisfy(t -> assertThat(t.get("id").asText())
                        .isEqualTo(task.get("id").asText()));
            }
            String id = task.get("id").asText();
            assertThat(server.post("/api/tasks/" + id + "/claim", "", USER, OFFICER).body().get("assignee")
                    .asText()).isEqualTo("tran-thi-binh");
            assertThat(server.post("/api/tasks/" + id + "/claim", "", USER, SOMEONE_ELSE).status())
                    .isEqualTo(409);
            task.get("form").forEach(f -> assertThat(f.get("type").asText()).isEqualTo("boolean"));
            ObjectNode data = json.createObjectNode();
            task.get("form").forEach(f -> data.put(f.get("id").asText(), !f.get("id").asText().equals("paperCopy")));
            if (task.get("form").size() > 0) {
                var missing = server.post("/api/tasks/" + id + "/complete", "{\"data\":{}}", USER, OFFICER);
                assertThat(missing.status()).isEqualTo(400);
                assertThat(missing.body().get("errors").get(0).get("field").asText())
                        .isEqualTo(task.get("form").get(0).get("id").asText());
            }
            var done = server.post("/api/tasks/" + id + "/complete",
                    json.writeValueAsString(json.createObjectNode().set("data", data)), USER, OFFICER);
            assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
            open = done.body().get("openTasks");
            assertThat(worked).isLessThan(10);
        }
        assertThat(applicantSteps).containsExactly("Task_SubmitOnline", "Task_ReceiveResult");
        JsonNode finished = server.get("/api/cases/" + caseId).body();
        assertThat(finished.get("summary").get("state").asText()).isEqualTo("COMPLETED");
        assertThat(finished.get("summary").get("outcome").asText()).isEqualTo("GRANTED");
        assertThat(finished.get("summary").get("endName").asText()).contains("Giấy khai sinh");
        assertThat(finished.get("history")).anySatisfy(e -> assertThat(e.get("user").asText(""))
                .isEqualTo("tran-thi-binh"));
        assertThat(server.get("/api/cases?procedureCode=" + BIRTH).body()).anySatisfy(
                c -> assertThat(c.get("id").asText()).isEqualTo(caseId));

        JsonNode kpis = server.get("/api/procedures/" + BIRTH + "/kpis?locality=01").body();
        assertThat(kpis.get("casesStarted").asLong()).isEqualTo(1);
        assertThat(kpis.get("casesCompleted").asLong()).isEqualTo(1);
        assertThat(kpis.get("onTimeRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(kpis.get("tasks").size()).isEqualTo(worked);

        JsonNode usage = server.get("/api/procedures/" + BIRTH + "/usage").body().get("stats");
        assertThat(usage).as("a day measured stands for no year").noneSatisfy(
                u -> assertThat(u.get("source").asText()).isEqualTo("MEASURED"));
        JsonNode measuredApart = server.get("/api/procedures/" + BIRTH + "/cost?scope=01").body()
                .at("/basis/measured");
        assertThat(measuredApart).singleElement().satisfies(u -> {
            assertThat(u.get("coverage").asText()).isEqualTo("ALL");
            assertThat(u.get("localityCode").asText()).isEqualTo("01");
            assertThat(u.get("dossiersTotal").asLong()).isEqualTo(1);
            assertThat(u.get("dossiersOnTime").asLong()).isEqualTo(1);
            assertThat(u.get("coveredDays").asInt()).isEqualTo(1);
            // one case in the workflow's first day, scaled over the minimum of 30 days: 1 × 365 ÷ 30 = 12.2 → 12
            assertThat(u.get("projectedPerYear").asLong()).isEqualTo(12);
            assertThat(u.get("standsForYear").asBoolean()).isFalse();
        });
        JsonNode ranked = server.get("/api/priorities?scope=01&includeOnline=true&limit=100").body().get("items");
        List<Long> measured = new ArrayList<>();
        ranked.forEach(item -> {
            if (item.get("code").asText().equals(BIRTH)) {
                measured.add(item.get("measuredDossiers").asLong());
            }
        });
        assertThat(measured).containsExactly(0L);
        assertThat(server.get("/api/holidays?year=2026").body()).anySatisfy(
                h -> assertThat(h.get("date").asText()).isEqualTo("2026-04-30"));
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndChangesNeedTheEditorRole() {
        assertThat(server.post("/api/cases", "{not json", USER, OFFICER).status()).isEqualTo(400);
        var unknown = server.post("/api/cases", "{\"procedureCode\": \"1.001193\", \"locality\": \"99\", "
                + "\"data\": {\"nope\": 1}}", USER, OFFICER);
        assertThat(unknown.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        unknown.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("locality");
        assertThat(server.get("/api/cases/nope").status()).isEqualTo(404);
        assertThat(server.post("/api/tasks/nope/complete", "{\"data\":{}}", USER, OFFICER).status()).isEqualTo(404);
        assertThat(server.get("/api/tasks?limit=0").status()).isEqualTo(400);
        assertThat(server.get("/api/cases").status()).isEqualTo(400);
        assertThat(server.get("/api/holidays?year=2031").status()).isEqualTo(404);
        try (TestServer guarded = server.asNewUser("xem", Grant.of(AccountRole.VIEWER))) {
            assertThat(guarded.post("/api/procedures/" + BIRTH + "/deployments", "").status()).isEqualTo(403);
            assertThat(guarded.post("/api/cases", "{}").status()).isEqualTo(403);
            assertThat(guarded.post("/api/tasks/x/complete", "{}").status()).isEqualTo(403);
            assertThat(guarded.get("/api/tasks").status()).isEqualTo(200);
            assertThat(server.anonymous().get("/api/tasks").status()).isEqualTo(401);
        }
    }

    /** A valid value for every field of the start form, as a person would type it. */
    static ObjectNode validData(ObjectMapper json, JsonNode fields) {
        ObjectNode data = json.createObjectNode();
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
                        : id.equals("nyc_ho_ten") ? "Nguyễn Văn An" : "Nguyễn Văn Bình");
            }
        }
        return data;
    }
}
