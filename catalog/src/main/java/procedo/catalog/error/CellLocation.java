package procedo.catalog.error;

import procedo.catalog.text.Text;

/**
 * Where a problem of a workbook is: the sheet, the 1-based row and the column letter, each absent when the
 * problem is not that precise (a missing sheet, an unreadable file), and the column's header name when known.
 * Its {@link #toString()} is the location an {@link InvalidInputException} shows: {@code Fees!E2 (amount_vnd)}.
 */
public record CellLocation(String sheet, Integer row, String column, String name) {

    /** The whole sheet. */
    public static CellLocation sheet(String sheet) {
        return new CellLocation(sheet, null, null, null);
    }

    /** The whole file. */
    public static CellLocation file() {
        return new CellLocation(null, null, null, null);
    }

    /** How a person reads this place: "trang Lệ phí, dòng 3, cột E (Số tiền)" in Vietnamese. */
    public Text label() {
        if (sheet == null) {
            return Text.of("catalog.field.file");
        }
        if (row == null && column == null) {
            return Text.of("catalog.field.sheet", sheet);
        }
        if (row == null) {
            return Text.of("catalog.field.sheetColumn", sheet, name == null ? column : column + " (" + name + ")");
        }
        if (column == null) {
            return Text.of("catalog.field.sheetRow", sheet, row);
        }
        return name == null ? Text.of("catalog.field.cell", sheet, row, column)
                : Text.of("catalog.field.cellNamed", sheet, row, column, name);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(sheet == null ? "" : sheet);
        if (column != null || row != null) {
            text.append('!').append(column == null ? "" : column).append(row == null ? "" : row);
        }
        if (name != null) {
            text.append(" (").append(name).append(')');
        }
        return text.toString();
    }
}
