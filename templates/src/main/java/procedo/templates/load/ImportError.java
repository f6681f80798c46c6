package procedo.templates.load;

/**
 * One problem of an imported package as a reader sees it, in their language: where it is (the sheet, the 1-based
 * row and the column letter of a workbook, or for a JSON package {@code sheet = "JSON"} and the path as column), how a
 * person names that place ({@code label}, e.g. "trang Trường thông tin, dòng 2, cột E (Kiểu trường)"), what is wrong
 * ({@code message}, led by the column's header when the problem is in a column), and for scripts the column key or
 * JSON path ({@code field}) and the sentence's key ({@code code}, absent for words that come from elsewhere).
 */
public record ImportError(String sheet, Integer row, String column, String field, String label, String message,
                          String code) {

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
