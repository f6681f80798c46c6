package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.modeler.web.http.Downloads;

/** Plans, suggestions, reports and the catalog workbook over HTTP on a real server with the demo catalog. */
class PlanApiTest {

    /** The header naming the person acting (until sign-in replaces it). */

    static final String BIRTH = "1.001193";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String reusableComponent() {
        var procedure = server.get("/api/procedures/" + BIRTH).body();
        for (JsonNode c : procedure.get("dossierComponents")) {
            if (!c.get("reusableFrom").isNull()) {
                return c.get("name").asText();
            }
        }
        throw new AssertionError("the demo birth registration has a reusable component");
    }

    private static long createPlan(String code, String measuresJson) {
        var created = server.post("/api/procedures/" + code + "/plans", """
                {"title": "Đơn giản hóa", "createdBy": "Nguyễn Văn A", "measures": %s}""".formatted(measuresJson));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    @Test
    void buildsAPlanSeesItsSavingApprovesItAndReportsIt() throws IOException {
        String component = reusableComponent();
        var suggestions = server.get("/api/procedures/" + BIRTH + "/suggestions");
        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.body().findValuesAsText("kind")).contains("ONCE_ONLY");

        long id = createPlan(BIRTH, """
                [{"kind": "ONCE_ONLY", "component": %s}, {"kind": "ONLINE"}]""".formatted(server.toJson(component)));
        var preview = server.get("/api/plans/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        // "before" is the procedure's as-is annual cost, the one the cost page shows, rounded to whole đồng
        BigDecimal asIs = new BigDecimal(server.get("/api/procedures/" + BIRTH + "/cost").body().at("/comparison/asIs/annualCostVnd").asText());
        BigDecimal before = new BigDecimal(preview.body().at("/saving/beforeVnd").asText());
        BigDecimal after = new BigDecimal(preview.body().at("/saving/afterVnd").asText());
        assertThat(before).isEqualByComparingTo(asIs.setScale(0, RoundingMode.HALF_UP));
        assertThat(after).isLessThan(before);
        assertThat(new BigDecimal(preview.body().at("/saving/savingVnd").asText())).isEqualByComparingTo(before.subtract(after));
        assertThat(preview.body().at("/toBe/removedActivities/0/by").asText()).isEqualTo("online submission and delivery");

        TestServer proposer = server.asNewUser("nguyen-van-a", Grant.of(AccountRole.ANALYST));
        TestServer approver = server.asNewUser("tran-thi-b", Grant.of(AccountRole.ANALYST));
        assertThat(approver.post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\"}").status()).isEqualTo(409);
        assertThat(proposer.post("/api/plans/" + id + "/status", "{\"status\": \"PROPOSED\"}").status()).isEqualTo(200);
        var own = proposer.post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\"}");
        assertThat(own.status()).as("whoever proposed a plan does not approve it").isEqualTo(403);
        assertThat(own.body().get("message").asText()).contains("nguyen-van-a", "someone else");
        assertThat(approver.post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\", \"by\": \"Giả mạo\"}")
                .status()).as("who acts is not said in the body").isEqualTo(400);
        var approved = approver.post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().at("/history/1/by").asText()).isEqualTo("nguyen-van-a");
        assertThat(approved.body().at("/history/2/by").asText()).isEqualTo("tran-thi-b");
        assertThat(server.get("/api/procedures/" + BIRTH + "/cost").body().get("toBeBasis").asText()).isEqualTo("DESIGNED");
        assertThat(server.get("/api/plans/savings").body().findValuesAsText("procedureCode")).contains(BIRTH);
        var ranking = server.get("/api/priorities?limit=5&includeOnline=true");
        assertThat(ranking.status()).as(ranking.raw().body()).isEqualTo(200);

        var xlsx = server.downloadFile("/api/reports/cost-reduction.xlsx?planStatus=APPROVED&lang=vi");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(Downloads.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var row = workbook.getSheet("Thủ tục").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(BIRTH);
            assertThat(BigDecimal.valueOf(row.getCell(19).getNumericCellValue())).isEqualByComparingTo(before);
            assertThat(BigDecimal.valueOf(row.getCell(24).getNumericCellValue())).isEqualByComparingTo(after);
            assertThat(workbook.getSheet("Thủ tục").getLastRowNum()).isEqualTo(1);
        }
        var all = server.downloadFile("/api/reports/cost-reduction.xlsx?lang=vi");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.body()))) {
            assertThat(workbook.getSheet("Thủ tục").getLastRowNum()).isGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void reportsAsCsvZipOrOneTable() throws IOException {
        var zip = server.downloadFile("/api/reports/cost-reduction.csv");
        assertThat(zip.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("summary.csv", "procedures.csv", "by-agency.csv", "by-field.csv",
                "by-locality.csv", "scm.csv");
        var table = server.downloadFile("/api/reports/cost-reduction.csv?table=by-field&field=H%E1%BB%99%20t%E1%BB%8Bch&lang=en");
        assertThat(table.status()).isEqualTo(200);
        String text = new String(table.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,name,procedures,").contains("Hộ tịch,Hộ tịch,");
        assertThat(text.lines().count()).isEqualTo(2);
    }

    /** Vietnamese unless the request asks for English, by ?lang=en or by the UI's Accept-Language. */
    @Test
    void reportsSpeakTheLanguageTheRequestAsksFor() throws IOException {
        String byAgency = "/api/reports/cost-reduction.csv?table=by-agency";
        assertThat(server.get(byAgency, "Accept-Language", "").raw().body()).startsWith("\uFEFFSTT,Cơ quan thực hiện,Số thủ tục,");
        assertThat(server.get(byAgency, "Accept-Language", "vi").raw().body()).startsWith("\uFEFFSTT,Cơ quan thực hiện,");
        assertThat(server.get(byAgency, "Accept-Language", "en-GB,en;q=0.9").raw().body()).startsWith("\uFEFFcode,name,procedures,");
        assertThat(server.get(byAgency + "&lang=vi", "Accept-Language", "en").raw().body()).startsWith("\uFEFFSTT,");
        assertThat(server.get(byAgency + "&lang=en", "Accept-Language", "vi").raw().body()).startsWith("\uFEFFcode,");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                server.downloadFile("/api/reports/cost-reduction.xlsx?lang=en").body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Summary");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                server.downloadFile("/api/reports/cost-reduction.xlsx?lang=vi").body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
        }
    }

    @Test
    void refusesBadReportFiltersNamingTheParameter() {
        var badStatus = server.get("/api/reports/cost-reduction.xlsx?planStatus=DONE");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body().at("/errors/0/field").asText()).isEqualTo("planStatus");
        assertThat(server.get("/api/reports/cost-reduction.xlsx?agency=NOPE").body().at("/errors/0/field").asText()).isEqualTo("agency");
        assertThat(server.get("/api/reports/cost-reduction.csv?table=nope").body().at("/errors/0/field").asText()).isEqualTo("table");
        assertThat(server.get("/api/reports/cost-reduction.xlsx?scope=XX").status()).isEqualTo(400);
    }

    @Test
    void changesPlansWithOptimisticVersionsAndRefusesBadInput() {
        long id = createPlan("1.000656", "[{\"kind\": \"ONLINE\"}]");
        String body = "{\"title\": \"Mới\", \"measures\": [{\"kind\": \"CUT_FEE\", \"percent\": 50}], \"version\": %d}";

        var updated = server.put("/api/plans/" + id, body.formatted(1));
        assertThat(updated.status()).as(updated.raw().body()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(server.put("/api/plans/" + id, body.formatted(1)).status()).isEqualTo(409);
        assertThat(server.put("/api/plans/" + id, "{\"title\": \"x\", \"measures\": []}", "If-Match", "\"2\"").status()).isEqualTo(200);
        var bad = server.post("/api/procedures/1.000656/plans",
                "{\"title\": \"\", \"createdBy\": \"A\", \"measures\": [{\"kind\": \"REMOVE_COMPONENT\", \"component\": \"không có\"}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().findValuesAsText("field")).containsExactly("title", "measures[0].component");
        assertThat(server.post("/api/procedures/1.000656/plans", "{\"title\": \"t\", \"createdBy\": \"A\", \"measures\": [{\"kind\": \"TELEPORT\"}]}")
                .status()).isEqualTo(400);
        assertThat(server.post("/api/procedures/0.0/plans", "{\"title\": \"t\", \"createdBy\": \"A\"}").status()).isEqualTo(404);
        assertThat(server.get("/api/plans/abc").status()).isEqualTo(400);
        assertThat(server.get("/api/plans/987654").status()).isEqualTo(404);
        assertThat(server.get("/api/procedures/1.000656/plans").body().findValuesAsText("title")).contains("x");
        assertThat(server.post("/api/plans/" + id + "/status", "{\"status\": \"LATER\"}").body()
                .findValuesAsText("field")).containsExactly("status");
        assertThat(server.delete("/api/plans/" + id).status()).isEqualTo(204);
        assertThat(server.get("/api/plans/" + id).status()).isEqualTo(404);
    }

    @Test
    void exportsTheCatalogAndImportsItIntoAnEmptyServer() throws IOException {
        var export = server.downloadFile("/api/catalog/export.xlsx");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).isEqualTo(Downloads.XLSX);

        int total = server.get("/api/procedures?limit=1").body().get("total").asInt();
        var codes = server.downloadFile("/api/catalog/export.xlsx?form=codes");
        for (byte[] same : List.of(export.body(), codes.body())) {
            var again = server.postBytes("/api/catalog/import", same, Downloads.XLSX);
            assertThat(again.status()).as("importing the export again changes nothing").isEqualTo(201);
            assertThat(again.body().get("added")).isEmpty();
            assertThat(again.body().get("changed")).isEmpty();
            assertThat(again.body().get("removed")).isEmpty();
            assertThat(again.body().get("unchanged").asInt()).isEqualTo(total);
        }
        // larger than the global 2 MiB limit: read by the route itself, refused for what it is, not for its size
        var garbage = server.postBytes("/api/catalog/import", new byte[3 * 1024 * 1024], "application/octet-stream");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.raw().body()).contains("not a readable XLSX workbook");

        try (TestServer empty = TestServer.start()) {
            String boundary = "procedo-boundary";
            ByteArrayOutputStream form = new ByteArrayOutputStream();
            form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"catalog.xlsx\"\r\n"
                    + "Content-Type: " + Downloads.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            form.write(export.body());
            form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            var imported = empty.postBytes("/api/catalog/import", form.toByteArray(), "multipart/form-data; boundary=" + boundary);
            assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
            assertThat(imported.body().get("procedures").asInt()).isEqualTo(server.get("/api/procedures?limit=1").body().get("total").asInt());
            assertThat(empty.get("/api/procedures/" + BIRTH).status()).isEqualTo(200);
            assertThat(empty.get("/api/priorities?limit=1").body().get("total").asInt()).isPositive();
        }
    }

    @Test
    void changesNeedTheAnalystRole() {
        TestServer viewer = server.asNewUser("xem", Grant.of(AccountRole.VIEWER));
        assertThat(viewer.post("/api/procedures/" + BIRTH + "/plans", "{\"title\": \"t\"}").status()).isEqualTo(403);
        assertThat(viewer.postBytes("/api/catalog/import", new byte[10], "application/octet-stream").status()).isEqualTo(403);
        assertThat(server.anonymous().get("/api/procedures/" + BIRTH + "/plans").status()).isEqualTo(401);
        TestServer analyst = server.asNewUser("phan-tich", Grant.of(AccountRole.ANALYST));
        var created = analyst.post("/api/procedures/" + BIRTH + "/plans", "{\"title\": \"t\", \"createdBy\": \"A\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("createdBy").asText()).as("the signed-in person, not the body").isEqualTo("phan-tich");
        assertThat(viewer.get("/api/procedures/" + BIRTH + "/plans").status()).isEqualTo(200);
        assertThat(viewer.downloadFile("/api/reports/cost-reduction.xlsx").status()).isEqualTo(200);
    }
}
