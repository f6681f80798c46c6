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
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;

/**
 * A refused package workbook is answered in Vietnamese at each cell, the column named by its header and the sentence
 * saying what to write instead; a file that is no workbook is refused without a library's words or a file name.
 * English keeps its words, and the places and keys are the same in both languages.
 */
class TemplateWorkbookLanguageApiTest {

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

    private static JsonNode error(TestServer.Response r, String sheetCell) {
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
        JsonNode channel = error(vi, "Phí, lệ phí!B2");
        assertThat(channel.path("label").asText()).isEqualTo("trang Phí, lệ phí, dòng 2, cột B (Cách thức thực hiện)");
        assertThat(channel.path("message").asText()).isEqualTo(
                "Cách thức thực hiện: 'bằng fax' không hợp lệ; chọn một trong: “Trực tiếp”, “Trực tuyến”, “Bưu chính”");
        assertThat(channel.path("code").asText()).isEqualTo("templates.sheet.notOneOf");
        JsonNode formula = error(vi, "Thành phần hồ sơ!D2");
        assertThat(formula.path("message").asText())
                .isEqualTo("ô chứa công thức (=1+1): chỉ nhập giá trị, bảng tính để nhập không được chứa công thức");
        assertThat(formula.path("code").asText()).isEqualTo("templates.sheet.formula");

        assertThat(error(en, "Phí, lệ phí!B2").path("message").asText())
                .isEqualTo("Cách thức thực hiện: 'bằng fax' is not one of “Trực tiếp”, “Trực tuyến”, “Bưu chính”");
        assertThat(error(en, "Thành phần hồ sơ!D2").path("message").asText())
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
