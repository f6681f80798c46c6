package procedo.catalog.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What POI's streaming writer alone achieves on this machine, to measure the catalog export against: rows of ten
 * cells (five texts, five numbers) written by SXSSF with its defaults, no Procedo code in the loop.
 */
public final class StreamingWriterBaseline {

    /** Rows per sheet: an XLSX sheet holds at most 1,048,576. */
    private static final int SHEET_ROWS = 500_000;

    private StreamingWriterBaseline() {
    }

    /** Writes {@code rows} rows of ten cells to {@code file}. */
    public static void write(Path file, long rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = null;
            for (long i = 0; i < rows; i++) {
                if (i % SHEET_ROWS == 0) {
                    sheet = workbook.createSheet("Rows " + (i / SHEET_ROWS + 1));
                }
                Row row = sheet.createRow((int) (i % SHEET_ROWS));
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellValue("text " + c + " of row " + i);
                }
                for (int c = 5; c < 10; c++) {
                    row.createCell(c).setCellValue(i * 10.0 + c);
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
