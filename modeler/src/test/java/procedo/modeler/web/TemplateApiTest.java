package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.templates.demo.DemoTemplates;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.load.PackageJson;
import procedo.templates.model.TemplatePackage;
import procedo.modeler.json.Json;

/** Every template route on a real server: import with every error listed, idempotence, conflicts, adoption, outputs. */
class TemplateApiTest {

    private TestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        server.application.store().localities().saveAgency(new Agency("SO_TAI_CHINH", "Sở Tài chính", Level.PROVINCE));
        server.application.store().localities().saveAgency(new Agency("TT_HCC", "Trung tâm Phục vụ hành chính công", Level.PROVINCE));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static TemplatePackage demo(String name) {
        try (var in = TemplateApiTest.class.getResourceAsStream("/demo/templates/" + name)) {
            return PackageJson.readStored(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook(TemplatePackage p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWorkbookWriter().write(p, out);
        return out.toByteArray();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.server.port() + path);
    }

    TestServer.Response upload(String path, String fileName, byte[] file) {
        String boundary = "----procedo" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return server.send("POST", path, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    HttpResponse<byte[]> bytes(String path) {
        return server.download(path);
    }

    /** Imports a demo package as the administrator; another person, an analyst, publishes it. */
    private void importPublished(String name) {
        var r = upload("/api/templates/import", name, workbook(demo(name)));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        if (publisher == null) {
            publisher = server.asNewUser("cong-bo", Grant.of(AccountRole.ANALYST));
        }
        var published = publisher.post("/api/templates/" + r.body().at("/version/code").asText() + "/versions/"
                + r.body().at("/version/version").asText() + "/publish", "");
        assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
    }

    private TestServer publisher;

    @Test
    void aVersionIsPublishedBySomeoneOtherThanItsImporter() {
        var own = upload("/api/templates/import?publish=true", "khai-sinh.xlsx", workbook(demo("1.001193-2025.2.json")));
        assertThat(own.status()).as("importing and publishing at once").isEqualTo(403);
        assertThat(own.body().get("message").asText()).contains("imported by admin", "someone else");
        assertThat(server.get("/api/templates").body()).as("nothing stored").isEmpty();

        var imported = upload("/api/templates/import", "khai-sinh.xlsx", workbook(demo("1.001193-2025.2.json")));
        assertThat(imported.status()).isEqualTo(201);
        String publish = "/api/templates/1.001193/versions/" + imported.body().at("/version/version").asText()
                + "/publish";
        assertThat(server.post(publish, "").status()).as("the importer").isEqualTo(403);
        assertThat(server.asNewUser("cong-bo-2", Grant.of(AccountRole.ANALYST)).post(publish, "").status())
                .isEqualTo(200);
    }

    @Test
    void importsAWorkbookOnceAndAgainWithoutChangeAndRefusesOtherContentUnderTheSameVersion() {
        byte[] file = workbook(demo("1.001193-2025.2.json"));

        var first = upload("/api/templates/import", "khai-sinh.xlsx", file);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.body().at("/version/status").asText()).isEqualTo("DRAFT");
        assertThat(first.body().at("/version/fieldCount").asInt()).isGreaterThan(25);

        var again = upload("/api/templates/import", "khai-sinh.xlsx", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("created").asBoolean()).isFalse();

        TemplatePackage changed = demo("1.001193-2025.2.json");
        changed = changed.with(changed.agencyCode(), 2, changed.fees(), changed.forms());
        var conflict = upload("/api/templates/import", "khai-sinh.xlsx", workbook(changed));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("message").asText()).contains("already stored with other content");

        var list = server.get("/api/templates");
        assertThat(list.body()).hasSize(1);
        assertThat(list.body().get(0).get("code").asText()).isEqualTo("1.001193");
        var versions = server.get("/api/templates/1.001193/versions");
        assertThat(versions.body()).hasSize(1);
        var json = server.get("/api/templates/1.001193/versions/2025.2");
        assertThat(json.body().at("/forms/0/title").asText()).isEqualTo("Tờ khai đăng ký khai sinh");
    }

    @Test
    void aBadWorkbookGets400WithEveryErrorLocatedAndNothingIsWritten() throws IOException {
        byte[] file = workbook(demo("1.001193-2025.2.json"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            wb.getSheet("Trường thông tin").getRow(1).createCell(4).setCellValue("texty");
            wb.getSheet("Trường thông tin").getRow(4).createCell(2).setCellValue("nyc_so_dinh_danh");
            wb.getSheet("Thành phần hồ sơ").getRow(2).createCell(3).setCellValue("hai");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }

        var refused = upload("/api/templates/import", "bad.xlsx", file);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).hasSizeGreaterThanOrEqualTo(3);
        String located = java.util.stream.StreamSupport.stream(refused.body().get("errors").spliterator(), false)
                .map(e -> e.get("sheet").asText() + "!" + e.get("column").asText() + e.get("row").asInt())
                .collect(Collectors.joining(" "));
        assertThat(located).contains("Trường thông tin!E2", "Trường thông tin!C5", "Thành phần hồ sơ!D3");
        assertThat(refused.body().get("errors").get(0).has("message")).isTrue();
        assertThat(server.get("/api/templates").body()).isEmpty();

        var notAWorkbook = upload("/api/templates/import", "x.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.status()).isEqualTo(400);
        assertThat(notAWorkbook.body().at("/errors/0/message").asText()).contains("neither an Excel workbook");
    }

    @Test
    void anUploadOverTwentyMebibytesIsRefusedWith413AndNothingWritten() {
        byte[] huge = new byte[21 * 1024 * 1024];
        huge[0] = 'P';
        huge[1] = 'K';

        var refused = upload("/api/templates/import", "huge.xlsx", huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("message").asText()).contains("20 MiB");
        assertThat(server.get("/api/templates").body()).isEmpty();
    }

    @Test
    void importsAJsonPackageAndExportsItAsWorkbookAndJson() throws IOException {
        byte[] json = PackageJson.write(demo("2.001610-2025.1.json")).getBytes(StandardCharsets.UTF_8);

        assertThat(upload("/api/templates/import", "dn.json", json).status()).isEqualTo(201);

        var xlsx = bytes("/api/templates/2.001610/versions/2025.1/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet("Thủ tục").getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo("Đăng ký thành lập doanh nghiệp tư nhân");
        }
        var back = bytes("/api/templates/2.001610/versions/2025.1/export?format=json");
        assertThat(PackageJson.readStored(new String(back.body(), StandardCharsets.UTF_8))).isEqualTo(demo("2.001610-2025.1.json"));
        var blank = bytes("/api/templates/blank.xlsx");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    }

    @Test
    void diffsTwoVersionsByStableIds() {
        importPublished("1.001193-2025.1.json");
        importPublished("1.001193-2025.2.json");

        var diff = server.get("/api/templates/1.001193/diff?from=2025.1&to=2025.2");

        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body().get("components").toString()).contains("REMOVED", "giay_chung_nhan_ket_hon", "xac_nhan_cu_tru");
        assertThat(diff.body().get("fields").toString()).contains("ADDED", "nhan_ket_qua", "CHANGED", "nyc_email");
        assertThat(diff.body().get("procedure").toString()).contains("processingDays");
        assertThat(server.get("/api/templates/1.001193/diff?from=2025.1").status()).isEqualTo(400);
    }

    @Test
    void aLocalityAdoptsWithAllowedOverridesAndIsRefusedBeyondThem() {
        importPublished("1.001193-2025.1.json");

        var adopted = server.put("/api/templates/1.001193/adoptions/01", """
                {"centralVersion": "2025.1", "overrides": {"processingDays": 2, "feeAmounts": {"le_phi_ban_sao": 10000},
                 "helpTexts": {"tre_que_quan": "Ghi theo đơn vị hành chính mới"}, "agencyCode": "TT_HCC"}}""");
        assertThat(adopted.status()).as(adopted.raw().body()).isEqualTo(200);
        assertThat(adopted.body().get("revision").asInt()).isEqualTo(1);

        var longer = server.put("/api/templates/1.001193/adoptions/04", """
                {"centralVersion": "2025.1", "overrides": {"processingDays": 5}}""");
        assertThat(longer.status()).isEqualTo(400);
        assertThat(longer.body().at("/errors/0/field").asText()).isEqualTo("overrides.processingDays");
        assertThat(longer.body().at("/errors/0/message").asText()).contains("not lengthen", "3");

        var extraDocs = server.put("/api/templates/1.001193/adoptions/04", """
                {"centralVersion": "2025.1", "overrides": {"components": [{"name": "Sổ hộ khẩu"}]}}""");
        assertThat(extraDocs.status()).isEqualTo(400);
        assertThat(extraDocs.body().at("/errors/0/message").asText()).contains("may not ask for other documents");

        var stale = server.put("/api/templates/1.001193/adoptions/01", """
                {"centralVersion": "2025.1", "revision": 0, "overrides": {}}""");
        assertThat(stale.status()).isEqualTo(409);

        var read = server.get("/api/templates/1.001193/adoptions/01");
        assertThat(read.body().at("/effective/processingDays").asInt()).isEqualTo(2);
        assertThat(server.get("/api/templates/1.001193/adoptions").body()).hasSize(1);
    }

    @Test
    void upgradingKeepsOverridesAndReportsConflictsToResolve() {
        importPublished("1.001193-2025.1.json");
        server.put("/api/templates/1.001193/adoptions/04", """
                {"centralVersion": "2025.1", "overrides": {"processingDays": 2, "feeAmounts": {"le_phi_ban_sao": 9000}}}""");
        importPublished("1.001193-2025.2.json");

        var conflict = server.post("/api/templates/1.001193/adoptions/04/upgrade", "{\"toVersion\": \"2025.2\"}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().at("/conflicts/0/part").asText()).isEqualTo("processingDays");
        assertThat(server.get("/api/templates/1.001193/adoptions/04").body().at("/adoption/centralVersion").asText())
                .isEqualTo("2025.1");

        var resolved = server.post("/api/templates/1.001193/adoptions/04/upgrade",
                "{\"toVersion\": \"2025.2\", \"overrides\": {\"feeAmounts\": {\"le_phi_ban_sao\": 9000}}}");
        assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
        assertThat(resolved.body().get("centralVersion").asText()).isEqualTo("2025.2");
        assertThat(resolved.body().at("/overrides/feeAmounts/le_phi_ban_sao").asInt()).isEqualTo(9000);
    }

    @Test
    void theDeviationReportShowsExtraDocumentsLongerTimeAndHigherFees() throws IOException {
        new DemoTemplates(server.application.templates()).load();

        var report = server.get("/api/templates/1.001193/deviations");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("standardVersion").asText()).isEqualTo("2025.2");
        JsonNode caoBang = report.body().get("localities").get(0);
        assertThat(caoBang.get("localityCode").asText()).isEqualTo("04");
        assertThat(caoBang.get("deviations").toString()).contains("EXTRA_DOCUMENT", "LONGER_TIME", "HIGHER_FEE");
        assertThat(report.body().get("conforming").asInt()).isEqualTo(1);

        var local = bytes("/api/templates/1.001193/forms/TK-KS.docx?locality=01");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(local.body()))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
                    .contains("Ghi đủ cấp xã, cấp tỉnh theo đơn vị hành chính sau ngày 01/7/2025");
        }

        var xlsx = bytes("/api/templates/1.001193/deviations.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheet("Sai khác");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("04");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Thêm giấy tờ");
        }
    }

    @Test
    void printsTheFormAsDocxWithTheNationalHeaderAndServesItsFormJsSchema() throws IOException {
        importPublished("1.001193-2025.2.json");
        importPublished("2.001610-2025.1.json");

        var docx = bytes("/api/templates/1.001193/forms/TK-KS.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "TỜ KHAI ĐĂNG KÝ KHAI SINH", "Họ, chữ đệm, tên", "........", "☐ Nam", "Quê quán");
            assertThat(doc.getParagraphs().get(1).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
        }
        var business = bytes("/api/templates/2.001610/forms/GDN-DNTN.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(business.body()))) {
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(0).getCell(2).getText()).contains("Mã ngành");
        }

        var schema = server.get("/api/templates/2.001610/forms/GDN-DNTN/formjs");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.body().get("schemaVersion").asInt()).isEqualTo(16);
        String components = schema.body().get("components").toString();
        assertThat(components).contains("\"type\":\"dynamiclist\"", "\"key\":\"nganh_ma\"", "\"type\":\"filepicker\"",
                "\"type\":\"datetime\"");
        assertThat(server.get("/api/templates/2.001610/forms/NOPE/formjs").status()).isEqualTo(404);
        JsonNode office = java.util.stream.StreamSupport.stream(schema.body().at("/components").spliterator(), false)
                .flatMap(c -> java.util.stream.StreamSupport.stream(c.path("components").spliterator(), false))
                .filter(c -> "tru_so_chinh".equals(c.path("path").asText())).findFirst().orElseThrow();
        assertThat(office.get("type").asText()).isEqualTo("group");
        assertThat(office.at("/components/0/values")).hasSize(34);
        assertThat(office.at("/components/0/values").toString()).contains("Thành phố Hà Nội");
    }

    @Test
    void importingAndAdoptingNeedTheirRoles() {
        try (TestServer guarded = server.asNewUser("xem", Grant.of(AccountRole.VIEWER))) {
            TestServer previous = server;
            server = guarded;
            try {
                var refused = upload("/api/templates/import", "khai-sinh.xlsx", workbook(demo("1.001193-2025.2.json")));
                assertThat(refused.status()).isEqualTo(403);
                assertThat(guarded.get("/api/templates").status()).isEqualTo(200);
                assertThat(guarded.get("/api/templates").body()).isEmpty();
                assertThat(guarded.put("/api/templates/1.001193/adoptions/01", "{}").status()).isEqualTo(403);
            } finally {
                server = previous;
            }
        }
        assertThat(server.get("/api/openapi.json").body().at("/paths/~1api~1templates~1import/post/x-required-role").asText())
                .isEqualTo("ANALYST");
    }
}
