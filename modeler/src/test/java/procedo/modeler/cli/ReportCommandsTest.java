package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;

/** export, import and report cost-reduction on embedded databases, as a script would run them. */
class ReportCommandsTest extends CliTest {

    @Test
    void exportsImportsAndReports() throws IOException {
        Path demo = dir.resolve("demo");
        try (Application application = Application.open(DatabaseSettings.embedded(demo))) {
            application.loadDemoIfEmpty();
        }
        Path catalog = dir.resolve("out/catalog.xlsx");
        assertThat(run("export", "--data", demo.toString(), "--out", catalog.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Exported");

        Path copy = dir.resolve("copy");
        assertThat(run("import", "--data", copy.toString(), catalog.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Imported: [1-9]\\d* added, 0 changed, 0 removed, 0 unchanged");
        assertThat(run("import", "--data", copy.toString(), "--preview", "--remove-missing", catalog.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Preview, nothing written: 0 added, 0 changed, 0 removed, [1-9]\\d* unchanged");
        assertThat(run("import", "--data", copy.toString(), catalog.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Imported: 0 added, 0 changed, 0 removed, [1-9]\\d* unchanged");
        Path codes = dir.resolve("out/catalog-codes.xlsx");
        assertThat(run("export", "--data", demo.toString(), "--out", codes.toString(), "--form", "CODES")).as(err.toString()).isZero();
        assertThat(run("import", "--data", copy.toString(), codes.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Imported: 0 added, 0 changed, 0 removed, [1-9]\\d* unchanged");

        Path report = dir.resolve("report.xlsx");
        Path csv = dir.resolve("csv");
        assertThat(run("report", "cost-reduction", "--data", copy.toString(), "--out", report.toString(),
                "--csv", csv.toString(), "--field", "Hộ tịch")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("procedures (0 with a plan counted)");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(report)))) {
            assertThat(workbook.getSheet("Thủ tục").getLastRowNum()).isPositive();
            workbook.getSheet("Thủ tục").forEach(row -> {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Hộ tịch");
                }
            });
        }
        assertThat(Files.readString(csv.resolve("by-field.csv"))).contains("Hộ tịch").startsWith("\uFEFFSTT,Lĩnh vực,");
        Path english = dir.resolve("csv-en");
        assertThat(run("report", "cost-reduction", "--data", copy.toString(), "--csv", english.toString(),
                "--field", "Hộ tịch", "--lang", "en")).as(err.toString()).isZero();
        assertThat(Files.readString(english.resolve("by-field.csv"))).startsWith("\uFEFFcode,name,procedures,")
                .contains("Hộ tịch,Hộ tịch,");
        assertThat(run("report", "cost-reduction", "--data", copy.toString(), "--out", report.toString(),
                "--plan-status", "LATER")).isEqualTo(2);
        assertThat(err.toString()).contains("--plan-status");
    }

    @Test
    void importRefusesAFileThatIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("bad.xlsx");
        try (OutputStream stream = Files.newOutputStream(file)) {
            stream.write("PK not really".getBytes());
        }
        assertThat(run("import", "--data", dir.resolve("db").toString(), file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.xlsx", "not a readable XLSX workbook");
    }
}
