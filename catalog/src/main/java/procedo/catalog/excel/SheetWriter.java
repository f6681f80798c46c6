package procedo.catalog.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import procedo.catalog.number.Decimals;

/**
 * Writes rows of one sheet in order. Text goes into string cells only, so a value such as {@code =HYPERLINK(..)}
 * stays text; numbers go into numeric cells formatted with as many decimals as they have ({@code #,##0} for whole
 * numbers), so that the figure shown is the exact figure.
 */
public final class SheetWriter {

    /** The styles of one workbook, made once. */
    public static final class Styles {
        private final Workbook workbook;
        private final Map<Integer, CellStyle> decimals = new HashMap<>();
        final CellStyle header;
        final CellStyle bold;
        final CellStyle percent;
        final CellStyle wrap;
        final CellStyle date;

        public Styles(Workbook workbook) {
            this.workbook = workbook;
            Font font = workbook.createFont();
            font.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(font);
            header.setWrapText(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00\" %\""));
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        CellStyle decimals(int scale) {
            return decimals.computeIfAbsent(Math.max(0, Math.min(scale, 12)), s -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s)));
                return style;
            });
        }
    }

    private final Sheet sheet;
    private final Styles styles;
    private int next;
    private Row row;
    private int column;

    public SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    public Sheet sheet() {
        return sheet;
    }

    /** The index of the next row to be written (0-based). */
    public int rowIndex() {
        return next;
    }

    /** Starts a new row. */
    public SheetWriter row() {
        row = sheet.createRow(next++);
        column = 0;
        return this;
    }

    /** Leaves {@code count} empty rows. */
    public SheetWriter skip(int count) {
        next += count;
        return this;
    }

    public SheetWriter header(String... texts) {
        row();
        for (String text : texts) {
            cell().setCellValue(text);
            row.getCell(column - 1).setCellStyle(styles.header);
        }
        return this;
    }

    public SheetWriter text(String value) {
        Cell cell = cell();
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    public SheetWriter bold(String value) {
        text(value);
        row.getCell(column - 1).setCellStyle(styles.bold);
        return this;
    }

    /** Moves to column {@code index} (0-based) of the current row. */
    public SheetWriter skipTo(int index) {
        column = Math.max(column, index);
        return this;
    }

    public SheetWriter empty() {
        column++;
        return this;
    }

    /** A number shown with exactly its own decimals. */
    public SheetWriter number(BigDecimal value) {
        Cell cell = cell();
        if (value != null) {
            BigDecimal plain = Decimals.plain(value);
            cell.setCellValue(plain.doubleValue());
            cell.setCellStyle(styles.decimals(plain.scale()));
        }
        return this;
    }

    public SheetWriter number(long value) {
        Cell cell = cell();
        cell.setCellValue(value);
        cell.setCellStyle(styles.decimals(0));
        return this;
    }

    /** A percentage as a number with 2 decimals and a percent sign shown (23.45 means and shows 23.45 %). */
    public SheetWriter percent(BigDecimal value) {
        Cell cell = cell();
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.percent);
        }
        return this;
    }

    /** A date cell shown dd/mm/yyyy, as Vietnamese readers write dates. */
    public SheetWriter date(LocalDate value) {
        Cell cell = cell();
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
        return this;
    }

    /** Text that wraps within its column's width. */
    public SheetWriter wrapped(String value) {
        text(value);
        row.getCell(column - 1).setCellStyle(styles.wrap);
        return this;
    }

    public SheetWriter widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
        return this;
    }

    private Cell cell() {
        return row.createCell(column++);
    }
}
