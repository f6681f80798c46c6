package procedo.templates.load;

/**
 * One problem of an imported package and where it is: the sheet, the 1-based row and the column letter of a
 * workbook, or for a JSON package {@code sheet = "JSON"}, the line when known and the path as column.
 */
public record ImportError(String sheet, Integer row, String column, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (sheet != null) {
            where.append(sheet);
        }
        if (column != null || row != null) {
            where.append('!').append(column == null ? "" : column).append(row == null ? "" : row);
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}
