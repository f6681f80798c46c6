package procedo.catalog.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;

/**
 * The generic part of reading a table sheet: row 1 names the columns (in any order, matched by name without
 * regard to case; other columns are ignored), the rows beyond {@link ReadLimits#maxRowsPerSheet()} are refused, a
 * cell that holds a formula, an error value or too long a text is refused naming its cell, and the typed getters
 * of {@link TableRow} record a problem located by sheet, row, column letter and column name instead of throwing.
 * An import keeps its own rules (which columns, choices, references, duplicates) and its own {@link Wording}.
 *
 * <p>A sheet whose columns have a fixed order is read {@link #readInOrder in order} instead: a header cell that is
 * not the expected name is recorded at that cell and reading goes on, the columns taken by position.
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

        /** Row 1 of a sheet read in order holds {@code found} (empty when not a text) where {@code expected} belongs. */
        default String unexpectedHeader(String expected, String found) {
            return "expected the header '" + expected + "'" + (found.isEmpty() ? "" : ", found '" + found + "'");
        }

        /** A cell read as a text cell holds something else. */
        default String notText(Cell found) {
            return "must be text (format the cell as text), not " + describe(found);
        }

        /** A cell read as a choice holds none of {@code choices}. */
        default String notChoice(List<String> choices, Cell found) {
            return "must be one of " + String.join(", ", choices) + ", not " + describe(found);
        }

        /** A cell read as a date holds neither a date nor a yyyy-mm-dd text. */
        default String notDate(Cell found) {
            return "must be a date written yyyy-mm-dd, not " + describe(found);
        }

        /** A cell read as a number holds something else. */
        default String notNumber(Cell found) {
            return "must be a number, not " + describe(found);
        }

        /** A number read as a quantity is negative. */
        default String negative() {
            return "must not be negative";
        }

        /** A text cell holds more than {@code max} characters. */
        default String tooLong(int max) {
            return "must be at most " + max + " characters";
        }

        /** How a problem names what a cell holds: {@code 'text'}, {@code the number 8}, {@code the value true}. */
        default String describe(Cell cell) {
            return switch (cell.getCellType()) {
                case STRING -> "'" + cell.getStringCellValue() + "'";
                case NUMERIC -> "the number " + Decimals.text(cell.getNumericCellValue());
                case BOOLEAN -> "the value " + cell.getBooleanCellValue();
                default -> "a " + cell.getCellType().name().toLowerCase(Locale.ROOT) + " cell";
            };
        }
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
        rows(sheet, columns, Layout.BY_NAME, handler);
    }

    /**
     * Reads a sheet whose columns are {@code columns} in this order from column A: a header cell that is not the
     * expected name (without regard to case) is recorded at that cell, and every row that holds a value in one of
     * the columns goes to {@code handler} with its cells taken by position; stops at the row limit or once the
     * collector has dropped a problem.
     */
    public void readInOrder(Sheet sheet, List<Header> columns, Consumer<TableRow> handler) {
        rows(sheet, columns, Layout.IN_ORDER, handler);
    }

    /** How row 1 maps the columns. */
    private enum Layout { BY_NAME, IN_ORDER }

    private void rows(Sheet sheet, List<Header> columns, Layout layout, Consumer<TableRow> handler) {
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
                nameOf = layout == Layout.IN_ORDER ? headerInOrder(row, columns, letters) : header(row, columns, letters);
                if (nameOf == null) {
                    return;
                }
                continue;
            }
            Map<String, String> values = new HashMap<>();
            Map<String, Cell> cells = new HashMap<>();
            for (Cell cell : row) {
                String column = nameOf.get(cell.getColumnIndex());
                if (column == null) {
                    continue;
                }
                SheetReader.CellText content = SheetReader.text(cell, limits.maxCellChars());
                if (content.kind() != SheetReader.CellText.Kind.VALUE) {
                    refuse(cell, content, layout == Layout.IN_ORDER ? column : null);
                    cells.put(column, null);
                } else if (!content.text().isBlank()) {
                    values.put(column, content.text());
                    cells.put(column, cell);
                }
            }
            if (!values.isEmpty() || layout == Layout.IN_ORDER && !cells.isEmpty()) {
                handler.accept(new TableRow(row.getRowNum() + 1, values, cells, letters));
            }
        }
        if (nameOf == null) {
            problems.at(new CellLocation(name, 1, layout == Layout.IN_ORDER ? SheetReader.column(0) : null, null),
                    wording.headerMissing(columns));
        }
    }

    private Map<Integer, String> headerInOrder(Row row, List<Header> columns, Map<String, String> letters) {
        Map<Integer, String> nameOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String expected = columns.get(i).name();
            Cell cell = row.getCell(i);
            String found = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().trim();
            String letter = SheetReader.column(i);
            if (!found.equalsIgnoreCase(expected)) {
                problems.at(new CellLocation(name, row.getRowNum() + 1, letter, expected), wording.unexpectedHeader(expected, found));
            }
            nameOf.put(i, expected);
            letters.put(expected, letter);
        }
        return nameOf;
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
        refuse(cell, content, null);
        return "";
    }

    private void refuse(Cell cell, SheetReader.CellText content, String column) {
        problems.at(new CellLocation(name, cell.getRowIndex() + 1, SheetReader.column(cell.getColumnIndex()), column),
                wording.refused(content, limits.maxCellChars()));
    }

    /**
     * One data row of a table sheet: its values by column name, read through typed getters that record a located
     * problem and return {@code null} for a value they refuse.
     */
    public final class TableRow {
        private final int row;
        private final Map<String, String> values;
        private final Map<String, Cell> cells;
        private final Map<String, String> letters;

        private TableRow(int row, Map<String, String> values, Map<String, Cell> cells, Map<String, String> letters) {
            this.row = row;
            this.values = values;
            this.cells = cells;
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

        /**
         * The cell, or {@code null} when it is blank (recorded as {@code is required} when {@code presence} says so)
         * or was refused (already recorded).
         */
        private Cell cell(String column, Presence presence) {
            Cell cell = cells.get(column);
            if (cell == null && presence == Presence.REQUIRED && !cells.containsKey(column)) {
                problem(column, "is required");
            }
            return cell;
        }

        /**
         * The text of a text cell as it is written, or {@code null} when blank or not a text cell; longer than
         * {@code maxChars} is recorded and the text returned.
         */
        public String string(String column, Presence presence, int maxChars) {
            Cell cell = cell(column, presence);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() != CellType.STRING) {
                problem(column, wording.notText(cell));
                return null;
            }
            String text = values.get(column);
            if (text.length() > maxChars) {
                problem(column, wording.tooLong(maxChars));
            }
            return text;
        }

        /** One of {@code choices} (written in upper case), from a text cell in any case, or {@code null}. */
        public String choice(String column, List<String> choices, Presence presence) {
            Cell cell = cell(column, presence);
            if (cell == null) {
                return null;
            }
            String text = cell.getCellType() == CellType.STRING ? values.get(column).trim().toUpperCase(Locale.ROOT) : null;
            if (text == null || !choices.contains(text)) {
                problem(column, wording.notChoice(choices, cell));
                return null;
            }
            return text;
        }

        /** A date, from a date cell or a text written yyyy-mm-dd, or {@code null}. */
        public LocalDate date(String column, Presence presence) {
            Cell cell = cell(column, presence);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            try {
                return LocalDate.parse(cell.getStringCellValue().trim());
            } catch (DateTimeParseException | IllegalStateException e) {
                problem(column, wording.notDate(cell));
                return null;
            }
        }

        /** A number that is not negative, from a number cell, written plainly; or {@code null}. */
        public BigDecimal quantity(String column, Presence presence) {
            Cell cell = cell(column, presence);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() != CellType.NUMERIC) {
                problem(column, wording.notNumber(cell));
                return null;
            }
            BigDecimal number = Decimals.plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            if (number.signum() < 0) {
                problem(column, wording.negative());
                return null;
            }
            return number;
        }
    }

    /** Whether a getter records a blank cell as a problem. */
    public enum Presence { REQUIRED, OPTIONAL }
}
