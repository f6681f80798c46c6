package procedo.modeler.table.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.catalog.excel.SheetWriter;
import procedo.modeler.table.Table;

/**
 * A table as a one-sheet workbook, streamed: the header row (frozen, with filters) and one row per table row. Every
 * cell is a value: texts are string cells (a text starting with {@code =} stays text, never a formula) and numbers
 * numeric cells showing as many decimals as they have.
 */
public final class TableWorkbook {

    private TableWorkbook() {
    }

    /** Writes {@code table} to {@code out} (left open). */
    public static void write(Table table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            SheetWriter writer = new SheetWriter(sheet, new SheetWriter.Styles(workbook));
            writer.header(table.headers().toArray(String[]::new));
            for (List<Object> row : table.rows()) {
                writer.row();
                for (Object value : row) {
                    if (value instanceof BigDecimal number) {
                        writer.number(number);
                    } else if (value == null) {
                        writer.empty();
                    } else {
                        writer.text(value.toString());
                    }
                }
            }
            if (!table.headers().isEmpty()) {
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, writer.rowIndex() - 1), 0,
                        table.headers().size() - 1));
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }
}
