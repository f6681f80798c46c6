package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import org.junit.jupiter.api.TestInstance;
import procedo.modeler.json.Json;
import procedo.modeler.model.Snippets;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.workflow.StartFormSamples;

/**
 * Every change made through the API is recorded once in the audit trail, by the person acting, with what it
 * changed before and after; the trail reads with filters, exports as text-only workbook cells and verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest {

    private static final String BIRTH = "1.001193";
    private static final String USER = "Authorization";
    private static final String USERNAME = "kiem";
    private static final String NAME = "Lê Văn Kiểm";
    /** The person acting in these tests: a signed-in administrator named {@link #NAME}. */
    private String WHO;

    private final ObjectMapper json = Json.mapper();
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
        WHO = "Bearer " + server.tokenFor(USERNAME, NAME, Grant.of(AccountRole.ADMIN));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private long last() {
        JsonNode items = server.get("/api/audit?limit=1").body().get("items");
        return items.isEmpty() ? 0 : items.get(0).get("sequence").asLong();
    }

    /** The records appended after {@code sequence}, oldest first. */
    private List<JsonNode> since(long sequence) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode r : server.get("/api/audit?limit=500").body().get("items")) {
            if (r.get("sequence").asLong() > sequence) {
                records.add(0, r);
            }
        }
        return records;
    }

    /** The one record the person acting made after {@code sequence}, checked to be {@code action} by them. */
    private JsonNode one(long sequence, String action) {
        List<JsonNode> mine = since(sequence).stream()
                .filter(r -> r.get("username").asText().equals(USERNAME)).toList();
        assertThat(mine).as("records by %s after %d", NAME, sequence).hasSize(1);
        JsonNode r = mine.get(0);
        assertThat(r.get("action").asText()).isEqualTo(action);
        assertThat(r.get("displayName").asText()).isEqualTo(NAME);
        assertThat(r.get("address").asText()).isEqualTo("127.0.0.1");
        return r;
    }

    private JsonNode state(JsonNode record, String side) throws IOException {
        return record.get(side).isNull() ? null : json.readTree(record.get(side).asText());
    }

    @Test
    void catalogUsageTariffAndProfileChangesAreRecordedOnceWithBeforeAndAfter() throws IOException {
        ObjectNode procedure = (ObjectNode) server.get("/api/procedures/" + BIRTH).body();
        procedure.put("code", "9.000001").put("version", 0);
        long seq = last();
        assertThat(server.post("/api/procedures", procedure.toString(), USER, WHO).status()).isEqualTo(201);
        JsonNode created = one(seq, "PROCEDURE_CREATED");
        assertThat(created.get("subjectType").asText()).isEqualTo("procedure");
        assertThat(created.get("subjectId").asText()).isEqualTo("9.000001");
        assertThat(created.get("procedureCode").asText()).isEqualTo("9.000001");
        assertThat(created.get("before").isNull()).isTrue();
        assertThat(state(created, "after").get("name").asText()).isEqualTo(procedure.get("name").asText());

        procedure.put("name", "Thủ tục đã sửa").put("version", 1);
        seq = last();
        assertThat(server.put("/api/procedures/9.000001", procedure.toString(), USER, WHO).status()).isEqualTo(200);
        JsonNode updated = one(seq, "PROCEDURE_UPDATED");
        assertThat(state(updated, "before").get("name").asText()).isEqualTo(server.get("/api/procedures/" + BIRTH)
                .body().get("name").asText());
        assertThat(state(updated, "after").get("name").asText()).isEqualTo("Thủ tục đã sửa");
        assertThat(state(updated, "after").get("version").asInt()).isEqualTo(2);

        seq = last();
        assertThat(server.put("/api/procedures/9.000001", procedure.toString(), USER, WHO).status())
                .as("a stale update").isEqualTo(409);
        assertThat(since(seq)).as("a refused change records nothing").isEmpty();

        seq = last();
        assertThat(server.post("/api/procedures/9.000001/usage", """
                {"stats": [{"localityCode": "79", "year": 2025, "source": "IMPORTED", "dossiersTotal": 1200}]}""",
                USER, WHO).status()).isEqualTo(200);
        JsonNode usage = one(seq, "USAGE_RECORDED");
        assertThat(usage.get("provinceCode").asText()).isEqualTo("79");
        assertThat(state(usage, "before")).isEmpty();
        assertThat(state(usage, "after").get(0).get("dossiersTotal").asLong()).isEqualTo(1200);

        seq = last();
        assertThat(server.put("/api/tariffs/CITIZEN/2031", """
                {"monthlyIncomeVnd": 9000000, "workingDaysPerMonth": 22, "hoursPerDay": 8, "source": "Ước tính"}""",
                USER, WHO).status()).isEqualTo(200);
        JsonNode tariff = one(seq, "TARIFF_SAVED");
        assertThat(tariff.get("subjectId").asText()).isEqualTo("CITIZEN/2031");
        assertThat(state(tariff, "after").get("monthlyIncomeVnd").asText()).isEqualTo("9000000");

        seq = last();
        assertThat(server.post("/api/profiles", """
                {"name": "kiem-tra", "description": "thử", "weights": {"VOLUME": 1}}""", USER, WHO).status())
                .isEqualTo(201);
        assertThat(one(seq, "PROFILE_CREATED").get("subjectId").asText()).isEqualTo("kiem-tra");
        seq = last();
        assertThat(server.put("/api/profiles/kiem-tra", """
                {"description": "thử lại", "weights": {"VOLUME": 1}, "version": 1}""", USER, WHO).status())
                .isEqualTo(200);
        JsonNode profile = one(seq, "PROFILE_UPDATED");
        assertThat(state(profile, "before").get("description").asText()).isEqualTo("thử");
        assertThat(state(profile, "after").get("description").asText()).isEqualTo("thử lại");
        seq = last();
        assertThat(server.delete("/api/profiles/kiem-tra", USER, WHO).status()).isEqualTo(204);
        assertThat(state(one(seq, "PROFILE_DELETED"), "after")).isNull();

        seq = last();
        assertThat(server.delete("/api/procedures/9.000001", USER, WHO).status()).as("its usage keeps it: withdrawn")
                .isEqualTo(200);
        JsonNode deleted = one(seq, "PROCEDURE_WITHDRAWN");
        assertThat(state(deleted, "before").get("name").asText()).isEqualTo("Thủ tục đã sửa");
        assertThat(state(deleted, "after").get("outcome").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void modelsAndPlansAreRecordedAndAnApprovalRecordsTheProcedureItChanges() throws IOException {
        long seq = last();
        var saved = server.send("PUT", "/api/procedures/1.000656/models/AS_IS",
                Snippets.bytes(Snippets.simple("Nộp hồ sơ")), "application/xml", USER, WHO);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
        JsonNode model = one(seq, "MODEL_SAVED");
        assertThat(model.get("subjectId").asText()).isEqualTo("1.000656/AS_IS");
        assertThat(state(model, "after").get("author").asText()).isEqualTo(USERNAME);

        seq = last();
        var plan = server.post("/api/procedures/1.000656/plans",
                "{\"title\": \"Trực tuyến\", \"createdBy\": \"A\", \"measures\": [{\"kind\": \"ONLINE\"}]}", USER, WHO);
        assertThat(plan.status()).as(plan.raw().body()).isEqualTo(201);
        long id = plan.body().get("id").asLong();
        JsonNode created = one(seq, "PLAN_CREATED");
        assertThat(created.get("subjectId").asText()).isEqualTo(Long.toString(id));
        assertThat(created.get("procedureCode").asText()).isEqualTo("1.000656");

        seq = last();
        assertThat(server.put("/api/plans/" + id, "{\"title\": \"Trực tuyến toàn trình\", \"measures\":"
                + " [{\"kind\": \"ONLINE\"}], \"version\": 1}", USER, WHO).status()).isEqualTo(200);
        JsonNode updated = one(seq, "PLAN_UPDATED");
        assertThat(state(updated, "before").get("title").asText()).isEqualTo("Trực tuyến");
        assertThat(state(updated, "after").get("title").asText()).isEqualTo("Trực tuyến toàn trình");

        seq = last();
        assertThat(server.post("/api/plans/" + id + "/status", "{\"status\": \"PROPOSED\"}", USER, WHO).status())
                .isEqualTo(200);
        JsonNode proposed = one(seq, "PLAN_STATUS_CHANGED");
        assertThat(state(proposed, "before").get("status").asText()).isEqualTo("DRAFT");
        assertThat(state(proposed, "after").get("status").asText()).isEqualTo("PROPOSED");

        seq = last();
        String approver = "Bearer " + server.tokenFor("duyet", "Người duyệt", Grant.of(AccountRole.ANALYST));
        seq = last();
        assertThat(server.post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\"}", USER, approver).status())
                .isEqualTo(200);
        assertThat(since(seq)).extracting(r -> r.get("action").asText(), r -> r.get("username").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PROCEDURE_UPDATED", "duyet"),
                        org.assertj.core.groups.Tuple.tuple("PLAN_STATUS_CHANGED", "duyet"));

        var draft = server.post("/api/procedures/1.000656/plans", "{\"title\": \"Nháp\", \"createdBy\": \"A\"}",
                USER, WHO);
        seq = last();
        assertThat(server.delete("/api/plans/" + draft.body().get("id").asLong(), USER, WHO).status()).isEqualTo(204);
        assertThat(state(one(seq, "PLAN_DELETED"), "before").get("title").asText()).isEqualTo("Nháp");
    }

    @Test
    void templateImportsPublicationsAndAdoptionsAreRecorded() throws IOException {
        ObjectNode pkg = (ObjectNode) json.readTree(server.download(
                "/api/templates/" + BIRTH + "/versions/2025.2/export?format=json").body());
        pkg.put("version", "2026.1");
        long seq = last();
        var imported = server.postBytes("/api/templates/import", pkg.toString().getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        List<JsonNode> imports = since(seq);
        assertThat(imports).as("imported by the administrator, to be published by someone else").hasSize(1);
        JsonNode record = imports.get(0);
        assertThat(record.get("action").asText()).isEqualTo("TEMPLATE_IMPORTED");
        assertThat(record.get("username").asText()).isEqualTo("admin");
        assertThat(record.get("subjectId").asText()).isEqualTo(BIRTH + "@2026.1");
        assertThat(state(record, "after").get("status").asText()).isEqualTo("DRAFT");

        seq = last();
        assertThat(server.post("/api/templates/" + BIRTH + "/versions/2026.1/publish", "", USER, WHO).status())
                .isEqualTo(200);
        JsonNode published = one(seq, "TEMPLATE_PUBLISHED");
        assertThat(state(published, "before").get("status").asText()).isEqualTo("DRAFT");
        assertThat(state(published, "after").get("status").asText()).isEqualTo("PUBLISHED");

        seq = last();
        assertThat(server.put("/api/templates/" + BIRTH + "/adoptions/79", "{\"centralVersion\": \"2026.1\"}",
                USER, WHO).status()).isEqualTo(200);
        JsonNode adopted = one(seq, "ADOPTION_SET");
        assertThat(adopted.get("provinceCode").asText()).isEqualTo("79");
        assertThat(adopted.get("procedureCode").asText()).isEqualTo(BIRTH);
        assertThat(adopted.get("before").isNull()).isTrue();
        assertThat(state(adopted, "after").get("centralVersion").asText()).isEqualTo("2026.1");

        seq = last();
        var upgraded = server.post("/api/templates/" + BIRTH + "/adoptions/48/upgrade",
                "{\"toVersion\": \"2026.1\", \"overrides\": {}}", USER, WHO);
        assertThat(upgraded.status()).as(upgraded.raw().body()).isEqualTo(200);
        JsonNode upgrade = one(seq, "ADOPTION_UPGRADED");
        assertThat(state(upgrade, "before").get("centralVersion").asText()).isEqualTo("2025.2");
        assertThat(state(upgrade, "after").get("centralVersion").asText()).isEqualTo("2026.1");
    }

    @Test
    void deploymentsCasesAndTasksAreRecordedAfterTheEngineMadeThem() throws IOException {
        long seq = last();
        var deployed = server.post("/api/procedures/" + BIRTH + "/deployments", "", USER, WHO);
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
        String workflow = deployed.body().get("workflowId").asText();
        JsonNode deployment = one(seq, "WORKFLOW_DEPLOYED");
        assertThat(deployment.get("subjectId").asText()).isEqualTo(workflow);
        assertThat(state(deployment, "after").get("deployedBy").asText()).isEqualTo(USERNAME);

        seq = last();
        assertThat(server.post("/api/workflows/" + workflow + "/suspend", "", USER, WHO).status()).isEqualTo(200);
        assertThat(state(one(seq, "WORKFLOW_SUSPENDED"), "after").get("suspended").asBoolean()).isTrue();
        seq = last();
        assertThat(server.post("/api/cases", "{\"procedureCode\": \"" + BIRTH + "\", \"locality\": \"01\"}",
                USER, WHO).status()).as("no case starts on a suspended workflow").isNotIn(200, 201);
        assertThat(since(seq)).isEmpty();
        seq = last();
        assertThat(server.post("/api/workflows/" + workflow + "/resume", "", USER, WHO).status()).isEqualTo(200);
        assertThat(state(one(seq, "WORKFLOW_RESUMED"), "after").get("suspended").asBoolean()).isFalse();

        var form = server.application.workflows().startForm(BIRTH, "01");
        Map<String, Object> data = new StartFormSamples(7).sample(form, "01");
        seq = last();
        var started = server.post("/api/cases", server.toJson(Map.of("procedureCode", BIRTH, "locality", "01",
                "channel", "COUNTER", "data", data)), USER, WHO);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String caseId = started.body().get("summary").get("id").asText();
        // receiving a dossier records the case and, apart, how its components arrived
        List<JsonNode> received = since(seq).stream().filter(r -> r.get("username").asText().equals(USERNAME))
                .toList();
        assertThat(received).extracting(r -> r.get("action").asText())
                .containsExactly("CASE_STARTED", "DOSSIER_MEDIA_RECORDED");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.get("subjectId").asText()).isEqualTo(caseId);
            assertThat(r.get("displayName").asText()).isEqualTo(NAME);
        });
        JsonNode receipt = received.get(0);
        assertThat(receipt.get("subjectId").asText()).isEqualTo(caseId);
        assertThat(receipt.get("provinceCode").asText()).isEqualTo("01");
        assertThat(state(receipt, "after").get("summary").get("channel").asText()).isEqualTo("COUNTER");

        JsonNode open = started.body().get("openTasks");
        String outcome = null;
        for (int guard = 0; open.size() > 0; guard++) {
            assertThat(guard).isLessThan(10);
            String task = open.get(0).get("id").asText();
            seq = last();
            assertThat(server.post("/api/tasks/" + task + "/claim", "", USER, WHO).status()).isEqualTo(200);
            JsonNode claim = one(seq, "TASK_CLAIMED");
            assertThat(state(claim, "before").get("assignee").isNull()).isTrue();
            assertThat(state(claim, "after").get("assignee").asText()).isEqualTo(USERNAME);
            if (guard == 0) {
                seq = last();
                assertThat(server.post("/api/tasks/" + task + "/unclaim", "", USER, WHO).status()).isEqualTo(200);
                JsonNode unclaim = one(seq, "TASK_UNCLAIMED");
                assertThat(state(unclaim, "before").get("assignee").asText()).isEqualTo(USERNAME);
                assertThat(state(unclaim, "after").get("assignee").isNull()).isTrue();
                server.post("/api/tasks/" + task + "/claim", "", USER, WHO);
            }
            ObjectNode answers = json.createObjectNode();
            open.get(0).get("form").forEach(f -> answers.put(f.get("id").asText(),
                    !f.get("id").asText().equals("paperCopy")));
            seq = last();
            var done = server.post("/api/tasks/" + task + "/complete",
                    json.createObjectNode().set("data", answers).toString(), USER, WHO);
            assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
            JsonNode completion = one(seq, "TASK_COMPLETED");
            assertThat(completion.get("subjectId").asText()).isEqualTo(task);
            assertThat(state(completion, "after").get("data")).isEqualTo(answers);
            open = done.body().get("openTasks");
            JsonNode after = state(completion, "after");
            assertThat(after.get("caseState").asText()).isEqualTo(done.body().get("summary").get("state").asText());
            outcome = after.get("outcome").isNull() ? null : after.get("outcome").asText();
        }
        assertThat(outcome).as("the completion that ended the case keeps its outcome")
                .isEqualTo(server.get("/api/cases/" + caseId).body().get("summary").get("endName").asText());
    }

    @Test
    void aCatalogImportIsOneRecordOfWhatItAdded() throws IOException {
        var export = server.downloadFile("/api/catalog/export.xlsx");
        try (TestServer empty = TestServer.start()) {
            long before = empty.get("/api/audit").body().get("total").asLong();
            var imported = empty.postBytes("/api/catalog/import", export.body(), Downloads.XLSX);
            assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
            JsonNode items = empty.get("/api/audit?action=CATALOG_IMPORTED").body().get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("username").asText()).isEqualTo("admin");
            assertThat(json.readTree(items.get(0).get("after").asText()).get("procedures").asInt())
                    .isEqualTo(imported.body().get("procedures").asInt());
            assertThat(empty.get("/api/audit").body().get("total").asLong()).isEqualTo(before + 1);
        }
    }

    @Test
    void theTrailReadsWithFiltersExportsTextCellsAndVerifies() throws IOException {
        String formula = "=HYPERLINK(\"http://x\")";
        assertThat(server.post("/api/procedures/" + BIRTH + "/usage", """
                {"stats": [{"localityCode": "31", "year": 2024, "source": "IMPORTED", "dossiersTotal": 77}]}""",
                USER, "Bearer " + server.tokenFor("cong-thuc", formula, Grant.of(AccountRole.ANALYST))).status())
                .isEqualTo(200);

        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var page = server.get("/api/audit?procedure=" + BIRTH + "&province=31&action=USAGE_RECORDED&from=" + today
                + "&to=" + today + "&who=" + URLEncoder.encode(formula, StandardCharsets.UTF_8));
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        assertThat(page.body().get("total").asInt()).isEqualTo(1);
        assertThat(page.body().get("items").get(0).get("displayName").asText()).isEqualTo(formula);
        assertThat(server.get("/api/audit?procedure=" + BIRTH + "&to=01/01/2020").body().get("total").asInt()).isZero();
        assertThat(server.get("/api/audit?from=2020-01-01T00:00:00Z&procedure=" + BIRTH + "&province=31")
                .body().get("total").asInt()).isEqualTo(1);
        var bad = server.get("/api/audit?from=32/13/2026&action=NOPE&limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().findValuesAsText("field")).contains("from");
        assertThat(server.get("/api/audit?action=NOPE").body().findValuesAsText("field")).containsExactly("action");
        // a day the calendar does not have is refused, not moved to the last day of February
        var february = server.get("/api/audit?to=31/02/2026");
        assertThat(february.status()).isEqualTo(400);
        assertThat(february.body().findValuesAsText("field")).containsExactly("to");

        var xlsx = server.downloadFile("/api/audit.xlsx?province=31&procedure=" + BIRTH);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(Downloads.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số thứ tự");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
            assertThat(row.getCell(1).getStringCellValue()).startsWith(today + " ").matches(".* \\d\\d:\\d\\d");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(formula);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("USAGE_RECORDED");
        }

        try (TestServer analyst = server.asNewUser("chi-doc", Grant.of(AccountRole.ANALYST))) {
            for (String path : List.of("/api/audit", "/api/audit.xlsx", "/api/audit/verify")) {
                assertThat(analyst.get(path).status()).as(path + " is for administrators").isEqualTo(403);
            }
        }

        JsonNode verify = server.get("/api/audit/verify").body();
        assertThat(verify.get("intact").asBoolean()).isTrue();
        assertThat(verify.get("records").asLong()).isEqualTo(last());
        assertThat(verify.get("message").asText()).isEqualTo("intact: " + last() + " records");
    }
}
