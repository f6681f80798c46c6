package procedo.catalog.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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
import procedo.catalog.text.Text;

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

    /**
     * A column of a table sheet: its name in row 1, whether a sheet must have it, and the other names row 1 may give
     * it (a translated header, a former name); problems name the column by {@code name}.
     */
    public record Header(String name, boolean required, List<String> aliases) {

        public Header {
            aliases = List.copyOf(aliases);
        }

        public Header(String name, boolean required) {
            this(name, required, List.of());
        }
    }

    /**
     * How an import words the problems found by the generic reading, as sentences of the message bundles: the
     * defaults are the shared {@code catalog.sheet.*} sentences, an import words the rest its own way.
     */
    public interface Wording {

        /** The sheet has more rows than allowed. */
        Text tooManyRows(int max);

        /** The sheet has no row at all. */
        Text headerMissing(List<Header> columns);

        /** Row 1 names a column twice. */
        Text duplicateColumn(String name);

        /** Row 1 lacks a required column. */
        Text missingColumn(String name);

        /** A cell holds a formula (its text), an error value, or a text longer than allowed. */
        Text refused(SheetReader.CellText content, int maxChars);

        /** Row 1 of a sheet read in order holds {@code found} (empty when not a text) where {@code expected} belongs. */
        default Text unexpectedHeader(String expected, String found) {
            return found.isEmpty() ? Text.of("catalog.sheet.headerExpected", expected)
                    : Text.of("catalog.sheet.headerExpectedFound", expected, found);
        }

        /** A cell read as a text cell holds something else. */
        default Text notText(Cell found) {
            return Text.of("catalog.sheet.notText", describe(found));
        }

        /** A cell read as a choice holds none of {@code choices}. */
        default Text notChoice(List<String> choices, Cell found) {
            return Text.of("catalog.sheet.notChoice", String.join(", ", choices), describe(found));
        }

        /** A cell read as a date holds neither a date nor a yyyy-mm-dd text. */
        default Text notDate(Cell found) {
            return Text.of("catalog.sheet.notDate", describe(found));
        }

        /** A cell read as a number holds something else. */
        default Text notNumber(Cell found) {
            return Text.of("catalog.sheet.notNumber", describe(found));
        }

        /** A number read as a quantity is negative. */
        default Text negative() {
            return Text.of("catalog.sheet.negative");
        }

        /** A text cell holds more than {@code max} characters. */
        default Text tooLong(int max) {
            return Text.of("catalog.sheet.tooLong", max);
        }

        /** How a problem names what a cell holds: {@code 'text'}, {@code the number 8}, {@code the value true}. */
        default Text describe(Cell cell) {
            return TableSheet.describe(cell);
        }
    }

    /** How a problem names what a cell holds: {@code 'text'}, {@code the number 8}, {@code the value true}. */
    public static Text describe(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> Text.of("catalog.sheet.cell.text", cell.getStringCellValue());
            case NUMERIC -> Text.of("catalog.sheet.cell.number", Decimals.text(cell.getNumericCellValue()));
            case BOOLEAN -> Text.of(cell.getBooleanCellValue() ? "catalog.sheet.cell.true" : "catalog.sheet.cell.false");
            case FORMULA -> Text.of("catalog.sheet.cell.formula");
            case ERROR -> Text.of("catalog.sheet.cell.error");
            default -> Text.of("catalog.sheet.cell.blank");
        };
    }

    /** More characters than the plain text of any number ({@code double}) a cell can hold. */
    private static final int LONGEST_NUMBER = 400;

    /** A date as Vietnamese write it, 05/07/2025 or 5/7/2025, refusing one that does not exist (31/02). */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The values a choice column takes: the code of each by every spelling a person may write it in (matched
     * without regard to case, spaces or how accents are encoded), and the spellings a problem lists.
     */
    public record Choices(Map<String, String> codes, List<String> listed) {

        public Choices {
            Map<String, String> byKey = new HashMap<>();
            codes.forEach((spelling, code) -> byKey.put(key(spelling), code));
            codes.forEach(byKey::putIfAbsent);
            codes = Map.copyOf(byKey);
            listed = List.copyOf(listed);
        }

        /** The code written as {@code text}, or {@code null}. */
        public String code(String text) {
            String code = codes.get(text);
            return code != null ? code : codes.get(key(text));
        }
    }

    /**
     * How two spellings of a header or a value are compared: Unicode composed (a keyboard may send a letter and its
     * accent apart), without regard to case or to spaces around and between words.
     */
    static String key(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Whether row 1's {@code text} names {@code column}, by its name or an alias. */
    private static boolean names(String text, Header column) {
        return key(text).equals(key(column.name())) || column.aliases().stream().anyMatch(a -> key(a).equals(key(text)));
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
        String[] nameOf = null;
        int[] ordinalOf = null;
        Map<String, String> letters = new HashMap<>();
        Map<String, Integer> ordinals = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ordinals.put(columns.get(i).name(), i);
        }
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
                ordinalOf = new int[nameOf.length];
                for (int i = 0; i < nameOf.length; i++) {
                    ordinalOf[i] = nameOf[i] == null ? -1 : ordinals.get(nameOf[i]);
                }
                continue;
            }
            Cell[] cells = new Cell[columns.size()];
            CellType[] types = new CellType[columns.size()];
            String[] texts = new String[columns.size()];
            boolean[] refused = null;
            boolean valued = false;
            for (Cell cell : row) {
                int index = cell.getColumnIndex();
                int ordinal = index < ordinalOf.length ? ordinalOf[index] : -1;
                if (ordinal < 0) {
                    continue;
                }
                CellType type = cell.getCellType();
                String text = type == CellType.STRING ? cell.getStringCellValue() : null;
                SheetReader.CellText refusal = refusal(cell, type, text);
                if (refusal != null) {
                    refuse(cell, refusal, layout == Layout.IN_ORDER ? nameOf[index] : null);
                    refused = refused == null ? new boolean[columns.size()] : refused;
                    refused[ordinal] = true;
                } else if (type != CellType.BLANK && (text == null || !text.isBlank())) {
                    cells[ordinal] = cell;
                    types[ordinal] = type;
                    texts[ordinal] = text;
                    valued = true;
                }
            }
            if (valued || layout == Layout.IN_ORDER && refused != null) {
                handler.accept(new TableRow(row.getRowNum() + 1, cells, types, texts, refused, ordinals, letters));
            }
        }
        if (nameOf == null) {
            problems.at(new CellLocation(name, 1, layout == Layout.IN_ORDER ? SheetReader.column(0) : null, null),
                    wording.headerMissing(columns));
        }
    }

    private String[] headerInOrder(Row row, List<Header> columns, Map<String, String> letters) {
        String[] nameOf = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String expected = columns.get(i).name();
            Cell cell = row.getCell(i);
            String found = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().trim();
            String letter = SheetReader.column(i);
            if (!names(found, columns.get(i))) {
                problems.at(new CellLocation(name, row.getRowNum() + 1, letter, expected), wording.unexpectedHeader(expected, found));
            }
            nameOf[i] = expected;
            letters.put(expected, letter);
        }
        return nameOf;
    }

    private String[] header(Row row, List<Header> columns, Map<String, String> letters) {
        Map<String, Header> byName = new HashMap<>();
        columns.forEach(c -> {
            c.aliases().forEach(alias -> byName.put(alias.trim().toLowerCase(Locale.ROOT), c));
            byName.put(c.name(), c);
        });
        Map<Integer, String> nameOf = new HashMap<>();
        for (Cell cell : row) {
            String written = Normalizer.normalize(text(cell).trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String column = byName.containsKey(written) ? byName.get(written).name() : written;
            if (byName.containsKey(written)) {
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
        if (!complete) {
            return null;
        }
        String[] byIndex = new String[nameOf.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        nameOf.forEach((index, column) -> byIndex[index] = column);
        return byIndex;
    }

    /**
     * Why a cell of type {@code type} (a text cell's {@code text}) is refused: a formula, an error value or too long
     * a text; {@code null} when it is accepted. A number or a yes/no is spelled out only when the limit is shorter
     * than any number's plain text may be.
     */
    private SheetReader.CellText refusal(Cell cell, CellType type, String text) {
        if (type == CellType.FORMULA || type == CellType.ERROR) {
            return SheetReader.text(cell, limits.maxCellChars());
        }
        if (text != null) {
            return text.length() > limits.maxCellChars() ? new SheetReader.CellText(SheetReader.CellText.Kind.TOO_LONG, text) : null;
        }
        if (type == CellType.BLANK || limits.maxCellChars() >= LONGEST_NUMBER) {
            return null;
        }
        SheetReader.CellText content = SheetReader.text(cell, limits.maxCellChars());
        return content.kind() == SheetReader.CellText.Kind.VALUE ? null : content;
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
        private final Cell[] cells;
        /** The type of each cell held, read once: the streaming reader formats a number each time it is asked. */
        private final CellType[] types;
        private final String[] texts;
        private final boolean[] refused;
        private final Map<String, Integer> ordinals;
        private final Map<String, String> letters;

        private TableRow(int row, Cell[] cells, CellType[] types, String[] texts, boolean[] refused,
                Map<String, Integer> ordinals, Map<String, String> letters) {
            this.row = row;
            this.cells = cells;
            this.types = types;
            this.texts = texts;
            this.refused = refused;
            this.ordinals = ordinals;
            this.letters = letters;
        }

        /** The column's cell of this row, {@code null} when blank, refused or not a column of the sheet. */
        private Cell held(String column) {
            Integer ordinal = ordinals.get(column);
            return ordinal == null ? null : cells[ordinal];
        }

        /** The type of the column's cell held (see {@link #held}). */
        private CellType type(String column) {
            return types[ordinals.get(column)];
        }

        private boolean refused(String column) {
            Integer ordinal = ordinals.get(column);
            return refused != null && ordinal != null && refused[ordinal];
        }

        /** The text of a text cell as read, {@code null} for any other cell. */
        private String written(String column) {
            Integer ordinal = ordinals.get(column);
            return ordinal == null ? null : texts[ordinal];
        }

        /** The cell's value as text (a number plainly), empty when blank or refused. */
        private String value(String column) {
            String text = written(column);
            if (text != null) {
                return text;
            }
            Cell cell = held(column);
            return cell == null ? "" : SheetReader.text(cell, Integer.MAX_VALUE).text();
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
        public void problem(String column, Text message) {
            problems.at(at(column), message);
        }

        /** The trimmed text, empty when the cell is blank. */
        public String text(String column) {
            return value(column).trim();
        }

        /** The trimmed text; blank is recorded as {@code is required}. */
        public String required(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                problem(column, Text.of("catalog.sheet.required"));
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
                problem(column, Text.of("catalog.sheet.notWholeNumber", v));
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
                problem(column, Text.of("catalog.sheet.notANumber", v));
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
                problem(column, Text.of("catalog.sheet.notOneOf", v, Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        /**
         * The cell, or {@code null} when it is blank (recorded as {@code is required} when {@code presence} says so)
         * or was refused (already recorded).
         */
        private Cell cell(String column, Presence presence) {
            Cell cell = held(column);
            if (cell == null && presence == Presence.REQUIRED && !refused(column)) {
                problem(column, Text.of("catalog.sheet.required"));
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
            if (type(column) != CellType.STRING) {
                problem(column, wording.notText(cell));
                return null;
            }
            String text = written(column);
            if (text.length() > maxChars) {
                problem(column, wording.tooLong(maxChars));
            }
            return text;
        }

        /** The code of one of {@code choices}, from a text cell holding any of its spellings, or {@code null}. */
        public String choice(String column, Choices choices, Presence presence) {
            Cell cell = cell(column, presence);
            if (cell == null) {
                return null;
            }
            String written = written(column);
            String code = written == null ? null : choices.code(written);
            if (code == null) {
                problem(column, wording.notChoice(choices.listed(), cell));
            }
            return code;
        }

        /** One of {@code choices} (written in upper case), from a text cell in any case, or {@code null}. */
        public String choice(String column, List<String> choices, Presence presence) {
            Cell cell = cell(column, presence);
            if (cell == null) {
                return null;
            }
            String written = written(column);
            String text = written == null ? null : written.trim().toUpperCase(Locale.ROOT);
            if (text == null || !choices.contains(text)) {
                problem(column, wording.notChoice(choices, cell));
                return null;
            }
            return text;
        }

        /** A date, from a date cell or a text written dd/mm/yyyy or yyyy-mm-dd (a date that exists), or {@code null}. */
        public LocalDate date(String column, Presence presence) {
            Cell cell = cell(column, presence);
            if (cell == null) {
                return null;
            }
            if (type(column) == CellType.NUMERIC) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String written = written(column) == null ? "" : written(column).trim();
            try {
                return written.contains("/") ? LocalDate.parse(written, DAY_MONTH_YEAR) : LocalDate.parse(written);
            } catch (DateTimeParseException e) {
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
            if (type(column) != CellType.NUMERIC) {
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
