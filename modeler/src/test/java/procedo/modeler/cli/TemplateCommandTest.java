package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.catalog.locality.Agency;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.locality.Level;
import procedo.modeler.Application;

class TemplateCommandTest extends CliTest {

    @Test
    void blankImportAndExportRoundTrip() throws IOException {
        Path data = dir.resolve("data");
        try (Application app = Application.open(DatabaseSettings.embedded(data))) {
            app.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        }
        Path blank = dir.resolve("blank.xlsx");
        assertThat(run("template", "blank", "-o", blank.toString())).isZero();
        assertThat(Files.size(blank)).isPositive();

        Path json = dir.resolve("khai-sinh.json");
        try (InputStream in = getClass().getResourceAsStream("/demo/templates/1.001193-2025.2.json")) {
            Files.copy(in, json);
        }
        assertThat(run("template", "import", json.toString(), "--publish", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("imported 1.001193 version 2025.2", "published");

        Path xlsx = dir.resolve("export.xlsx");
        assertThat(run("template", "export", "1.001193", "-o", xlsx.toString(), "--data", data.toString())).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Thủ tục").getRow(2).getCell(1).getStringCellValue()).isEqualTo("2025.2");
        }

        assertThat(run("template", "import", blank.toString(), "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("was not imported", "Thủ tục!B", "is required");
    }
}
