package procedo.modeler.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * A table as a person exports it: its title (the sheet's name), its column headers and its rows, each cell a text,
 * a number ({@link BigDecimal}) or empty (null). Cells are values only: a text that looks like a formula stays text.
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

    /** The most rows one export holds. */
    public static final int MAX_ROWS = 200_000;
    /** The most columns one export holds. */
    public static final int MAX_COLUMNS = 100;
    /** The longest cell text (Excel's own limit). */
    public static final int MAX_TEXT = 32_767;

    public Table {
        title = title == null || title.isBlank() ? "Bảng" : title.strip();
        headers = headers == null ? List.of() : headers.stream().map(h -> h == null ? "" : h).toList();
        rows = rows == null ? List.of() : rows;
    }

    /**
     * A table from what a client sent: cells that are JSON texts, numbers, booleans (as text) or null. Refuses
     * ({@link InvalidInputException}, located at {@code rows[i][j]}, {@code rows} or {@code headers}) a cell of any
     * other kind, too long a text, or more rows or columns than an export holds.
     */
    public static Table sent(String title, List<String> headers, List<List<Object>> rows) {
        Problems problems = new Problems();
        List<String> names = headers == null ? List.of() : headers;
        List<List<Object>> sent = rows == null ? List.of() : rows;
        problems.addIf(names.size() > MAX_COLUMNS, "headers", Text.of("modeler.table.tooManyColumns", MAX_COLUMNS));
        problems.addIf(sent.size() > MAX_ROWS, "rows", Text.of("modeler.table.tooManyRows", MAX_ROWS));
        problems.throwIfAny();
        List<List<Object>> cells = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            List<Object> row = sent.get(i) == null ? List.of() : sent.get(i);
            problems.addIf(row.size() > MAX_COLUMNS, "rows[" + i + "]", Text.of("modeler.table.tooManyColumns",
                    MAX_COLUMNS));
            List<Object> values = new ArrayList<>(row.size());
            for (int j = 0; j < row.size() && j < MAX_COLUMNS; j++) {
                Object value = value(row.get(j));
                problems.addIf(value == INVALID, "rows[" + i + "][" + j + "]", Text.of("modeler.table.cell"));
                problems.addIf(value instanceof String s && s.length() > MAX_TEXT, "rows[" + i + "][" + j + "]",
                        Text.of("modeler.table.cellTooLong", MAX_TEXT));
                values.add(value);
            }
            cells.add(values);
        }
        problems.throwIfAny();
        return new Table(title, names, cells);
    }

    private static final Object INVALID = new Object();

    private static Object value(Object sent) {
        if (sent == null || sent instanceof String) {
            return sent;
        }
        if (sent instanceof Boolean b) {
            return b.toString();
        }
        if (sent instanceof BigDecimal d) {
            return d;
        }
        if (sent instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return INVALID;
            }
        }
        return INVALID;
    }
}
