package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.modeler.web.CatalogApiTest.fields;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/tables/xlsx: the rows a page's table holds come back as a workbook of values, never formulas. */
class TableApiTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.server.port() + "/api/tables/xlsx"))
                .header("Authorization", server.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theRowsComeBackAsAWorkbookWhoseCellsAreValues() throws Exception {
        HttpResponse<byte[]> answer = post("""
                {"title": "Số hồ sơ theo tỉnh", "headers": ["Tỉnh, thành phố", "Năm", "Hồ sơ", "Tỷ lệ đúng hạn"],
                 "rows": [["Hà Nội", 2024, 1234567, 97.5], ["=HYPERLINK(\\"http://x\\")", 2024, null, "+84"],
                          ["@SUM(A1)", 2023, -5, "-1"]]}""");

        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Số hồ sơ theo tỉnh");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tỉnh, thành phố");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tỷ lệ đúng hạn");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234567d);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(97.5d);
            for (int r = 2; r <= 3; r++) {
                assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("+84");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(-5d);
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void aCellThatIsNeitherTextNorNumberIsRefusedAtItsPlace() throws Exception {
        HttpResponse<byte[]> answer = post("""
                {"title": "x", "headers": ["a", "b"], "rows": [["ok", 1], ["ok", {"formula": "=1+1"}]]}""");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fields(procedo.modeler.json.Json.mapper().readTree(answer.body()))).containsExactly("rows[1][1]");
    }
}
