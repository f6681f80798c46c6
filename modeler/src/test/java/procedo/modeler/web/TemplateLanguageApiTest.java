package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;

/**
 * The template routes answer a refused import, adoption and upgrade in Vietnamese when the page names no other
 * language, each problem at its place as a person sees it; English is asked for and answered as before, and the
 * machine-readable places and keys are the same in both.
 */
class TemplateLanguageApiTest {

    private TestServer english;
    private TestServer vietnamese;

    @BeforeEach
    void start() {
        english = TestServer.start();
        english.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        vietnamese = english.inVietnamese();
    }

    @AfterEach
    void stop() {
        english.close();
    }

    private TestServer.Response upload(TestServer client, byte[] file) {
        return client.send("POST", "/api/templates/import", file, "application/octet-stream");
    }

    private static JsonNode error(TestServer.Response r, String field) {
        return StreamSupport.stream(r.body().get("errors").spliterator(), false)
                .filter(e -> field.equals(e.path("field").asText())).findFirst().orElseThrow();
    }

    @Test
    void aRefusedWorkbookIsAnsweredInVietnameseAtEachCell() throws IOException {
        byte[] file = TemplateApiTest.workbook(TemplateApiTest.demo("1.001193-2025.2.json"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            wb.getSheet("Phí, lệ phí").getRow(1).createCell(3).setCellValue(-5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }

        var vi = upload(vietnamese, file);
        var en = upload(english, file);

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.body().path("message").asText())
                .isEqualTo("Gói mẫu chưa được nhập: có 1 lỗi cần sửa; chưa có gì được ghi");
        assertThat(vi.body().path("code").asText()).isEqualTo("templates.import.notImported");
        JsonNode fee = error(vi, "amount_vnd");
        assertThat(fee.path("sheet").asText() + "!" + fee.path("column").asText() + fee.path("row").asInt())
                .isEqualTo("Phí, lệ phí!D2");
        assertThat(fee.path("label").asText()).isEqualTo("trang Phí, lệ phí, dòng 2, cột D (Mức thu (đồng))");
        assertThat(fee.path("message").asText()).isEqualTo("Mức thu (đồng): không được là số âm");
        assertThat(fee.path("code").asText()).isEqualTo("catalog.problem.negative");
        assertThat(en.body().path("message").asText())
                .isEqualTo("The package was not imported: 1 problem(s); nothing was written");
        assertThat(error(en, "amount_vnd").path("message").asText()).isEqualTo("Mức thu (đồng): must not be negative");
        assertThat(english.get("/api/templates").body()).as("nothing written").isEmpty();
    }

    @Test
    void aRefusedAdoptionAndUpgradeReadInVietnamese() {
        var imported = upload(english, TemplateApiTest.workbook(TemplateApiTest.demo("1.001193-2025.1.json")));
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        TestServer publisher = english.asNewUser("cong-bo", Grant.of(AccountRole.ANALYST));
        assertThat(publisher.post("/api/templates/1.001193/versions/2025.1/publish", "").status()).isEqualTo(200);
        String longer = """
                {"centralVersion": "2025.1", "overrides": {"processingDays": 5}}""";

        var vi = vietnamese.put("/api/templates/1.001193/adoptions/04", longer);
        var en = english.put("/api/templates/1.001193/adoptions/04", longer);

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.body().path("message").asText()).isEqualTo("Dữ liệu nhập chưa hợp lệ");
        JsonNode days = vi.body().at("/errors/0");
        assertThat(days.path("field").asText()).isEqualTo("overrides.processingDays");
        assertThat(days.path("label").asText()).isEqualTo("Thời hạn giải quyết của địa phương (ngày làm việc)");
        assertThat(days.path("message").asText()).isEqualTo("địa phương chỉ được rút ngắn thời hạn giải quyết, không"
                + " được kéo dài: 5 ngày làm việc dài hơn thời hạn chuẩn quốc gia là 3 ngày làm việc (phiên bản 2025.1)");
        assertThat(days.path("code").asText()).isEqualTo("templates.adoption.longer");
        assertThat(en.body().at("/errors/0/message").asText()).isEqualTo("a locality may shorten the processing time,"
                + " not lengthen it: 5 working days is longer than the national standard of 3 (version 2025.1)");
        assertThat(en.body().at("/errors/0/label").asText()).isEqualTo("Local processing time (working days)");

        assertThat(english.put("/api/templates/1.001193/adoptions/04", """
                {"centralVersion": "2025.1", "overrides": {"processingDays": 2}}""").status()).isEqualTo(200);
        var nextVersion = upload(english, TemplateApiTest.workbook(TemplateApiTest.demo("1.001193-2025.2.json")));
        assertThat(nextVersion.status()).isEqualTo(201);
        assertThat(publisher.post("/api/templates/1.001193/versions/2025.2/publish", "").status()).isEqualTo(200);

        var conflict = vietnamese.post("/api/templates/1.001193/adoptions/04/upgrade", "{\"toVersion\": \"2025.2\"}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().path("message").asText()).isEqualTo("việc áp dụng gói mẫu 1.001193 của Tỉnh Cao Bằng"
                + " (04) chưa thể chuyển từ phiên bản 2025.1 sang 2025.2: còn 1 điều chỉnh cần giải quyết");
        assertThat(conflict.body().path("code").asText()).isEqualTo("templates.adoption.upgradeConflicts");
        JsonNode first = conflict.body().at("/conflicts/0");
        assertThat(first.path("part").asText()).isEqualTo("processingDays");
        assertThat(first.path("label").asText()).isEqualTo("Thời hạn giải quyết của địa phương (ngày làm việc)");
        assertThat(first.path("message").asText())
                .isEqualTo("chuẩn mới cho phép tối đa 1 ngày làm việc; thời hạn 2 ngày làm việc của địa phương sẽ dài hơn");
        assertThat(first.path("local").asText()).isEqualTo("2");
        assertThat(first.path("standard").asText()).isEqualTo("1");
        var inEnglish = english.post("/api/templates/1.001193/adoptions/04/upgrade", "{\"toVersion\": \"2025.2\"}");
        assertThat(inEnglish.body().at("/conflicts/0/message").asText())
                .isEqualTo("the new standard allows at most 1 working days; the local time of 2 would be longer");
    }

    private static JsonNode errorAt(TestServer.Response r, String sheetCell) {
        return StreamSupport.stream(r.body().get("errors").spliterator(), false)
                .filter(e -> sheetCell.equals(e.path("sheet").asText() + "!" + e.path("column").asText()
                        + e.path("row").asInt())).findFirst().orElseThrow(() -> new AssertionError(r.raw().body()));
    }

    @Test
    void aWrongChoiceAndAFormulaAreSaidInVietnameseAtTheirCells() throws IOException {
        byte[] file = TemplateApiTest.workbook(TemplateApiTest.demo("1.001193-2025.2.json"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            wb.getSheet("Phí, lệ phí").getRow(1).createCell(1).setCellValue("bằng fax");
            wb.getSheet("Thành phần hồ sơ").getRow(1).createCell(3).setCellFormula("1+1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }

        var vi = upload(vietnamese, file);
        var en = upload(english, file);

        assertThat(vi.status()).as(vi.raw().body()).isEqualTo(400);
        JsonNode channel = errorAt(vi, "Phí, lệ phí!B2");
        assertThat(channel.path("label").asText()).isEqualTo("trang Phí, lệ phí, dòng 2, cột B (Cách thức thực hiện)");
        assertThat(channel.path("message").asText()).isEqualTo(
                "Cách thức thực hiện: 'bằng fax' không hợp lệ; chọn một trong: “Trực tiếp”, “Trực tuyến”, “Bưu chính”");
        assertThat(channel.path("code").asText()).isEqualTo("templates.sheet.notOneOf");
        JsonNode formula = errorAt(vi, "Thành phần hồ sơ!D2");
        assertThat(formula.path("message").asText())
                .isEqualTo("ô chứa công thức (=1+1): chỉ nhập giá trị, bảng tính để nhập không được chứa công thức");
        assertThat(formula.path("code").asText()).isEqualTo("templates.sheet.formula");

        assertThat(errorAt(en, "Phí, lệ phí!B2").path("message").asText())
                .isEqualTo("Cách thức thực hiện: 'bằng fax' is not one of “Trực tiếp”, “Trực tuyến”, “Bưu chính”");
        assertThat(errorAt(en, "Thành phần hồ sơ!D2").path("message").asText())
                .isEqualTo("the cell holds a formula (=1+1): a workbook to import must hold values only");
        assertThat(en.body().path("errors").findValuesAsText("code"))
                .isEqualTo(vi.body().path("errors").findValuesAsText("code"));
    }

    @Test
    void aZipThatIsNoWorkbookIsRefusedInVietnameseWithoutTheLibrarysWords() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        var vi = upload(vietnamese, bytes.toByteArray());
        var en = upload(english, bytes.toByteArray());

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.body().path("errors").findValuesAsText("message")).singleElement().asString()
                .startsWith("tệp không phải bảng tính Excel (.xlsx) đọc được");
        assertThat(vi.raw().body()).doesNotContain("Exception", "procedo-workbook", "/tmp");
        assertThat(en.raw().body()).contains("not a readable Excel workbook")
                .doesNotContain("Exception", "procedo-workbook", "/tmp");
    }
}
