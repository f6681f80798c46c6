package procedo.catalog.excel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.Problems;

/**
 * The generic part of reading a table sheet: row 1 names the columns (in any order, matched by name without
 * regard to case; other columns are ignored), the rows beyond {@link ReadLimits#maxRowsPerSheet()} are refused, a
 * cell that holds a formula, an error value or too long a text is refused naming its cell, and the typed getters
 * of {@link TableRow} record a problem located by sheet, row, column letter and column name instead of throwing.
 * An import keeps its own rules (which columns, choices, references, duplicates) and its own {@link Wording}.
 */
public final class TableSheet {

    /** A column of a table sheet: its name in row 1, and whether a sheet must have it. */
    public record Header(String name, boolean required) {
    }

    /** How an import words the problems found by the generic reading. */
    public interface Wording {

        /** The sheet has more rows than allowed. */
        String tooManyRows(int max);

        /** The sheet has no row at all. */
        String headerMissing(List<Header> columns);

        /** Row 1 names a column twice. */
        String duplicateColumn(String name);

        /** Row 1 lacks a required column. */
        String missingColumn(String name);

        /** A cell holds a formula (its text), an error value, or a text longer than allowed. */
        String refused(SheetReader.CellText content, int maxChars);
    }

    private final String name;
    private final ReadLimits limits;
    private final Problems problems;
    private final Wording wording;

    /** Reads the sheet called {@code name}, recording into {@code problems}. */
    public TableSheet(String name, ReadLimits limits, Problems problems, Wording wording) {
        this.name = name;
        this.limits = limits;
        this.problems = problems;
        this.wording = wording;
    }

    /**
     * Reads the header, then hands every row that holds a value in one of the columns to {@code handler}; stops at
     * the row limit, at a header without a required column, or once the collector has dropped a problem.
     */
    public void read(Sheet sheet, List<Header> columns, Consumer<TableRow> handler) {
        Map<Integer, String> nameOf = null;
        Map<String, String> letters = new HashMap<>();
        int count = 0;
        for (Row row : sheet) {
            if (problems.overflowed()) {
                return;
            }
            if (++count > limits.maxRowsPerSheet()) {
                problems.at(new CellLocation(name, row.getRowNum() + 1, null, null), wording.tooManyRows(limits.maxRowsPerSheet()));
                return;
            }
            if (nameOf == null) {
                nameOf = header(row, columns, letters);
                if (nameOf == null) {
                    return;
                }
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Cell cell : row) {
                String column = nameOf.get(cell.getColumnIndex());
                if (column == null) {
                    continue;
                }
                String v = text(cell);
                if (!v.isBlank()) {
                    values.put(column, v);
                }
            }
            if (!values.isEmpty()) {
                handler.accept(new TableRow(row.getRowNum() + 1, values, letters));
            }
        }
        if (nameOf == null) {
            problems.at(new CellLocation(name, 1, null, null), wording.headerMissing(columns));
        }
    }

    private Map<Integer, String> header(Row row, List<Header> columns, Map<String, String> letters) {
        Map<String, Header> byName = new HashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        Map<Integer, String> nameOf = new HashMap<>();
        for (Cell cell : row) {
            String column = text(cell).trim().toLowerCase(Locale.ROOT);
            if (byName.containsKey(column)) {
                if (letters.containsKey(column)) {
                    problems.at(new CellLocation(name, row.getRowNum() + 1, SheetReader.column(cell.getColumnIndex()), null),
                            wording.duplicateColumn(column));
                    continue;
                }
                nameOf.put(cell.getColumnIndex(), column);
                letters.put(column, SheetReader.column(cell.getColumnIndex()));
            }
        }
        boolean complete = true;
        for (Header c : columns) {
            if (c.required() && !letters.containsKey(c.name())) {
                problems.at(new CellLocation(name, row.getRowNum() + 1, null, null), wording.missingColumn(c.name()));
                complete = false;
            }
        }
        return complete ? nameOf : null;
    }

    /** The cell as text, or empty when it is refused (a formula, an error value, too long), recording why. */
    public String text(Cell cell) {
        SheetReader.CellText content = SheetReader.text(cell, limits.maxCellChars());
        if (content.kind() == SheetReader.CellText.Kind.VALUE) {
            return content.text();
        }
        problems.at(new CellLocation(name, cell.getRowIndex() + 1, SheetReader.column(cell.getColumnIndex()), null),
                wording.refused(content, limits.maxCellChars()));
        return "";
    }

    /**
     * One data row of a table sheet: its values by column name, read through typed getters that record a located
     * problem and return {@code null} for a value they refuse.
     */
    public final class TableRow {
        private final int row;
        private final Map<String, String> values;
        private final Map<String, String> letters;

        private TableRow(int row, Map<String, String> values, Map<String, String> letters) {
            this.row = row;
            this.values = values;
            this.letters = letters;
        }

        /** The sheet's name. */
        public String sheet() {
            return name;
        }

        /** The 1-based row number. */
        public int row() {
            return row;
        }

        /** The column letters by column name (of the columns the header has). */
        public Map<String, String> letters() {
            return letters;
        }

        /** Where a column's cell of this row is. */
        public CellLocation at(String column) {
            return new CellLocation(name, row, letters.get(column), column);
        }

        /** Records a problem of a column's cell of this row. */
        public void problem(String column, String message) {
            problems.at(at(column), message);
        }

        /** The trimmed text, empty when the cell is blank. */
        public String text(String column) {
            return values.getOrDefault(column, "").trim();
        }

        /** The trimmed text; blank is recorded as {@code is required}. */
        public String required(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                problem(column, "is required");
            }
            return v;
        }

        private String text(String column, Presence presence) {
            return presence == Presence.REQUIRED ? required(column) : text(column);
        }

        /** A whole number, or {@code null} when blank or not one. */
        public Integer wholeNumber(String column, Presence presence) {
            String v = text(column, presence);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(v).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                problem(column, "'" + v + "' is not a whole number");
                return null;
            }
        }

        /** A decimal number (spaces between digit groups ignored), or {@code null} when blank or not one. */
        public BigDecimal decimal(String column, Presence presence) {
            String v = text(column, presence);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(v.replace(" ", ""));
            } catch (NumberFormatException e) {
                problem(column, "'" + v + "' is not a number");
                return null;
            }
        }

        /** One of an enumeration's constants, written in any case with spaces or dashes for underscores. */
        public <E extends Enum<E>> E choice(String column, Class<E> type, Presence presence) {
            String v = text(column, presence);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problem(column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }
    }

    /** Whether a getter records a blank cell as a problem. */
    public enum Presence { REQUIRED, OPTIONAL }
}
