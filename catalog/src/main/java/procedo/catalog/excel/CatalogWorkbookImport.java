package procedo.catalog.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.CatalogTransferStore;
import procedo.catalog.transfer.Column;

/**
 * Imports a catalog workbook (the layout {@link CatalogWorkbookExport} writes) all or nothing, streaming: a first
 * pass reads every sheet and checks every cell (type, bounds, references between sheets and to the database),
 * collecting every problem located as {@code Sheet!C12 (column)}; only a clean file is read a second time and
 * written in one transaction. Formulas are refused. Procedures must be new to the catalog; agencies are added or
 * renamed.
 */
public final class CatalogWorkbookImport {

    /** Largest workbook accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /** Largest expanded part of a workbook (a sheet's XML), in bytes: far above the file limit's worth of rows. */
    private static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024 * 1024 - 1;
    private static final int MAX_PROBLEMS = 100;
    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._/-]{0,63}");

    private final CatalogTransferStore store;

    public CatalogWorkbookImport(CatalogTransferStore store) {
        this.store = store;
    }

    /** What was imported: procedures, and data rows per sheet. */
    public record Result(int procedures, Map<String, Long> rows) {
    }

    public Result importFrom(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of(file.getFileName().toString(), "no such file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw InvalidInputException.of(file.getFileName().toString(), "the workbook is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
        } catch (IOException e) {
            throw InvalidInputException.of(file.getFileName().toString(), "cannot be read: " + e.getMessage());
        }
        Pass check = new Pass(null);
        read(file, check);
        if (check.full()) {
            check.problems.addBeyondLimit("", "further problems are not listed; nothing was imported");
        }
        check.problems.throwIfAny();
        Map<String, Long> rows = new LinkedHashMap<>();
        int procedures = store.write(writer -> {
            Pass write = new Pass(writer);
            read(file, write);
            write.problems.throwIfAny();
            rows.putAll(write.rows);
        });
        return new Result(procedures, rows);
    }

    private void read(Path file, Pass pass) {
        try (SheetReader workbook = SheetReader.open(file, MAX_ENTRY_BYTES)) {
            for (CatalogTable table : CatalogTable.values()) {
                Optional<Sheet> sheet = workbook.sheet(table.sheetName());
                if (sheet.isEmpty()) {
                    pass.problem(CellLocation.sheet(table.sheetName()), "the sheet is missing (expected sheets: "
                            + String.join(", ", Arrays.stream(CatalogTable.values()).map(CatalogTable::sheetName).toList()) + ")");
                    continue;
                }
                pass.sheet(table, sheet.get());
                if (pass.full()) {
                    return;
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (pass.writer != null && e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw InvalidInputException.of(file.getFileName().toString(), "not a readable XLSX workbook: " + reason(e));
        }
    }

    /** What went wrong, from the innermost cause that says it (e.g. POI's zip bomb detection under a parse error). */
    private static String reason(Throwable e) {
        SheetReader.Refusal refusal = SheetReader.refusal(e);
        if (refusal.kind() == SheetReader.Refusal.Kind.ZIP_BOMB) {
            return "it expands too much when unzipped (zip bomb protection): " + refusal.message();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** One reading of the workbook: checks, and hands clean rows to the writer when there is one. */
    private final class Pass {
        final CatalogTransferStore.RowWriter writer;
        final Problems problems = Problems.keepingAtMost(MAX_PROBLEMS);
        final Map<String, Long> rows = new LinkedHashMap<>();
        final Set<String> existingProcedures = store.procedureCodes();
        final Set<String> agencies = store.agencyCodes();
        final Set<String> localities = store.localityCodes();
        final Set<String> sheetAgencies = new HashSet<>();
        final Set<String> procedures = new HashSet<>();
        final Set<String> usageKeys = new HashSet<>();

        Pass(CatalogTransferStore.RowWriter writer) {
            this.writer = writer;
        }

        boolean full() {
            return problems.full();
        }

        void problem(CellLocation location, String message) {
            problems.at(location, message);
        }

        void sheet(CatalogTable table, Sheet sheet) {
            List<Column> columns = table.columns();
            boolean header = true;
            long count = 0;
            for (Row row : sheet) {
                if (full()) {
                    return;
                }
                if (header) {
                    header = false;
                    checkHeader(table, row);
                    continue;
                }
                if (SheetReader.isEmpty(row)) {
                    continue;
                }
                int before = problems.count();
                List<Object> values = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    values.add(value(table, row, i, columns.get(i)));
                }
                if (table == CatalogTable.PROCEDURES && values.get(0) != null && !procedures.add((String) values.get(0))) {
                    problem(at(table, row.getRowNum(), 0, columns.get(0)), "procedure '" + values.get(0) + "' is listed twice");
                }
                if (problems.count() == before) {
                    check(table, row.getRowNum(), values);
                }
                if (problems.count() == before && writer != null) {
                    writer.add(table, values);
                }
                count++;
            }
            if (header) {
                problem(new CellLocation(table.sheetName(), 1, "A", null), "the header row is missing");
            }
            rows.put(table.sheetName(), count);
        }

        private void checkHeader(CatalogTable table, Row row) {
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.getCell(i);
                String found = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().trim();
                if (!found.equalsIgnoreCase(columns.get(i).name())) {
                    problem(at(table, row.getRowNum(), i, columns.get(i)), "expected the header '" + columns.get(i).name()
                            + "'" + (found.isEmpty() ? "" : ", found '" + found + "'"));
                }
            }
        }

        private Object value(CatalogTable table, Row row, int index, Column column) {
            Cell cell = row.getCell(index);
            CellLocation where = at(table, row.getRowNum(), index, column);
            SheetReader.CellText.Kind held = SheetReader.held(cell);
            if (held != SheetReader.CellText.Kind.VALUE) {
                problem(where, held == SheetReader.CellText.Kind.FORMULA
                        ? "formulas are not accepted: enter the value itself" : "the cell holds an error value");
                return null;
            }
            CellType type = cell == null ? CellType.BLANK : cell.getCellType();
            if (SheetReader.isBlank(cell)) {
                if (column.required()) {
                    problem(where, "is required");
                }
                return null;
            }
            switch (column.type()) {
                case TEXT -> {
                    if (type != CellType.STRING) {
                        problem(where, "must be text (format the cell as text), not " + describe(cell));
                        return null;
                    }
                    String text = cell.getStringCellValue();
                    if (text.length() > column.limit()) {
                        problem(where, "must be at most " + column.limit() + " characters");
                    }
                    return text;
                }
                case CHOICE -> {
                    String text = type == CellType.STRING ? cell.getStringCellValue().trim().toUpperCase(Locale.ROOT) : null;
                    if (text == null || !column.choices().contains(text)) {
                        problem(where, "must be one of " + String.join(", ", column.choices()) + ", not " + describe(cell));
                        return null;
                    }
                    return text;
                }
                case DATE -> {
                    if (type == CellType.NUMERIC) {
                        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                    }
                    try {
                        return LocalDate.parse(cell.getStringCellValue().trim()).toString();
                    } catch (DateTimeParseException | IllegalStateException e) {
                        problem(where, "must be a date written yyyy-mm-dd, not " + describe(cell));
                        return null;
                    }
                }
                default -> {
                    if (type != CellType.NUMERIC) {
                        problem(where, "must be a number, not " + describe(cell));
                        return null;
                    }
                    BigDecimal number = Decimals.plain(BigDecimal.valueOf(cell.getNumericCellValue()));
                    if (number.signum() < 0) {
                        problem(where, "must not be negative");
                        return null;
                    }
                    if (column.type() == Column.Type.DECIMAL) {
                        if (number.scale() > column.limit()) {
                            problem(where, "must have at most " + column.limit() + " decimals");
                        } else if (number.compareTo(column.max()) > 0) {
                            problem(where, "must be at most " + column.max().toPlainString());
                        }
                        return number;
                    }
                    if (number.scale() > 0) {
                        problem(where, "must be a whole number");
                        return null;
                    }
                    if (column.type() == Column.Type.COUNT) {
                        if (number.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                            problem(where, "must be at most 1000000000000");
                            return null;
                        }
                        return number.longValue();
                    }
                    if (number.compareTo(BigDecimal.valueOf(column.limit())) > 0) {
                        problem(where, "must be at most " + column.limit());
                        return null;
                    }
                    return number.intValue();
                }
            }
        }

        /** Rules between cells, sheets and the database. */
        private void check(CatalogTable table, int rowNum, List<Object> v) {
            List<Column> c = table.columns();
            switch (table) {
                case AGENCIES -> {
                    if (!sheetAgencies.add((String) v.get(0))) {
                        problem(at(table, rowNum, 0, c.get(0)), "agency '" + v.get(0) + "' is listed twice");
                    }
                }
                case PROCEDURES -> {
                    String code = (String) v.get(0);
                    if (!CODE.matcher(code).matches()) {
                        problem(at(table, rowNum, 0, c.get(0)), "a code is 1 to 64 letters, digits, '.', '_', '/' or '-'");
                    } else if (existingProcedures.contains(code)) {
                        problem(at(table, rowNum, 0, c.get(0)), "procedure '" + code
                                + "' is already in the catalog: an import adds new procedures only");
                    }
                    if (!agencies.contains((String) v.get(4)) && !sheetAgencies.contains((String) v.get(4))) {
                        problem(at(table, rowNum, 4, c.get(4)), "unknown agency '" + v.get(4) + "' (not in the catalog nor in the Agencies sheet)");
                    }
                    if (v.get(5) != null && !localities.contains((String) v.get(5))) {
                        problem(at(table, rowNum, 5, c.get(5)), "unknown locality '" + v.get(5) + "'");
                    }
                }
                default -> {
                    if (!procedures.contains((String) v.get(0))) {
                        problem(at(table, rowNum, 0, c.get(0)), "procedure '" + v.get(0) + "' is not in the Procedures sheet");
                    }
                    if (table == CatalogTable.ACTIVITIES && ((BigDecimal) v.get(7)).compareTo(BigDecimal.ONE) > 0) {
                        problem(at(table, rowNum, 7, c.get(7)), "a share is between 0 and 1");
                    }
                    if (table == CatalogTable.USAGE) {
                        if (!localities.contains((String) v.get(1))) {
                            problem(at(table, rowNum, 1, c.get(1)), "unknown locality '" + v.get(1) + "'");
                        }
                        if ((Integer) v.get(2) < 1990) {
                            problem(at(table, rowNum, 2, c.get(2)), "must be a year from 1990");
                        }
                        if ((Long) v.get(5) > (Long) v.get(4)) {
                            problem(at(table, rowNum, 5, c.get(5)), "online dossiers cannot exceed the total");
                        }
                        if ((Long) v.get(6) > (Long) v.get(4)) {
                            problem(at(table, rowNum, 6, c.get(6)), "on-time dossiers cannot exceed the total");
                        }
                        if (v.get(7) != null && (Integer) v.get(7) < 1) {
                            problem(at(table, rowNum, 7, c.get(7)), "covered days are 1 to 366, or empty for a whole year");
                        }
                        if (!usageKeys.add(v.get(0) + "\n" + v.get(1) + "\n" + v.get(2) + "\n" + v.get(3))) {
                            problem(at(table, rowNum, 0, c.get(0)), "the figures of this procedure, locality, year and source are listed twice");
                        }
                    }
                }
            }
        }
    }

    private static String describe(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "'" + cell.getStringCellValue() + "'";
            case NUMERIC -> "the number " + Decimals.text(cell.getNumericCellValue());
            case BOOLEAN -> "the value " + cell.getBooleanCellValue();
            default -> "a " + cell.getCellType().name().toLowerCase(Locale.ROOT) + " cell";
        };
    }

    static CellLocation at(CatalogTable table, int rowNum, int column, Column c) {
        return new CellLocation(table.sheetName(), rowNum + 1, SheetReader.column(column), c.name());
    }
}
