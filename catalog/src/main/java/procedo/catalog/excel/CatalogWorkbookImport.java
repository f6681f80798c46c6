package procedo.catalog.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.text.Text;
import procedo.catalog.transfer.CatalogDiff;
import procedo.catalog.transfer.CatalogRows;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.CatalogTransferStore;
import procedo.catalog.transfer.Column;
import procedo.catalog.transfer.FieldChange;
import procedo.catalog.transfer.ProcedureChange;

/**
 * Imports a catalog workbook (the layout {@link CatalogWorkbookExport} writes, in either {@link CatalogWorkbookForm
 * form}) all or nothing, streaming, and says first what it would change. The workbook is read once: every sheet and
 * every cell is checked (type, bounds, references between sheets and to the database), every problem collected and
 * located as {@code Sheet!C12 (column)} with the sheet and column named as the workbook names them, and the clean
 * rows are kept in temporary files. Then the procedures are compared in the workbook's order, a thousand at a time,
 * with what the catalog stores: a procedure new to the catalog is added, one whose values differ is changed (a new
 * version of its record; usage figures added or updated), one that the workbook does not name is removed only when
 * asked; the rest is unchanged, so importing an exported workbook unchanged writes nothing. A {@link #preview}
 * stops there and writes nothing; an {@link #apply} writes all of it in one transaction. Agencies are added or
 * renamed. A withdrawn procedure's code is refused (it must be reinstated first). Formulas are refused.
 *
 * <p>Each sheet is found by its Vietnamese name or its code name, each column by its Vietnamese header or its code
 * name, each enumerated value by its Vietnamese name (or a usual synonym) or its code, a procedure's agency by its
 * code or its name (among the agencies sheet's, else the catalog's), a national database by its name or code, a
 * date from a date cell or a text dd/mm/yyyy or yyyy-mm-dd — so a workbook of either form, or a mix, imports.
 */
public final class CatalogWorkbookImport {

    /** Largest workbook accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /** Largest expanded part of a workbook (a sheet's XML), in bytes: far above the file limit's worth of rows. */
    private static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024 * 1024 - 1;
    private static final int MAX_PROBLEMS = 100;
    /** Procedures compared with the catalog at a time. */
    private static final int CHUNK = 1000;
    /** Longest agency name (the agencies sheet's limit), which a procedure may name its agency by. */
    private static final int AGENCY_NAME_LIMIT = 300;
    /** Longest locality name a procedure or a usage row may name its locality by. */
    private static final int LOCALITY_NAME_LIMIT = 200;
    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._/-]{0,63}");
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000_000L);
    /** No bound on rows or cell length beyond the file and part sizes: each column has its own length limit. */
    private static final ReadLimits LIMITS = new ReadLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, MAX_ENTRY_BYTES);
    private static final Map<CatalogWorkbookForm, Map<CatalogTable, List<TableSheet.Header>>> HEADERS = headers();
    private static final Map<CatalogWorkbookForm, Map<String, TableSheet.Choices>> CHOICES = choices();
    private static final TableSheet.Wording WORDING = new Wording();

    private final CatalogTransferStore store;

    public CatalogWorkbookImport(CatalogTransferStore store) {
        this.store = store;
    }

    /** What to do with the catalog's procedures that the workbook does not name. */
    public enum Missing {
        /** They stay as they are. */
        KEEP,
        /** They are removed, as deleting a procedure does (withdrawn when anything depends on them). */
        REMOVE
    }

    /** What an applied import does beyond the catalog's tables: records each change, removes procedures. */
    public interface Effects {
        /** Does nothing beyond the tables (and removes nothing). */
        Effects NONE = new Effects() {
            @Override
            public void changed(ProcedureChange change, Procedure before, Procedure after) {
            }

            @Override
            public void remove(String code) {
                throw new IllegalStateException("no way to remove procedure " + code);
            }
        };

        /**
         * {@code change} was written: {@code before} and {@code after} are the procedure's record when it got a new
         * version, both {@code null} when only its usage figures changed.
         */
        void changed(ProcedureChange change, Procedure before, Procedure after);

        /** Removes the procedure {@code code}, which the workbook does not name, in the import's transaction. */
        void remove(String code);
    }

    /**
     * What the import changes (or changed): the codes of the procedures added, the changes of each changed one, the
     * codes removed, how many stay unchanged, how many agencies are added or renamed, and the data rows per sheet.
     */
    public record Result(List<String> added, List<ProcedureChange> changed, List<String> removed, long unchanged,
                         int agencies, Map<String, Long> rows) {

        public Result {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
            rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        }

        /** The number of procedures added or changed. */
        public int procedures() {
            return added.size() + changed.size();
        }

        /** Whether it adds, changes and removes the same procedures in the same way as {@code other}. */
        public boolean sameChanges(Result other) {
            return added.equals(other.added) && changed.equals(other.changed) && removed.equals(other.removed)
                    && unchanged == other.unchanged && agencies == other.agencies;
        }

        /** Whether applying it writes anything. */
        public boolean changesAnything() {
            return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty() || agencies > 0;
        }
    }

    /** Applies the workbook at {@code file}, keeping the procedures it does not name, with no further effect. */
    public Result importFrom(Path file) {
        return apply(file, Missing.KEEP, Effects.NONE);
    }

    /**
     * What importing the workbook at {@code file} would change; writes nothing. A problem of the whole file
     * (missing, too large, not a workbook, a hostile one) is located at {@link CellLocation#file() the file}, never
     * by the file's name, which may be a server's temporary copy: the caller that knows the name the person gave it
     * may add it.
     */
    public Result preview(Path file, Missing missing) {
        try (Pass pass = check(file)) {
            return compare(pass, missing, null, Effects.NONE);
        }
    }

    /**
     * A workbook read and checked for its {@link #result() preview}, its clean rows kept in temporary files until it
     * is {@link #apply(Previewed, Effects) applied} or {@link #close() closed}, so that applying it reads no file.
     */
    public static final class Previewed implements AutoCloseable {
        private final Pass pass;
        private final Missing missing;
        private final Result result;

        private Previewed(Pass pass, Missing missing, Result result) {
            this.pass = pass;
            this.missing = missing;
            this.result = result;
        }

        /** What applying it would change, as the catalog stood when it was previewed. */
        public Result result() {
            return result;
        }

        /** Removes the kept rows. */
        @Override
        public void close() {
            pass.close();
        }
    }

    /**
     * What importing the workbook at {@code file} would change, as {@link #preview} says, with the checked rows kept
     * for {@link #apply(Previewed, Effects)}; the caller closes what it returns.
     */
    public Previewed previewKept(Path file, Missing missing) {
        Pass pass = check(file);
        try {
            pass.forgetChecks();
            return new Previewed(pass, missing, compare(pass, missing, null, Effects.NONE));
        } catch (RuntimeException e) {
            pass.close();
            throw e;
        }
    }

    /**
     * Applies a previewed workbook, all or nothing, from its kept rows; refuses it, writing nothing, when the catalog
     * has changed since the preview so that applying it would change something else than the preview showed.
     */
    public Result apply(Previewed previewed, Effects effects) {
        Result[] result = new Result[1];
        store.write(writer -> {
            result[0] = compare(previewed.pass, previewed.missing, writer, effects);
            if (!result[0].sameChanges(previewed.result)) {
                throw new ConflictException(Text.of("catalog.sheet.import.changedSincePreview"));
            }
        });
        return result[0];
    }

    /** Imports the workbook at {@code file}, all or nothing, and says what it changed (as {@link #preview} would). */
    public Result apply(Path file, Missing missing, Effects effects) {
        try (Pass pass = check(file)) {
            Result[] result = new Result[1];
            store.write(writer -> result[0] = compare(pass, missing, writer, effects));
            return result[0];
        }
    }

    /** Reads and checks the whole workbook, keeping its clean rows; refuses it with every problem found. */
    private Pass check(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw refusal(Text.of("catalog.sheet.import.noFile"));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw refusal(Text.of("catalog.sheet.import.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
            }
        } catch (IOException e) {
            throw refusal(Text.of("catalog.sheet.import.cannotRead"));
        }
        Pass pass = new Pass();
        try {
            read(file, pass);
            if (pass.full()) {
                pass.problems.addBeyondLimit("", Text.of("catalog.sheet.import.furtherProblems"));
            }
            pass.problems.throwIfAny();
            pass.spills.values().forEach(RowSpill::finish);
            return pass;
        } catch (RuntimeException e) {
            pass.close();
            throw e;
        }
    }

    /**
     * Compares the checked rows with the catalog, procedure by procedure in the workbook's order, a chunk at a time;
     * writes what differs when there is a {@code writer}.
     */
    private Result compare(Pass pass, Missing missing, CatalogTransferStore.RowWriter writer, Effects effects) {
        int agencies = agencies(pass, writer);
        List<String> added = new ArrayList<>();
        List<ProcedureChange> changed = new ArrayList<>();
        long unchanged = 0;
        Map<String, String> localityNames = store.localityNames();
        Map<CatalogTable, RowSpill.Reader> readers = new EnumMap<>(CatalogTable.class);
        try {
            for (CatalogTable table : CatalogTable.values()) {
                if (table != CatalogTable.AGENCIES) {
                    readers.put(table, pass.spills.get(table).reader());
                }
            }
            RowSpill.Reader procedures = readers.get(CatalogTable.PROCEDURES);
            while (procedures.peek() != null) {
                List<List<Object>> chunk = new ArrayList<>(CHUNK);
                int last = -1;
                while (chunk.size() < CHUNK && procedures.peek() != null) {
                    RowSpill.Row row = procedures.next();
                    chunk.add(row.values());
                    last = row.procedure();
                }
                Map<String, Map<CatalogTable, List<List<Object>>>> workbook = new HashMap<>();
                for (List<Object> row : chunk) {
                    workbook.computeIfAbsent((String) row.get(0), k -> new EnumMap<>(CatalogTable.class))
                            .put(CatalogTable.PROCEDURES, List.of(row));
                }
                for (Map.Entry<CatalogTable, RowSpill.Reader> reader : readers.entrySet()) {
                    if (reader.getKey() == CatalogTable.PROCEDURES) {
                        continue;
                    }
                    while (reader.getValue().peek() != null && reader.getValue().peek().procedure() <= last) {
                        List<Object> row = reader.getValue().next().values();
                        workbook.get((String) row.get(0)).computeIfAbsent(reader.getKey(), k -> new ArrayList<>()).add(row);
                    }
                }
                Map<String, CatalogTransferStore.StoredProcedure> stored = store.stored(workbook.keySet());
                for (List<Object> row : chunk) {
                    String code = (String) row.get(0);
                    Map<CatalogTable, List<List<Object>>> rows = workbook.get(code);
                    rows.replaceAll(CatalogDiff::inStoredOrder);
                    CatalogTransferStore.StoredProcedure before = stored.get(code);
                    if (before == null) {
                        added.add(code);
                        if (writer != null) {
                            writer.add(rows);
                        }
                        continue;
                    }
                    List<FieldChange> changes = CatalogDiff.changes(before.rows(), rows, localityNames);
                    if (changes.isEmpty()) {
                        unchanged++;
                        continue;
                    }
                    ProcedureChange change = new ProcedureChange(code, changes);
                    changed.add(change);
                    if (writer != null) {
                        write(writer, effects, change, before, rows);
                    }
                }
            }
        } finally {
            readers.values().forEach(RowSpill.Reader::close);
        }
        List<String> removed = new ArrayList<>();
        if (missing == Missing.REMOVE) {
            Set<String> named = pass.procedures.keySet();
            store.procedureCodes(WithdrawnFilter.EXCLUDE).stream().filter(c -> !named.contains(c)).sorted().forEach(removed::add);
            if (writer != null) {
                removed.forEach(effects::remove);
            }
        }
        return new Result(added, changed, removed, unchanged, agencies, pass.rows);
    }

    /** Writes a changed procedure: a new version of its record when that changes, its usage figures when they do. */
    private static void write(CatalogTransferStore.RowWriter writer, Effects effects, ProcedureChange change,
                              CatalogTransferStore.StoredProcedure before, Map<CatalogTable, List<List<Object>>> rows) {
        Procedure replaced = null;
        Procedure after = null;
        if (change.recordChanges()) {
            after = CatalogRows.procedure(rows, before.version());
            replaced = writer.replace(change.code(), after, before.version());
            after = after.withVersion(before.version() + 1);
        }
        if (change.changes().stream().anyMatch(FieldChange::usage)) {
            writer.putUsage(change.code(), rows.getOrDefault(CatalogTable.USAGE, List.of()));
        }
        effects.changed(change, replaced, after);
    }

    /** The agencies of the agencies sheet that are new or renamed; written when there is a {@code writer}. */
    private int agencies(Pass pass, CatalogTransferStore.RowWriter writer) {
        Map<String, List<Object>> stored = new HashMap<>();
        store.forEachRow(CatalogTable.AGENCIES, WithdrawnFilter.INCLUDE, a -> stored.put((String) a.get(0), a));
        int count = 0;
        for (List<Object> row : pass.agencyRows) {
            if (!row.equals(stored.get((String) row.get(0)))) {
                count++;
                if (writer != null) {
                    writer.add(CatalogTable.AGENCIES, row);
                }
            }
        }
        return count;
    }

    private void read(Path file, Pass pass) {
        try (SheetReader workbook = SheetReader.open(file, MAX_ENTRY_BYTES)) {
            CatalogWorkbookForm form = Arrays.stream(CatalogTable.values()).anyMatch(t -> workbook.sheet(t.sheetName()).isPresent())
                    && Arrays.stream(CatalogTable.values()).noneMatch(t -> workbook.sheet(CatalogVocabulary.sheet(t)).isPresent())
                    ? CatalogWorkbookForm.CODES : CatalogWorkbookForm.VIETNAMESE;
            for (CatalogTable table : CatalogTable.values()) {
                Optional<Sheet> named = workbook.sheet(CatalogVocabulary.sheet(table));
                Optional<Sheet> sheet = named.or(() -> workbook.sheet(table.sheetName()));
                if (sheet.isEmpty() && table.mayBeAbsent()) {
                    continue;
                }
                if (sheet.isEmpty()) {
                    pass.problem(CellLocation.sheet(sheetName(table, form)), Text.of("catalog.sheet.import.sheetMissing",
                            String.join(", ", Arrays.stream(CatalogTable.values()).map(t -> sheetName(t, form)).toList())));
                    continue;
                }
                pass.sheet(table, sheet.get(), named.isPresent() ? CatalogWorkbookForm.VIETNAMESE : CatalogWorkbookForm.CODES);
                if (pass.full()) {
                    return;
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(reason(e));
        }
    }

    /** A refusal of the whole file, located at the file and not by its name. */
    private static InvalidInputException refusal(Text reason) {
        Problems problems = new Problems();
        problems.at(CellLocation.file(), reason);
        return new InvalidInputException(problems.list());
    }

    private static String sheetName(CatalogTable table, CatalogWorkbookForm form) {
        return form == CatalogWorkbookForm.VIETNAMESE ? CatalogVocabulary.sheet(table) : table.sheetName();
    }

    /** A column's header in a form: the name problems give it. */
    private static String header(CatalogTable table, Column column, CatalogWorkbookForm form) {
        return form == CatalogWorkbookForm.VIETNAMESE ? CatalogVocabulary.words(table, column).header() : column.name();
    }

    /**
     * Why the file cannot be read, from the innermost cause that says it (e.g. POI's zip bomb detection under a
     * parse error), in Procedo's words: the library's message names classes, parts and limits a person cannot act on.
     */
    private static Text reason(Throwable e) {
        SheetReader.Refusal refusal = SheetReader.refusal(e);
        return switch (refusal.kind()) {
            case ZIP_BOMB -> Text.of("catalog.sheet.import.zipBomb", Math.round(1 / SheetReader.MIN_INFLATE_RATIO));
            case ENTRY_TOO_LARGE -> Text.of("catalog.sheet.import.partTooLarge");
            case NESTED_TOO_DEEP -> Text.of("catalog.sheet.import.nestedTooDeep", refusal.part(), SheetReader.MAX_PART_DEPTH);
            case UNREADABLE -> Text.of("catalog.sheet.import.notAWorkbook");
        };
    }

    /** The one reading of the workbook: checks every cell and keeps the clean rows. */
    private final class Pass implements AutoCloseable {
        final Problems problems = Problems.keepingAtMost(MAX_PROBLEMS);
        final Map<String, Long> rows = new LinkedHashMap<>();
        final Set<String> withdrawnProcedures = store.procedureCodes(WithdrawnFilter.ONLY);
        final Map<CatalogTable, RowSpill> spills = new EnumMap<>(CatalogTable.class);
        /** The agencies sheet's rows. */
        final List<List<Object>> agencyRows = new ArrayList<>();
        /** The procedures sheet's codes, each with its position. */
        final Map<String, Integer> procedures = new HashMap<>();
        final Set<String> agencies = store.agencyCodes();
        final Set<String> localities = store.localityCodes();
        final Map<String, String> sheetAgencies = new HashMap<>();
        final Set<String> usageKeys = new HashSet<>();
        /** Procedure code and channel, or part of the record, of the rows read: each at most once. */
        final Set<String> channels = new HashSet<>();
        final Set<String> timedChannels = new HashSet<>();
        final Set<String> checkedParts = new HashSet<>();
        /** The agencies by name, of the agencies sheet and of the catalog (but those the sheet renames). */
        NameIndex sheetAgencyNames;
        NameIndex catalogAgencyNames;
        NameIndex localityNames;
        /** The headers of the sheet being read, as it names them. */
        List<String> labels;

        Pass() {
            for (CatalogTable table : CatalogTable.values()) {
                if (table != CatalogTable.AGENCIES) {
                    spills.put(table, new RowSpill());
                }
            }
        }

        @Override
        public void close() {
            spills.values().forEach(RowSpill::close);
        }

        /** Lets go of what only the check needed, when the checked rows are kept after it. */
        void forgetChecks() {
            usageKeys.clear();
            channels.clear();
            timedChannels.clear();
            checkedParts.clear();
            sheetAgencyNames = null;
            catalogAgencyNames = null;
            localityNames = null;
        }

        boolean full() {
            return problems.full();
        }

        void problem(CellLocation location, Text message) {
            problems.at(location, message);
        }

        void sheet(CatalogTable table, Sheet sheet, CatalogWorkbookForm form) {
            List<Column> columns = table.columns();
            List<TableSheet.Header> headers = HEADERS.get(form).get(table);
            labels = headers.stream().map(TableSheet.Header::name).toList();
            long[] count = {0};
            new TableSheet(sheet.getSheetName(), LIMITS, problems, WORDING).readInOrder(sheet, headers, row -> {
                if (full()) {
                    return;
                }
                int before = problems.count();
                List<Object> values = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    values.add(value(row, table, columns.get(i), labels.get(i), form));
                }
                if (table == CatalogTable.PROCEDURES && values.get(0) != null
                        && procedures.putIfAbsent((String) values.get(0), procedures.size()) != null) {
                    row.problem(labels.get(0), Text.of("catalog.sheet.import.procedureTwice", values.get(0)));
                }
                if (problems.count() == before) {
                    check(table, row, values);
                }
                if (problems.count() == before) {
                    keep(table, row.row(), values);
                }
                count[0]++;
            });
            rows.put(table.sheetName(), count[0]);
        }

        /** Keeps a clean row: an agency in memory, the others in their sheet's temporary file. */
        private void keep(CatalogTable table, int number, List<Object> values) {
            if (table == CatalogTable.AGENCIES) {
                agencyRows.add(values);
            } else {
                spills.get(table).add(procedures.get((String) values.get(0)), number, values);
            }
        }

        private Object value(TableSheet.TableRow row, CatalogTable table, Column column, String name, CatalogWorkbookForm form) {
            TableSheet.Presence presence = column.required() ? TableSheet.Presence.REQUIRED : TableSheet.Presence.OPTIONAL;
            switch (column.type()) {
                case TEXT -> {
                    if (table == CatalogTable.PROCEDURES && column.name().equals("agency_code")) {
                        String agency = row.string(name, presence, AGENCY_NAME_LIMIT);
                        return agency == null ? null : agency(row, name, agency.trim());
                    }
                    if (column.name().equals("locality_code")) {
                        String locality = row.string(name, presence, LOCALITY_NAME_LIMIT);
                        return locality == null ? null : locality(row, name, locality.trim());
                    }
                    String text = row.string(name, presence, column.limit());
                    if (text != null && table == CatalogTable.DOSSIER && column.name().equals("reusable_from")) {
                        return CatalogVocabulary.databases().stream()
                                .filter(d -> TableSheet.key(d.name()).equals(TableSheet.key(text)))
                                .map(CatalogVocabulary.Choice::code).findFirst().orElse(text);
                    }
                    return text;
                }
                case CHOICE -> {
                    return row.choice(name, CHOICES.get(form).get(column.name()), presence);
                }
                case DATE -> {
                    LocalDate date = row.date(name, presence);
                    return date == null ? null : date.toString();
                }
                default -> {
                    BigDecimal number = row.quantity(name, presence);
                    if (number == null) {
                        return null;
                    }
                    if (column.type() == Column.Type.DECIMAL) {
                        if (number.scale() > column.limit()) {
                            row.problem(name, Text.of("catalog.sheet.import.decimals", column.limit()));
                        } else if (number.compareTo(column.max()) > 0) {
                            row.problem(name, Text.of("catalog.sheet.import.atMost", column.max()));
                        }
                        return number;
                    }
                    if (number.scale() > 0) {
                        row.problem(name, Text.of("catalog.sheet.import.wholeNumber"));
                        return null;
                    }
                    if (column.type() == Column.Type.COUNT) {
                        if (number.compareTo(MAX_COUNT) > 0) {
                            row.problem(name, Text.of("catalog.sheet.import.atMost", MAX_COUNT));
                            return null;
                        }
                        return number.longValue();
                    }
                    if (number.compareTo(BigDecimal.valueOf(column.limit())) > 0) {
                        row.problem(name, Text.of("catalog.sheet.import.atMost", column.limit()));
                        return null;
                    }
                    return number.intValue();
                }
            }
        }

        /**
         * The code of the agency a procedure names by {@code text}: a code of the agencies sheet or the catalog, else
         * the one agency of that name in the agencies sheet, else in the catalog; {@code text} itself when none is
         * (the check says it is unknown), {@code null} when several agencies have that name (recorded).
         */
        private String agency(TableSheet.TableRow row, String column, String text) {
            if (agencies.contains(text) || sheetAgencies.containsKey(text)) {
                return text;
            }
            if (sheetAgencyNames == null) {
                sheetAgencyNames = NameIndex.of(sheetAgencies);
                Map<String, String> catalog = new HashMap<>();
                store.forEachRow(CatalogTable.AGENCIES, WithdrawnFilter.INCLUDE, a -> {
                    if (!sheetAgencies.containsKey((String) a.get(0))) {
                        catalog.put((String) a.get(0), (String) a.get(1));
                    }
                });
                catalogAgencyNames = NameIndex.of(catalog);
            }
            List<String> codes = sheetAgencyNames.codes(text);
            return single(row, column, text, codes.isEmpty() ? catalogAgencyNames.codes(text) : codes,
                    "catalog.sheet.import.agencyAmbiguous");
        }

        /**
         * The code of the locality {@code text} names: a code, else the one locality of that name (with or without
         * "Tỉnh", "Thành phố"); {@code text} itself when none is (the check says it is unknown), {@code null} when
         * several are (recorded).
         */
        private String locality(TableSheet.TableRow row, String column, String text) {
            if (localities.contains(text)) {
                return text;
            }
            if (localityNames == null) {
                localityNames = NameIndex.ofLocalities(store.localityNames());
            }
            return single(row, column, text, localityNames.codes(text), "catalog.sheet.import.localityAmbiguous");
        }

        private String single(TableSheet.TableRow row, String column, String text, List<String> codes, String ambiguous) {
            if (codes.size() > 1) {
                row.problem(column, Text.of(ambiguous, text, String.join(", ", codes)));
                return null;
            }
            return codes.isEmpty() ? text : codes.get(0);
        }

        /**
         * The rules of the channels, processing times, legal documents and sources: a channel once per procedure, a time
         * only for a channel offered and once, a part of the record checked once, no day in the future.
         */
        private void recordDetails(CatalogTable table, TableSheet.TableRow row, List<Object> v, List<String> c) {
            LocalDate today = LocalDate.now(procedo.catalog.text.Messages.VIET_NAM);
            String key = v.get(0) + "\n" + v.get(1);
            switch (table) {
                case CHANNELS -> {
                    if (!channels.add(key)) {
                        row.problem(c.get(1), Text.of("catalog.sheet.import.channelTwice", v.get(0)));
                    }
                }
                case PROCESSING_TIMES -> {
                    if (!channels.contains(key)) {
                        row.problem(c.get(1), Text.of("catalog.sheet.import.channelNotOffered", v.get(0)));
                    } else if (!timedChannels.add(key)) {
                        row.problem(c.get(1), Text.of("catalog.sheet.import.channelTwice", v.get(0)));
                    }
                }
                case LEGAL_DOCUMENTS -> {
                    if (v.get(4) != null && LocalDate.parse((String) v.get(4)).isAfter(today)) {
                        row.problem(c.get(4), Text.of("catalog.procedure.future"));
                    }
                }
                case SOURCES -> {
                    if (!checkedParts.add(key)) {
                        row.problem(c.get(1), Text.of("catalog.sheet.import.partTwice", v.get(0)));
                    }
                    if (v.get(3) != null && LocalDate.parse((String) v.get(3)).isAfter(today)) {
                        row.problem(c.get(3), Text.of("catalog.procedure.future"));
                    }
                }
                default -> {
                }
            }
        }

        /** Rules between cells, sheets and the database. */
        private void check(CatalogTable table, TableSheet.TableRow row, List<Object> v) {
            List<String> c = labels;
            switch (table) {
                case AGENCIES -> {
                    if (sheetAgencies.putIfAbsent((String) v.get(0), (String) v.get(1)) != null) {
                        row.problem(c.get(0), Text.of("catalog.sheet.import.agencyTwice", v.get(0)));
                    }
                }
                case PROCEDURES -> {
                    String code = (String) v.get(0);
                    if (!CODE.matcher(code).matches()) {
                        row.problem(c.get(0), Text.of("catalog.sheet.import.badCode"));
                    } else if (withdrawnProcedures.contains(code)) {
                        row.problem(c.get(0), Text.of("catalog.sheet.import.procedureWithdrawn", code));
                    }
                    if (!agencies.contains((String) v.get(4)) && !sheetAgencies.containsKey((String) v.get(4))) {
                        row.problem(c.get(4), Text.of("catalog.sheet.import.unknownAgency", v.get(4)));
                    }
                    if (v.get(5) != null && !localities.contains((String) v.get(5))) {
                        row.problem(c.get(5), Text.of("catalog.sheet.import.unknownLocality", v.get(5)));
                    }
                }
                default -> {
                    if (!procedures.containsKey((String) v.get(0))) {
                        row.problem(c.get(0), Text.of("catalog.sheet.import.procedureNotListed", v.get(0)));
                    }
                    if (table == CatalogTable.ACTIVITIES && ((BigDecimal) v.get(7)).compareTo(BigDecimal.ONE) > 0) {
                        row.problem(c.get(7), Text.of("catalog.sheet.import.share"));
                    }
                    recordDetails(table, row, v, c);
                    if (table == CatalogTable.USAGE) {
                        if (!localities.contains((String) v.get(1))) {
                            row.problem(c.get(1), Text.of("catalog.sheet.import.unknownLocality", v.get(1)));
                        }
                        if ((Integer) v.get(2) < 1990) {
                            row.problem(c.get(2), Text.of("catalog.sheet.import.year", 1990));
                        }
                        if ((Long) v.get(5) > (Long) v.get(4)) {
                            row.problem(c.get(5), Text.of("catalog.sheet.import.onlineOverTotal"));
                        }
                        if ((Long) v.get(6) > (Long) v.get(4)) {
                            row.problem(c.get(6), Text.of("catalog.sheet.import.onTimeOverTotal"));
                        }
                        if (v.get(7) != null && (Integer) v.get(7) < 1) {
                            row.problem(c.get(7), Text.of("catalog.sheet.import.coveredDays"));
                        }
                        if (!usageKeys.add(v.get(0) + "\n" + v.get(1) + "\n" + v.get(2) + "\n" + v.get(3))) {
                            row.problem(c.get(0), Text.of("catalog.sheet.import.usageTwice"));
                        }
                    }
                }
            }
        }
    }

    /** The sheets' columns as the table reader expects them, in order, named as each form names them. */
    private static Map<CatalogWorkbookForm, Map<CatalogTable, List<TableSheet.Header>>> headers() {
        Map<CatalogWorkbookForm, Map<CatalogTable, List<TableSheet.Header>>> headers = new EnumMap<>(CatalogWorkbookForm.class);
        for (CatalogWorkbookForm form : CatalogWorkbookForm.values()) {
            CatalogWorkbookForm other = form == CatalogWorkbookForm.VIETNAMESE ? CatalogWorkbookForm.CODES : CatalogWorkbookForm.VIETNAMESE;
            Map<CatalogTable, List<TableSheet.Header>> tables = new EnumMap<>(CatalogTable.class);
            for (CatalogTable table : CatalogTable.values()) {
                tables.put(table, table.columns().stream().map(c -> new TableSheet.Header(header(table, c, form), c.required(),
                        List.of(header(table, c, other)))).toList());
            }
            headers.put(form, tables);
        }
        return headers;
    }

    /** The enumerated columns' values by every spelling, listed in a problem as each form writes them. */
    private static Map<CatalogWorkbookForm, Map<String, TableSheet.Choices>> choices() {
        Map<CatalogWorkbookForm, Map<String, TableSheet.Choices>> choices = new EnumMap<>(CatalogWorkbookForm.class);
        for (CatalogWorkbookForm form : CatalogWorkbookForm.values()) {
            Map<String, TableSheet.Choices> columns = new HashMap<>();
            for (CatalogTable table : CatalogTable.values()) {
                for (Column column : table.columns()) {
                    if (column.type() != Column.Type.CHOICE) {
                        continue;
                    }
                    List<CatalogVocabulary.Choice> values = CatalogVocabulary.choices(column);
                    Map<String, String> codes = new LinkedHashMap<>();
                    values.forEach(v -> v.spellings().forEach(spelling -> codes.put(spelling, v.code())));
                    columns.put(column.name(), new TableSheet.Choices(codes, values.stream()
                            .map(v -> form == CatalogWorkbookForm.VIETNAMESE ? v.name() : v.code()).toList()));
                }
            }
            choices.put(form, columns);
        }
        return choices;
    }

    /** The catalog import's words for what the table reader finds. */
    private static final class Wording implements TableSheet.Wording {

        @Override
        public Text tooManyRows(int max) {
            return Text.of("catalog.sheet.import.tooManyRows", max);
        }

        @Override
        public Text headerMissing(List<TableSheet.Header> columns) {
            return Text.of("catalog.sheet.import.headerMissing");
        }

        @Override
        public Text duplicateColumn(String name) {
            return Text.of("catalog.sheet.import.duplicateColumn", name);
        }

        @Override
        public Text missingColumn(String name) {
            return Text.of("catalog.sheet.import.missingColumn", name);
        }

        @Override
        public Text notDate(org.apache.poi.ss.usermodel.Cell found) {
            return Text.of("catalog.sheet.import.notDate", describe(found));
        }

        @Override
        public Text refused(SheetReader.CellText content, int maxChars) {
            return switch (content.kind()) {
                case FORMULA -> Text.of("catalog.sheet.formula", content.text());
                case ERROR -> Text.of("catalog.sheet.errorValue");
                default -> Text.of("catalog.sheet.tooLong", maxChars);
            };
        }
    }
}
