package procedo.catalog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.catalog.excel.SheetReader.CellText;

class SheetReaderTest {

    @Test
    void readsEveryCellAsWhatItHoldsWithoutEvaluatingFormulas() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("Fees").createRow(0);
            row.createCell(0).setCellValue("Lệ phí");
            row.createCell(1).setCellValue(8000.0);
            row.createCell(2).setCellValue(0.5);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellFormula("B1*2");
            row.createCell(5).setCellValue("x".repeat(11));
            workbook.createSheet("Empty").createRow(0).createCell(0).setCellValue("  ");
            workbook.write(out);
            file = out.toByteArray();
        }
        List<CellText> cells = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(file), 1024 * 1024)) {
            assertThat(reader.sheet("Missing")).isEmpty();
            assertThat(reader.sheet("fees")).as("sheet names match exactly").isEmpty();
            Sheet fees = reader.sheet("Fees").orElseThrow();
            for (Row row : fees) {
                assertThat(SheetReader.isEmpty(row)).isFalse();
                row.forEach(cell -> cells.add(SheetReader.text(cell, 10)));
            }
            for (Row row : reader.sheet("Empty").orElseThrow()) {
                assertThat(SheetReader.isEmpty(row)).isTrue();
            }
        }
        assertThat(cells).containsExactly(
                new CellText(CellText.Kind.VALUE, "Lệ phí"),
                new CellText(CellText.Kind.VALUE, "8000"),
                new CellText(CellText.Kind.VALUE, "0.5"),
                new CellText(CellText.Kind.VALUE, "true"),
                new CellText(CellText.Kind.FORMULA, "B1*2"),
                new CellText(CellText.Kind.TOO_LONG, "x".repeat(11)));
    }

    @Test
    void eachOpenKeepsItsOwnEntrySizeLimitWhateverWasOpenedSince() throws IOException {
        byte[] file;
        java.util.Random random = new java.util.Random(7);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Big");
            for (int i = 0; i < 2_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(Long.toString(random.nextLong(), 36).repeat(3) + i);
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        long global = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
        try (SheetReader large = SheetReader.open(new ByteArrayInputStream(file), 64L * 1024 * 1024)) {
            assertThatThrownBy(() -> SheetReader.open(new ByteArrayInputStream(file), 32 * 1024))
                    .satisfies(e -> assertThat(SheetReader.refusal(e).kind()).isEqualTo(SheetReader.Refusal.Kind.ENTRY_TOO_LARGE))
                    .hasMessageContaining("exceeds the max entry size of 32768 bytes");
            int rows = 0;
            for (Row row : large.sheet("Big").orElseThrow()) {
                rows++;
            }
            assertThat(rows).isEqualTo(2_000);
        }
        assertThatThrownBy(() -> SheetReader.open(new ByteArrayInputStream(file), 32 * 1024))
                .satisfies(e -> assertThat(SheetReader.refusal(e).kind()).isEqualTo(SheetReader.Refusal.Kind.ENTRY_TOO_LARGE));
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize())
                .as("opening with a limit changes no JVM-wide setting").isEqualTo(global).isEqualTo(SheetReader.MAX_ENTRY_BYTES);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(SheetReader.MIN_INFLATE_RATIO);
    }

    @Test
    void namesWhyAFileWasRefusedFromTheCauseThatSaysIt() {
        Exception bomb = new IllegalStateException("parse failed", new IOException("Zip bomb detected! The file would exceed the max. ratio"));
        Exception large = new IllegalStateException("parse failed", new IOException("Zip entry size exceeds the max allowed"));
        assertThat(SheetReader.refusal(bomb).kind()).isEqualTo(SheetReader.Refusal.Kind.ZIP_BOMB);
        assertThat(SheetReader.refusal(bomb).message()).startsWith("Zip bomb detected");
        assertThat(SheetReader.refusal(large).kind()).isEqualTo(SheetReader.Refusal.Kind.ENTRY_TOO_LARGE);
        assertThat(SheetReader.refusal(new IOException("not a zip")).kind()).isEqualTo(SheetReader.Refusal.Kind.UNREADABLE);
        assertThat(SheetReader.refusal(new IOException()).message()).isEmpty();
        Exception nested = new IllegalStateException("parse failed",
                new SheetReader.NestedTooDeepException("docProps/core.xml", "title"));
        assertThat(SheetReader.refusal(nested).kind()).isEqualTo(SheetReader.Refusal.Kind.NESTED_TOO_DEEP);
        assertThat(SheetReader.refusal(nested).part()).isEqualTo("docProps/core.xml");
        assertThat(SheetReader.refusal(bomb).part()).as("only a nesting names its part").isEmpty();
    }
}
