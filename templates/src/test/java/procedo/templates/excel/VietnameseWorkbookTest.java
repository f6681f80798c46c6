package procedo.templates.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.procedure.OnlineLevel;
import procedo.templates.Samples;
import procedo.templates.excel.WorkbookLayout.Column;
import procedo.templates.excel.WorkbookLayout.SheetLayout;
import procedo.templates.load.ImportError;
import procedo.templates.load.ImportLimits;
import procedo.templates.load.PackageValidator;
import procedo.templates.load.ParsedPackage;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

class VietnameseWorkbookTest {

    private static ParsedPackage read(byte[] bytes) {
        return new PackageWorkbookReader(ImportLimits.DEFAULT).read(new ByteArrayInputStream(bytes));
    }

    private static byte[] fixture(String name) {
        try (InputStream in = VietnameseWorkbookTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A package that uses every level, online level, channel, copy kind, field type and database the lists offer. */
    private static TemplatePackage everyChoice(Level level, OnlineLevel online) {
        TemplatePackage birth = Samples.birth2();
        List<TemplateFee> fees = new ArrayList<>();
        for (FeeChannel channel : FeeChannel.values()) {
            fees.add(new TemplateFee("phi_" + channel.ordinal(), channel, "Phí " + channel.ordinal(), BigDecimal.valueOf(1000)));
        }
        List<TemplateComponent> components = new ArrayList<>();
        for (CopyKind kind : CopyKind.values()) {
            components.add(new TemplateComponent("gt_" + kind.ordinal(), "", "Giấy tờ " + kind.ordinal(), 1, 1, kind,
                    "POPULATION_DB", null));
        }
        components.add(new TemplateComponent("gt_khac", "", "Giấy tờ khác", 0, 1, CopyKind.COPY, "LOCAL_REGISTRY", null));
        var form = birth.forms().get(0);
        List<FormField> fields = new ArrayList<>(form.sections().get(0).fields());
        for (FieldType type : FieldType.values()) {
            if (type == FieldType.GROUP || type.hasOptions()) {
                continue;
            }
            fields.add(new FormField("kieu_" + type.ordinal(), type, "Trường số " + type.ordinal(), null, type.ordinal() % 2 == 0,
                    "", null, null, null, null, null, List.of(), "CIVIL_STATUS_DB", List.of()));
        }
        List<FormSection> sections = new ArrayList<>(form.sections());
        sections.set(0, new FormSection(form.sections().get(0).title(), fields));
        return new TemplatePackage(birth.code(), birth.version(), birth.name(), birth.field(), level,
                birth.agencyCode(), birth.processingDays(), online, birth.legalBasis(), fees, components,
                List.of(form.withSections(sections)));
    }

    @Test
    void anExportHasVietnameseSheetsHeadersAndValues() throws IOException {
        byte[] file = Samples.workbook(Samples.birth2());

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Hướng dẫn", "Thủ tục", "Phí, lệ phí", "Thành phần hồ sơ", "Biểu mẫu",
                    "Trường thông tin", "Danh sách chọn");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Danh sách chọn"))).isTrue();
            Sheet procedure = wb.getSheet("Thủ tục");
            assertThat(procedure.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Cấp thực hiện");
            assertThat(procedure.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Cấp xã");
            assertThat(text(wb.getSheet("Phí, lệ phí").getRow(0))).startsWith("Mã khoản phí|Cách thức thực hiện|");
            assertThat(column(wb.getSheet("Phí, lệ phí"), 1)).isSubsetOf("Trực tiếp", "Trực tuyến", "Bưu chính").isNotEmpty();
            assertThat(column(wb.getSheet("Thành phần hồ sơ"), 5)).contains("Bản chính");
            assertThat(column(wb.getSheet("Trường thông tin"), 4)).contains("Văn bản ngắn", "Ngày (dd/mm/yyyy)");
            assertThat(column(wb.getSheet("Trường thông tin"), 7)).containsOnly("Có", "");
        }
    }

    @Test
    void theVietnameseWorkbookRoundTripsEveryChoiceWithoutLoss() {
        for (Level level : Level.values()) {
            for (OnlineLevel online : OnlineLevel.values()) {
                TemplatePackage p = everyChoice(level, online);

                ParsedPackage back = read(Samples.workbook(p));

                assertThat(back.errors()).isEmpty();
                assertThat(back.pkg()).isEqualTo(p);
            }
        }
    }

    @Test
    void workbooksOfTheEnglishLayoutStillImport() {
        ParsedPackage birth = read(fixture("package-english-layout-1.001193-2025.2.xlsx"));
        ParsedPackage business = read(fixture("package-english-layout-2.001610-2025.1.xlsx"));

        assertThat(birth.errors()).isEmpty();
        assertThat(birth.pkg()).isEqualTo(Samples.birth2());
        assertThat(business.errors()).isEmpty();
        assertThat(business.pkg()).isEqualTo(Samples.business());
    }

    @Test
    void namesWrittenWithoutDiacriticsAreReadAsTheirValue() {
        byte[] file = edit(Samples.workbook(Samples.birth2()), wb -> {
            wb.getSheet("Thủ tục").getRow(5).createCell(1).setCellValue("cap xa");
            wb.getSheet("Thành phần hồ sơ").getRow(1).createCell(5).setCellValue("ban sao co chung thuc");
        });

        ParsedPackage back = read(file);

        assertThat(back.errors()).isEmpty();
        assertThat(back.pkg().level()).isEqualTo(Level.COMMUNE);
        assertThat(back.pkg().components().get(0).copyKind()).isEqualTo(CopyKind.CERTIFIED_COPY);
    }

    @Test
    void everyEnumeratedColumnOffersItsVietnameseNamesInADropDown() throws IOException {
        byte[] file = Samples.workbook(null);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (SheetLayout layout : WorkbookLayout.SHEETS) {
                XSSFSheet sheet = wb.getSheet(layout.name());
                for (int i = 0; i < layout.columns().size(); i++) {
                    Column c = layout.columns().get(i);
                    if (c.choices() == null) {
                        continue;
                    }
                    int row = layout == WorkbookLayout.PACKAGE ? i + 1 : 1;
                    int col = layout == WorkbookLayout.PACKAGE ? 1 : i;
                    XSSFDataValidation validation = sheet.getDataValidations().stream()
                            .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses())
                                    .anyMatch(r -> r.isInRange(row, col) && r.isInRange(row + 1, col)
                                            || layout == WorkbookLayout.PACKAGE && r.isInRange(row, col)))
                            .findFirst().orElseThrow(() -> new AssertionError(layout.name() + " / " + c.header()));
                    String formula = validation.getValidationConstraint().getFormula1();
                    assertThat(listed(wb, formula)).as(c.header()).containsExactlyElementsOf(c.choices().names());
                }
            }
        }
    }

    private static List<String> listed(XSSFWorkbook wb, String formula) {
        String reference = formula.substring(formula.indexOf('!') + 1);
        Sheet lists = wb.getSheet(WorkbookLayout.LISTS);
        CellRangeAddress range = CellRangeAddress.valueOf(reference.replace("$", ""));
        assertThat(formula).contains(WorkbookLayout.LISTS);
        List<String> names = new ArrayList<>();
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            names.add(lists.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
        }
        return names;
    }

    /** Enumeration constants and type codes: what a person must never read in an exported cell. */
    private static final List<String> CODES = Stream.of(
            Arrays.stream(Level.values()).map(Enum::name), Arrays.stream(OnlineLevel.values()).map(Enum::name),
            Arrays.stream(FeeChannel.values()).map(Enum::name), Arrays.stream(CopyKind.values()).map(Enum::name),
            Arrays.stream(FieldType.values()).map(Enum::name), Arrays.stream(FieldType.values()).map(FieldType::code),
            Stream.of("POPULATION_DB", "CIVIL_STATUS_DB", "HEALTH_DB", "INSURANCE_DB", "BUSINESS_REGISTRY", "LAND_DB",
                    "JUDICIAL_RECORDS_DB", "VEHICLE_DB"),
            WorkbookLayout.SHEETS.stream().flatMap(s -> s.columns().stream()).map(Column::key).filter(k -> k.contains("_")),
            WorkbookLayout.SHEETS.stream().map(SheetLayout::englishName)).flatMap(s -> s).distinct().toList();

    @Test
    void noCellOfAnExportHoldsAnInternalCodeOrAFormula() throws IOException {
        for (TemplatePackage p : new TemplatePackage[] {null, Samples.birth2(), Samples.business(),
            everyChoice(Level.PROVINCE, OnlineLevel.PARTIAL)}) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Samples.workbook(p)))) {
                wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    String text = new DataFormatter().formatCellValue(cell).trim();
                    for (String code : CODES) {
                        boolean word = code.chars().allMatch(Character::isLowerCase) || !code.contains("_")
                                && !code.equals(code.toUpperCase());
                        boolean holds = word ? text.equals(code) : Pattern.compile("(?<![\\p{L}_])"
                                + Pattern.quote(code) + "(?![\\p{L}_])").matcher(text).find();
                        assertThat(holds).as("%s!%s holds %s: %s", sheet.getSheetName(), cell.getAddress(), code, text)
                                .isFalse();
                    }
                })));
            }
        }
    }

    @Test
    void problemsNameTheColumnByItsVietnameseHeaderAndKeepTheirCell() {
        byte[] file = edit(Samples.workbook(Samples.birth2()), wb -> {
            wb.getSheet("Trường thông tin").getRow(1).createCell(4).setCellValue("texty");
            wb.getSheet("Phí, lệ phí").getRow(1).createCell(1).setCellValue("Fax");
            wb.getSheet("Thủ tục").getRow(5).createCell(1).setCellValue("Cấp huyện");
        });

        List<ImportError> errors = read(file).errors();

        assertThat(errors).extracting(e -> e.sheet() + "!" + e.column() + e.row() + " " + e.message()).contains(
                "Trường thông tin!E2 Kiểu trường: 'texty' is not a field type (one of: " + Choices.FIELD_TYPES.quoted() + ")",
                "Phí, lệ phí!B2 Cách thức thực hiện: 'Fax' is not one of “Trực tiếp”, “Trực tuyến”, “Bưu chính”",
                "Thủ tục!B6 Cấp thực hiện: 'Cấp huyện' is not one of “Cấp trung ương”, “Cấp tỉnh”, “Cấp xã”");
    }

    @Test
    void theValidationOfAReadPackageNamesTheColumnByItsHeader() {
        byte[] file = edit(Samples.workbook(Samples.birth2()),
                wb -> wb.getSheet("Phí, lệ phí").getRow(1).createCell(3).setCellValue(-5));
        ParsedPackage parsed = read(file);

        List<ImportError> errors = new PackageValidator(code -> true).validate(parsed.pkg(), parsed.where());

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.sheet() + "!" + e.column() + e.row()).isEqualTo("Phí, lệ phí!D2");
            assertThat(e.message()).startsWith("Mức thu (đồng): ");
        });
    }

    @Test
    void aMissingColumnIsNamedByItsVietnameseHeader() {
        byte[] file = edit(Samples.workbook(Samples.birth2()),
                wb -> wb.getSheet("Thành phần hồ sơ").getRow(0).createCell(5).setCellValue("Ghi chú"));

        List<ImportError> errors = read(file).errors();

        assertThat(errors).extracting(ImportError::message).contains("the header has no column 'Hình thức giấy tờ'");
    }


    @Test
    void aSheetUnderBothItsNamesIsRefusedNotHalfRead() {
        byte[] file = edit(Samples.workbook(Samples.birth2()), wb -> wb.cloneSheet(wb.getSheetIndex("Phí, lệ phí")));
        byte[] renamed = edit(file, wb -> wb.setSheetName(wb.getNumberOfSheets() - 1, "Fees"));

        List<ImportError> errors = read(renamed).errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("Fees");
            assertThat(e.message()).contains("'Phí, lệ phí'", "keep one of them");
        });
    }

    private static String text(org.apache.poi.ss.usermodel.Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return String.join("|", texts);
    }

    private static List<String> column(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(index);
            values.add(cell == null ? "" : cell.getStringCellValue());
        }
        return values;
    }
}
