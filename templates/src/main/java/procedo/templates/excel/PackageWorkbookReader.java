package procedo.templates.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.Problems;
import procedo.catalog.excel.SheetReader;
import procedo.catalog.excel.TableSheet;
import procedo.catalog.excel.TableSheet.Presence;
import procedo.catalog.excel.TableSheet.TableRow;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.text.Text;
import procedo.templates.excel.WorkbookLayout.Column;
import procedo.templates.excel.WorkbookLayout.SheetLayout;
import procedo.templates.load.ImportLimits;
import procedo.templates.load.ParsedPackage;
import procedo.templates.load.SourceMap;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * Reads a package workbook row by row (streaming: memory does not grow with the sheet), collecting every
 * problem with its sheet, row and column. Cells must hold values: a formula is refused with its cell. Zip-bomb
 * ratios, entry sizes, rows per sheet and cell lengths are bounded by {@link ImportLimits}.
 */
public final class PackageWorkbookReader {

    private final ImportLimits limits;
    private final Problems problems;
    private final Map<SheetLayout, String> sheetNames = new HashMap<>();
    private final SourceMap where = SourceMap.forWorkbook(PackageWorkbookReader::header);

    public PackageWorkbookReader(ImportLimits limits) {
        this.limits = limits;
        this.problems = Problems.keepingAtMost(limits.maxErrors(), Text.of("templates.sheet.tooManyProblems",
                limits.maxErrors()));
    }

    /** Reads one workbook; a reader is used once. */
    public ParsedPackage read(InputStream in) {
        Map<String, String> packageValues = new LinkedHashMap<>();
        Map<String, Integer> packageRows = new HashMap<>();
        List<FeeRow> fees = new ArrayList<>();
        List<ComponentRow> components = new ArrayList<>();
        List<FormRow> forms = new ArrayList<>();
        List<FieldRow> fields = new ArrayList<>();
        Set<SheetLayout> found = new HashSet<>();
        Map<SheetLayout, Consumer<Sheet>> readers = new LinkedHashMap<>();
        readers.put(WorkbookLayout.PACKAGE, sheet -> readPackageSheet(sheet, packageValues, packageRows));
        readers.put(WorkbookLayout.FEES, sheet -> readTable(sheet, WorkbookLayout.FEES, r -> fees.add(fee(r))));
        readers.put(WorkbookLayout.COMPONENTS,
                sheet -> readTable(sheet, WorkbookLayout.COMPONENTS, r -> components.add(component(r))));
        readers.put(WorkbookLayout.FORMS, sheet -> readTable(sheet, WorkbookLayout.FORMS, r -> forms.add(form(r))));
        readers.put(WorkbookLayout.FIELDS, sheet -> readTable(sheet, WorkbookLayout.FIELDS, r -> fields.add(field(r))));
        try (SheetReader workbook = SheetReader.open(in, limits.maxEntryBytes())) {
            for (Sheet sheet : workbook.sheets()) {
                String name = sheet.getSheetName().trim();
                readers.entrySet().stream().filter(reader -> reader.getKey().named(name)).findFirst()
                        .ifPresent(reader -> {
                            if (found.add(reader.getKey())) {
                                sheetNames.put(reader.getKey(), sheet.getSheetName());
                                reader.getValue().accept(sheet);
                            } else {
                                problems.at(CellLocation.sheet(sheet.getSheetName()), Text.of(
                                        "templates.sheet.sameSheetTwice", sheetNames.get(reader.getKey())));
                            }
                        });
                if (problems.overflowed()) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.addBeyondLimit(CellLocation.file(), unreadable(e));
            return new ParsedPackage(null, where, problems);
        }
        if (problems.overflowed()) {
            return new ParsedPackage(null, where, problems);
        }
        for (SheetLayout sheet : WorkbookLayout.SHEETS) {
            if (!found.contains(sheet)) {
                problems.addBeyondLimit(CellLocation.sheet(sheet.name()), Text.of("templates.sheet.sheetMissing",
                        sheet.name(), String.join(", ", WorkbookLayout.SHEETS.stream().map(s -> "'" + s.name() + "'")
                                .toList())));
            }
        }
        if (!found.contains(WorkbookLayout.PACKAGE)) {
            return new ParsedPackage(null, where, problems);
        }
        TemplatePackage pkg = assemble(packageValues, packageRows, fees, components, forms, fields);
        return new ParsedPackage(pkg, where, problems);
    }

    /** The Vietnamese header of a column of the sheet so named (in either layout); the key when there is none. */
    static String header(String sheet, String key) {
        return WorkbookLayout.SHEETS.stream().filter(s -> sheet != null && s.named(sheet)).findFirst()
                .map(s -> s.header(key)).orElse(key);
    }

    /** The sheet of this layout as the workbook names it, or its Vietnamese name when the workbook lacks it. */
    private String sheetName(SheetLayout layout) {
        return sheetNames.getOrDefault(layout, layout.name());
    }

    /** The problems found by {@link #read}, each at its cell with its sentence, for rendering in any language. */
    public List<Problems.CellProblem> problems() {
        return problems.cellProblems();
    }

    /**
     * Why the file cannot be read, in Procedo's words: the library's message (temporary file names, class names,
     * limits) is for logs, not for the person who sent the file.
     */
    private static Text unreadable(Exception e) {
        SheetReader.Refusal refusal = SheetReader.refusal(e);
        return switch (refusal.kind()) {
            case ZIP_BOMB -> Text.of("templates.sheet.zipBomb", Math.round(1 / SheetReader.MIN_INFLATE_RATIO));
            case ENTRY_TOO_LARGE -> Text.of("templates.sheet.partTooLarge");
            case NESTED_TOO_DEEP -> Text.of("templates.sheet.nestedTooDeep", refusal.part(), SheetReader.MAX_PART_DEPTH);
            case UNREADABLE -> Text.of("templates.sheet.notAWorkbook");
        };
    }

    // ---- sheets

    private void readPackageSheet(Sheet sheet, Map<String, String> values, Map<String, Integer> rows) {
        TableSheet cells = new TableSheet(sheet.getSheetName(), limits.reading(), problems, PACKAGE_WORDING);
        int count = 0;
        Map<String, Column> known = new HashMap<>();
        WorkbookLayout.PACKAGE.columns().forEach(c -> {
            known.put(Choices.comparable(c.key()), c);
            known.put(Choices.comparable(c.header()), c);
        });
        Set<String> headings = Set.of("key", "khoa", "muc");
        for (Row row : sheet) {
            if (++count > limits.maxRowsPerSheet()) {
                error(sheet.getSheetName(), row.getRowNum() + 1, null, PACKAGE_WORDING.tooManyRows(limits.maxRowsPerSheet()));
                return;
            }
            Cell keyCell = row.getCell(0);
            Cell valueCell = row.getCell(1);
            String written = keyCell == null ? "" : cells.text(keyCell).trim();
            if (written.isEmpty() || headings.contains(Choices.comparable(written))) {
                continue;
            }
            Column column = known.get(Choices.comparable(written));
            if (column == null) {
                error(sheet.getSheetName(), row.getRowNum() + 1, "A", Text.of("templates.sheet.unknownItem", written,
                        String.join(", ", WorkbookLayout.PACKAGE.columns().stream().map(Column::header).toList())));
                continue;
            }
            String key = column.key();
            if (values.containsKey(key)) {
                error(sheet.getSheetName(), row.getRowNum() + 1, "A", Text.of("templates.sheet.itemTwice", column.header()));
                continue;
            }
            values.put(key, valueCell == null ? "" : cells.text(valueCell).trim());
            rows.put(key, row.getRowNum() + 1);
        }
    }

    private void readTable(Sheet sheet, SheetLayout layout, Consumer<TableRow> handler) {
        new TableSheet(sheet.getSheetName(), limits.reading(), problems, new Wording(layout, TABLE_ROWS_ADVICE)).read(sheet,
                layout.columns().stream().map(c -> new TableSheet.Header(c.key(), c.required(), List.of(c.header())))
                        .toList(), handler);
    }

    private static SourceMap.Origin origin(TableRow r) {
        return new SourceMap.Origin(r.sheet(), r.row(), null, r.letters());
    }

    /** How the package import words what the generic reading of a sheet finds. */
    private static final class Wording implements TableSheet.Wording {
        private final SheetLayout layout;
        private final String tooManyRowsKey;

        Wording(SheetLayout layout, String tooManyRowsKey) {
            this.layout = layout;
            this.tooManyRowsKey = tooManyRowsKey;
        }

        @Override
        public Text tooManyRows(int max) {
            return Text.of(tooManyRowsKey, max);
        }

        @Override
        public Text headerMissing(List<TableSheet.Header> columns) {
            return Text.of("templates.sheet.headerMissing",
                    String.join(", ", columns.stream().map(c -> layout.header(c.name())).toList()));
        }

        @Override
        public Text duplicateColumn(String name) {
            return Text.of("templates.sheet.duplicateColumn", layout.header(name));
        }

        @Override
        public Text missingColumn(String name) {
            return Text.of("templates.sheet.missingColumn", layout.header(name));
        }

        @Override
        public Text refused(SheetReader.CellText content, int maxChars) {
            return switch (content.kind()) {
                case FORMULA -> Text.of("templates.sheet.formula", content.text());
                case ERROR -> Text.of("templates.sheet.errorValue");
                default -> Text.of("templates.sheet.tooLong", content.text().length(), maxChars);
            };
        }
    }

    /** The sentence of a table sheet with too many rows: it advises splitting the package. */
    private static final String TABLE_ROWS_ADVICE = "templates.sheet.tooManyTableRows";
    private static final Wording PACKAGE_WORDING = new Wording(WorkbookLayout.PACKAGE, "templates.sheet.tooManyRows");

    private void error(String sheet, Integer row, String column, Text message) {
        problems.at(new CellLocation(sheet, row, column, null), message);
    }

    // ---- rows

    private record FeeRow(TemplateFee fee) {
    }

    private record ComponentRow(TemplateComponent component) {
    }

    private record FormRow(FormTemplate form) {
    }

    private record FieldRow(String formCode, String section, String parentId, FormField field, int row,
                            String sheet, Map<String, String> letters) {
    }

    private FeeRow fee(TableRow r) {
        String id = r.required("fee_id");
        FeeChannel channel = choice(r, "channel", Choices.CHANNELS);
        String name = r.required("name");
        BigDecimal amount = r.decimal("amount_vnd", Presence.REQUIRED);
        Boolean localMayExceed = yesNo(r, "local_may_exceed");
        if (id.isEmpty() || channel == null || name.isEmpty() || amount == null || localMayExceed == null) {
            return null;
        }
        where.put("fee:" + id, origin(r));
        return new FeeRow(new TemplateFee(id, channel, name, amount, localMayExceed));
    }

    private ComponentRow component(TableRow r) {
        String id = r.required("component_id");
        String name = r.required("name");
        Integer originals = r.wholeNumber("originals", Presence.REQUIRED);
        Integer copies = r.wholeNumber("copies", Presence.REQUIRED);
        CopyKind kind = choice(r, "copy_kind", Choices.COPY_KINDS);
        if (id.isEmpty() || name.isEmpty() || originals == null || copies == null || kind == null) {
            return null;
        }
        where.put("component:" + id, origin(r));
        return new ComponentRow(new TemplateComponent(id, r.text("case"), name, originals, copies, kind,
                database(r.text("reusable_from")), r.text("form_code")));
    }

    private FormRow form(TableRow r) {
        String code = r.required("form_code");
        String title = r.required("title_vi");
        if (code.isEmpty() || title.isEmpty()) {
            return null;
        }
        where.put("form:" + code, origin(r));
        return new FormRow(new FormTemplate(code, title, r.text("title_en"), r.text("reference"), r.text("addressee"),
                List.of()));
    }

    private FieldRow field(TableRow r) {
        String formCode = r.required("form_code");
        String id = r.required("field_id");
        String typeText = r.required("type");
        FieldType type = null;
        if (!typeText.isEmpty()) {
            Optional<FieldType> parsed = Choices.FIELD_TYPES.parse(typeText);
            if (parsed.isEmpty()) {
                r.problem("type", Text.of("templates.sheet.notFieldType", typeText, Choices.FIELD_TYPES.quoted()));
            } else {
                type = parsed.get();
            }
        }
        String label = r.required("label_vi");
        Boolean required = yesNo(r, "required");
        Integer minLength = r.wholeNumber("min_length", Presence.OPTIONAL);
        Integer maxLength = r.wholeNumber("max_length", Presence.OPTIONAL);
        BigDecimal min = r.decimal("min", Presence.OPTIONAL);
        BigDecimal max = r.decimal("max", Presence.OPTIONAL);
        if (formCode.isEmpty() || id.isEmpty() || type == null || label.isEmpty() || required == null
                || (!r.text("min_length").isEmpty() && minLength == null) || (!r.text("max_length").isEmpty() && maxLength == null)
                || (!r.text("min").isEmpty() && min == null) || (!r.text("max").isEmpty() && max == null)) {
            return null;
        }
        where.put("field:" + id, origin(r));
        FormField field = new FormField(id, type, label, r.text("label_en"), required, r.text("help"), minLength,
                maxLength, min, max, r.text("pattern"), options(r.text("options")), database(r.text("reuse_from")), List.of());
        return new FieldRow(formCode, r.text("section"), r.text("parent_id"), field, r.row(), r.sheet(), r.letters());
    }

    private static Boolean yesNo(TableRow r, String key) {
        String v = r.text(key);
        if (v.isEmpty()) {
            return false;
        }
        Optional<Boolean> parsed = Choices.YES_NO.parse(v);
        if (parsed.isEmpty()) {
            r.problem(key, Text.of("templates.sheet.notYesNo", v));
            return null;
        }
        return parsed.get();
    }

    /** One of {@code choices}, by its Vietnamese name or another accepted spelling; blank is recorded as required. */
    private static <V> V choice(TableRow r, String key, Choices<V> choices) {
        String v = r.required(key);
        if (v.isEmpty()) {
            return null;
        }
        Optional<V> parsed = choices.parse(v);
        if (parsed.isEmpty()) {
            r.problem(key, Text.of("templates.sheet.notOneOf", v, choices.quoted()));
            return null;
        }
        return parsed.get();
    }

    /** The code of a national database named in a cell; a name the list does not know stays as written. */
    private static String database(String written) {
        return Choices.DATABASES.parse(written).orElse(written);
    }

    static List<FieldOption> options(String text) {
        List<FieldOption> options = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return options;
        }
        for (String part : text.split("[;\\n]")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            options.add(eq > 0 ? new FieldOption(p.substring(0, eq).trim(), p.substring(eq + 1).trim())
                    : new FieldOption(p, p));
        }
        return options;
    }

    // ---- assembly

    private TemplatePackage assemble(Map<String, String> values, Map<String, Integer> rows, List<FeeRow> fees,
                                     List<ComponentRow> components, List<FormRow> forms, List<FieldRow> fields) {
        String sheet = sheetName(WorkbookLayout.PACKAGE);
        for (Column c : WorkbookLayout.PACKAGE.columns()) {
            Integer row = rows.get(c.key());
            where.put("package:" + c.key(), new SourceMap.Origin(sheet, row, null, Map.of(c.key(), "B")));
            if (c.required() && values.getOrDefault(c.key(), "").isEmpty()) {
                error(sheet, row, row == null ? "A" : "B", row == null
                        ? Text.of("templates.sheet.itemMissing", c.header(), c.description())
                        : Text.of("templates.sheet.itemRequired", c.header()));
            }
        }
        Level level = enumOf(values, rows, "level", Choices.LEVELS);
        OnlineLevel online = enumOf(values, rows, "online_level", Choices.ONLINE_LEVELS);
        Integer days = null;
        String daysText = values.getOrDefault("processing_days", "");
        if (!daysText.isEmpty()) {
            try {
                days = new BigDecimal(daysText).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                error(sheet, rows.get("processing_days"), "B", Text.of("templates.sheet.notDays",
                        WorkbookLayout.PACKAGE.header("processing_days"), daysText));
            }
        }
        Map<String, List<FieldRow>> byForm = new LinkedHashMap<>();
        Set<String> formCodes = new HashSet<>();
        forms.stream().filter(f -> f != null).forEach(f -> formCodes.add(f.form().code()));
        for (FieldRow f : fields) {
            if (f == null) {
                continue;
            }
            if (!formCodes.contains(f.formCode())) {
                error(f.sheet(), f.row(), f.letters().get("form_code"), Text.of("templates.sheet.formNotListed",
                        WorkbookLayout.FIELDS.header("form_code"), f.formCode(), sheetName(WorkbookLayout.FORMS)));
                continue;
            }
            byForm.computeIfAbsent(f.formCode(), k -> new ArrayList<>()).add(f);
        }
        List<FormTemplate> assembled = new ArrayList<>();
        for (FormRow formRow : forms) {
            if (formRow == null) {
                continue;
            }
            FormTemplate form = formRow.form();
            assembled.add(form.withSections(sections(byForm.getOrDefault(form.code(), List.of()))));
        }
        if (values.getOrDefault("code", "").isEmpty() || values.getOrDefault("version", "").isEmpty()
                || values.getOrDefault("name", "").isEmpty()) {
            return null;
        }
        return new TemplatePackage(values.get("code"), values.get("version"), values.get("name"),
                values.get("field"), level, values.get("agency_code"), days == null ? 0 : days, online,
                values.get("legal_basis"), fees.stream().filter(f -> f != null).map(FeeRow::fee).toList(),
                components.stream().filter(c -> c != null).map(ComponentRow::component).toList(), assembled);
    }

    private <V> V enumOf(Map<String, String> values, Map<String, Integer> rows, String key, Choices<V> choices) {
        String v = values.getOrDefault(key, "");
        if (v.isEmpty()) {
            return null;
        }
        Optional<V> parsed = choices.parse(v);
        if (parsed.isEmpty()) {
            error(sheetName(WorkbookLayout.PACKAGE), rows.get(key), "B", Text.of("templates.sheet.itemNotOneOf",
                    WorkbookLayout.PACKAGE.header(key), v, choices.quoted()));
            return null;
        }
        return parsed.get();
    }

    /** Groups a form's field rows into sections (in order of first appearance) and tables into their groups. */
    private List<FormSection> sections(List<FieldRow> rows) {
        Map<String, FieldRow> groups = new HashMap<>();
        Map<String, List<FormField>> columns = new HashMap<>();
        for (FieldRow r : rows) {
            if (r.field().type() == FieldType.GROUP) {
                groups.putIfAbsent(r.field().id(), r);
            }
        }
        for (FieldRow r : rows) {
            if (!r.parentId().isEmpty()) {
                if (!groups.containsKey(r.parentId())) {
                    error(r.sheet(), r.row(), r.letters().get("parent_id"), Text.of("templates.sheet.notAGroup",
                            WorkbookLayout.FIELDS.header("parent_id"), r.parentId(), r.formCode()));
                    continue;
                }
                columns.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r.field());
            }
        }
        Map<String, List<FormField>> sections = new LinkedHashMap<>();
        for (FieldRow r : rows) {
            if (!r.parentId().isEmpty()) {
                continue;
            }
            FormField field = r.field();
            if (field.type() == FieldType.GROUP) {
                field = field.withColumns(columns.getOrDefault(field.id(), List.of()));
            }
            sections.computeIfAbsent(r.section(), k -> new ArrayList<>()).add(field);
        }
        List<FormSection> result = new ArrayList<>();
        sections.forEach((title, fields) -> result.add(new FormSection(title, fields)));
        return result;
    }
}
