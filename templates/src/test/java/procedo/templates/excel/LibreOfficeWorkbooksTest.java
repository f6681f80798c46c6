package procedo.templates.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.LibreOffice;
import procedo.templates.Samples;
import procedo.templates.adoption.Deviation;
import procedo.templates.adoption.DeviationReport;
import procedo.templates.adoption.LocalityDeviations;

/** The package workbook and the deviation report open in LibreOffice; the report prints on landscape pages. */
@Tag("office")
class LibreOfficeWorkbooksTest {

    @Test
    void theDeviationReportPrintsOnLandscapePages(@TempDir Path dir) throws Exception {
        List<LocalityDeviations> localities = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            localities.add(new LocalityDeviations(String.format("%02d", i), "Tỉnh số " + i, "2025.1", List.of(
                    new Deviation(Deviation.Kind.HIGHER_FEE, "le_phi (Lệ phí cấp bản sao trích lục khai sinh)", "8000",
                            "10000"),
                    new Deviation(Deviation.Kind.LOCAL_HELP_TEXT, "noi_cu_tru", "Ghi theo nơi thường trú",
                            "Ghi đủ cấp xã, cấp tỉnh theo đơn vị hành chính sau ngày 01/7/2025; ".repeat(3)))));
        }
        DeviationReport report = new DeviationReport("1.001193", "Đăng ký khai sinh", "2025.2", 3, 61, 1, localities);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeviationWorkbook(Clock.fixed(Instant.parse("2025-07-01T03:05:00Z"), ZoneOffset.UTC)).write(report, out);
        Path xlsx = dir.resolve("sai-khac.xlsx");
        Files.write(xlsx, out.toByteArray());

        Path pdf = LibreOffice.convert(xlsx, "pdf", dir);

        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher boxes = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*]").matcher(text);
        int pages = 0;
        while (boxes.find()) {
            pages++;
            assertThat(Double.parseDouble(boxes.group(1))).as("page width").isGreaterThan(Double.parseDouble(boxes.group(2)));
        }
        assertThat(pages).as("pages").isGreaterThan(1);
    }

    @Test
    void thePackageWorkbookOpens(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("goi-mau.xlsx");
        Files.write(xlsx, Samples.workbook(Samples.birth2()));

        Path pdf = LibreOffice.convert(xlsx, "pdf", dir);

        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
