package procedo.catalog.excel;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.StoreTest;
import procedo.catalog.TestDatabase;
import procedo.catalog.demo.DemoCatalog;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.persistence.JooqCatalogTransfer;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.Column;

/**
 * The catalog workbook: export, import into an empty database, export again — the same content, in the Vietnamese
 * form and in the code form of earlier versions; bad files refused naming each cell as the workbook names it.
 */
// every test opens a database of its own: they run at once (the longest classes of the module)
@Execution(ExecutionMode.CONCURRENT)
class CatalogWorkbookTest extends StoreTest {

    /** 1 March 2026, 17:30 UTC: 00:30 on 2 March in Viet Nam. */
    static final Clock EXPORTED_AT = Clock.fixed(Instant.parse("2026-03-01T17:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The demo catalog in the Vietnamese form. */
    private byte[] exported;
    /** The demo catalog in the code form. */
    private byte[] exportedCodes;

    @BeforeEach
    void loadDemo() {
        new DemoCatalog(store, new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { })).load();
        exported = export(store);
        exportedCodes = export(store, CatalogWorkbookForm.CODES);
    }

    static byte[] export(JooqCatalogStore store) {
        return export(store, CatalogWorkbookForm.VIETNAMESE);
    }

    static byte[] export(JooqCatalogStore store, CatalogWorkbookForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogWorkbookExport(new JooqCatalogTransfer(store.dsl()), EXPORTED_AT).write(out, WithdrawnFilter.EXCLUDE, form);
        return out.toByteArray();
    }

    @Test
    void roundTripsThroughAnEmptyDatabaseWithoutChange() throws IOException {
        Path file = Files.write(dir.resolve("catalog.xlsx"), exported);
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            CatalogWorkbookImport.Result result = new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file);

            assertThat(result.procedures()).isEqualTo(store.procedures().find(ProcedureFilter.none(), 0, 500).total());
            assertThat(cells(export(empty))).isEqualTo(cells(exported));
            String code = store.procedures().find(ProcedureFilter.none(), 0, 1).items().get(0).code();
            assertThat(empty.procedures().findByCode(code)).contains(store.procedures().findByCode(code).orElseThrow());
            assertThat(empty.procedures().versions(code)).hasSize(1);
            // each first stored version is the record as stored, to the last field of every child row
            for (var listed : empty.procedures().find(ProcedureFilter.none(), 0, 500).items()) {
                Procedure stored = empty.procedures().findByCode(listed.code()).orElseThrow();
                assertThat(empty.procedures().version(listed.code(), 1)).as(listed.code()).contains(stored);
            }
        }
        assertThat(cells(exported).get(1)).isNotEmpty();
    }

    @Test
    void refusesWrongTypesFormulasUnknownAgenciesAndDuplicatesNamingEachCellAndWritesNothing() throws IOException {
        int[] duplicateRow = {0};
        Path file = edit(exportedCodes, workbook -> {
            Sheet procedures = workbook.getSheet("Procedures");
            fresh(procedures, 1, 7).setCellValue("năm ngày");                       // processing_days: text
            fresh(procedures, 2, 4).setCellValue("KHONG_CO");                       // agency_code: unknown
            fresh(procedures, 3, 1).setCellFormula("1+1");                          // name: a formula
            String duplicate = procedures.getRow(5).getCell(0).getStringCellValue();
            Row copy = procedures.createRow(procedures.getLastRowNum() + 1);         // code: listed twice
            for (Cell cell : procedures.getRow(5)) {
                Cell target = copy.createCell(cell.getColumnIndex());
                switch (cell.getCellType()) {
                    case NUMERIC -> target.setCellValue(cell.getNumericCellValue());
                    case STRING -> target.setCellValue(cell.getStringCellValue());
                    default -> { }
                }
            }
            duplicateRow[0] = copy.getRowNum() + 1;
            assertThat(copy.getCell(0).getStringCellValue()).isEqualTo(duplicate);
            fresh(workbook.getSheet("Fees"), 1, 4).setCellValue(-5);               // amount_vnd: negative
            fresh(workbook.getSheet("Activities"), 1, 7).setCellValue(1.5);        // share above 1
            fresh(workbook.getSheet("Agencies"), 0, 1).setCellValue("ten");        // a wrong header
        });
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).as(e.getMessage()).extracting(Problem::location)
                            .contains("Agencies!B1 (name)", "Procedures!H2 (processing_days)", "Procedures!E3 (agency_code)",
                                    "Procedures!B4 (name)", "Procedures!A" + duplicateRow[0] + " (code)", "Fees!E2 (amount_vnd)",
                                    "Activities!H2 (share)").hasSize(7));
            assertThat(empty.isEmpty()).isTrue();
            assertThat(empty.localities().agencies()).isEmpty();
        }
    }

    @Test
    void refusesAMissingSheetAndAWithdrawnProcedure() throws IOException {
        Path noUsage = edit(exportedCodes, workbook -> workbook.removeSheetAt(workbook.getSheetIndex("Usage")));
        String first = store.procedures().find(ProcedureFilter.none(), 0, 1).items().get(0).code();
        new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { })
                .delete(first, TESTER, "thử");
        long before = store.procedures().find(ProcedureFilter.none(), 0, 500).total();

        assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(store.dsl())).importFrom(noUsage))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::location).contains("Usage", "Procedures!A2 (code)");
                    assertThat(e.getMessage()).contains("'" + first + "' was withdrawn from the catalog");
                });
        assertThat(store.procedures().find(ProcedureFilter.none(), 0, 500).total()).isEqualTo(before);
        Path notAWorkbook = Files.writeString(dir.resolve("x.xlsx"), "not a workbook");
        assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(store.dsl())).importFrom(notAWorkbook))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable XLSX workbook");
    }

    @Test
    void refusesAZipBombBeforeItExpandsAndWritesNothing() throws IOException {
        // The exported workbook with 40 MiB of blanks packed into its first sheet: it compresses by over 1000:1.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        Path source = Files.write(dir.resolve("exported.xlsx"), exportedCodes);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bomb)) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, afterDeclaration).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(afterDeclaration).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        assertThat(bomb.size()).isLessThan(exportedCodes.length + 200_000);
        Path file = Files.write(dir.resolve("bomb.xlsx"), bomb.toByteArray());

        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file))
                    .isInstanceOf(InvalidInputException.class).hasMessageContainingAll("not a readable XLSX workbook", "Zip bomb");
            assertThat(empty.isEmpty()).isTrue();
        }
    }

    @Test
    void roundTripsInTheCodeFormWithoutChange() throws IOException {
        Path file = Files.write(dir.resolve("codes.xlsx"), exportedCodes);
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file);

            assertThat(cells(export(empty, CatalogWorkbookForm.CODES))).isEqualTo(cells(exportedCodes));
            assertThat(cells(export(empty))).isEqualTo(cells(exported));
        }
    }

    @Test
    void aWorkbookExportedBeforeTheVietnameseFormImportsAsItAlwaysDid() throws IOException {
        // the demo catalog as the exporter wrote it before: English sheet names, snake_case headers, codes
        Path file = dir.resolve("catalog-codes-form.xlsx");
        try (InputStream in = getClass().getResourceAsStream("catalog-codes-form.xlsx")) {
            Files.copy(in, file);
        }
        byte[] earlier = Files.readAllBytes(file);
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            CatalogWorkbookImport.Result result = new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file);

            assertThat(result.procedures()).isPositive();
            assertThat(result.rows()).containsKeys("Agencies", "Procedures", "Dossier", "Fees", "Activities", "Usage");
            assertThat(withoutLaterSheets(cells(export(empty, CatalogWorkbookForm.CODES)))).isEqualTo(cells(earlier));
            Path vietnamese = Files.write(dir.resolve("vietnamese.xlsx"), export(empty));
            try (TestDatabase.Instance third = database.create(); JooqCatalogStore again = JooqCatalogStore.open(third.settings())) {
                new CatalogWorkbookImport(new JooqCatalogTransfer(again.dsl())).importFrom(vietnamese);
                assertThat(withoutLaterSheets(cells(export(again, CatalogWorkbookForm.CODES)))).isEqualTo(cells(earlier));
            }
        }
    }

    @Test
    void theVietnameseFormShowsNamesAndNoCodeInAnyDataCell() throws IOException {
        Set<String> codes = new HashSet<>();
        for (CatalogTable table : CatalogTable.values()) {
            table.columns().forEach(c -> codes.addAll(c.choices()));
        }
        store.localities().agencies().forEach(a -> codes.add(a.code()));
        CatalogVocabulary.databases().forEach(d -> codes.add(d.code()));
        codes.addAll(new JooqCatalogTransfer(store.dsl()).localityCodes());
        List<String> seen = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("Hướng dẫn", "Cơ quan thực hiện",
                    "Thủ tục hành chính", "Thành phần hồ sơ", "Phí, lệ phí", "Hoạt động tuân thủ", "Số lượng hồ sơ",
                    "Cách thức thực hiện", "Thời hạn theo cách thức", "Căn cứ pháp lý", "Nguồn đối chiếu");
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(0);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        boolean agencyCodeColumn = header.getCell(cell.getColumnIndex()) != null
                                && header.getCell(cell.getColumnIndex()).toString().equals("Mã cơ quan")
                                || row.getCell(1) != null && row.getCell(1).toString().equals("Mã cơ quan");
                        String text = cell.getStringCellValue().trim();
                        seen.add(text);
                        if (!agencyCodeColumn) {
                            assertThat(codes).as(sheet.getSheetName() + "!" + cell.getAddress()).doesNotContain(text);
                        }
                    }
                }
                if (!sheet.getSheetName().equals("Hướng dẫn")) {
                    assertThat(header).allSatisfy(cell -> assertThat(cell.getStringCellValue()).doesNotContain("_"));
                }
            }
        }
        assertThat(seen).contains("Cấp xã", "Cấp tỉnh", "Công dân", "Doanh nghiệp", "Trực tiếp", "Trực tuyến",
                "Trực tuyến toàn trình", "Đang hiệu lực", "Bản chính", "Hiện trạng", "Đi lại", "Ước tính",
                "Ủy ban nhân dân cấp xã", "CSDL quốc gia về dân cư", "Thành phố Hà Nội", "Tỉnh Bắc Ninh",
                "Thời hạn giải quyết (ngày làm việc)",
                "02/03/2026 00:30 (giờ Việt Nam)");
    }

    @Test
    void everyEnumeratedColumnOffersItsNamesInADropDownList() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            int lists = 0;
            for (CatalogTable table : CatalogTable.values()) {
                XSSFSheet sheet = workbook.getSheet(CatalogVocabulary.sheet(table));
                List<Column> columns = table.columns();
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).type() != Column.Type.CHOICE) {
                        continue;
                    }
                    int column = i;
                    List<String> names = CatalogVocabulary.choices(columns.get(i)).stream().map(CatalogVocabulary.Choice::name).toList();
                    assertThat(sheet.getDataValidations()).as(sheet.getSheetName() + " column " + SheetReader.column(i))
                            .anySatisfy(v -> {
                                assertThat(v.getRegions().getCellRangeAddresses()).anySatisfy(range -> {
                                    assertThat(range.getFirstColumn()).isEqualTo(column);
                                    assertThat(range.getLastColumn()).isEqualTo(column);
                                    assertThat(range.getFirstRow()).isEqualTo(1);
                                    assertThat(range.getLastRow()).isGreaterThanOrEqualTo(100_000);
                                });
                                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactlyElementsOf(names);
                                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                            });
                    lists++;
                }
            }
            assertThat(lists).isEqualTo(13);
            assertThat(workbook.getSheet("Thủ tục hành chính").getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("'Cơ quan thực hiện'!$B$2:$B$10000"));
        }
    }

    @Test
    void refusesInTheVietnameseFormNamingEachCellByTheSheetAndHeaderTheOfficerSees() throws IOException {
        Path file = edit(exported, workbook -> {
            Sheet procedures = workbook.getSheet("Thủ tục hành chính");
            fresh(procedures, 1, 7).setCellValue("năm ngày");                       // processing days: text
            fresh(procedures, 2, 3).setCellValue("Cấp huyện");                      // level: abolished in 2025
            fresh(procedures, 3, 13).setCellValue("31/02/2025");                    // valid from: no such day
            fresh(procedures, 4, 4).setCellValue("Sở Không Có");                    // agency: unknown
            fresh(workbook.getSheet("Phí, lệ phí"), 1, 4).setCellValue(-5);        // amount: negative
            fresh(workbook.getSheet("Cơ quan thực hiện"), 0, 1).setCellValue("ten"); // a wrong header
        });
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).as(e.getMessage()).extracting(Problem::location).containsExactlyInAnyOrder(
                                "Cơ quan thực hiện!B1 (Tên cơ quan)",
                                "Thủ tục hành chính!H2 (Thời hạn giải quyết (ngày làm việc))",
                                "Thủ tục hành chính!D3 (Cấp thực hiện)",
                                "Thủ tục hành chính!N4 (Có hiệu lực từ ngày)",
                                "Thủ tục hành chính!E5 (Cơ quan thực hiện)",
                                "Phí, lệ phí!E2 (Mức thu (đồng))");
                        assertThat(e.getMessage()).contains("Cấp trung ương, Cấp tỉnh, Cấp xã, not 'Cấp huyện'",
                                "dd/mm/yyyy", "unknown agency 'Sở Không Có'");
                    });
            assertThat(empty.isEmpty()).isTrue();
        }
    }

    @Test
    void readsValuesAsAnOfficerTypesThemAndKeepsADateThroughTheRoundTrip() throws IOException {
        String[] code = {null};
        Path file = edit(exported, workbook -> {
            Row row = workbook.getSheet("Thủ tục hành chính").getRow(1);
            code[0] = row.getCell(0).getStringCellValue();
            Sheet sheet = row.getSheet();
            fresh(sheet, 1, 3).setCellValue("  xã ");                                                     // a synonym, in lower case
            fresh(sheet, 1, 4).setCellValue("UBND_XA");                                                   // the agency by its code
            fresh(sheet, 1, 6).setCellValue("CITIZEN");                                                   // a code
            fresh(sheet, 1, 8).setCellValue(Normalizer.normalize("toàn trình", Normalizer.Form.NFD));    // accents typed apart
            fresh(sheet, 1, 11).setCellValue("ĐANG HIỆU LỰC");
            fresh(sheet, 1, 13).setCellValue("05/07/2025");                                               // dd/mm/yyyy as text
            Sheet usage = workbook.getSheet("Số lượng hồ sơ");
            for (Row r : usage) {
                String locality = r.getCell(1).getStringCellValue();
                if (r.getRowNum() > 0 && locality.startsWith("Thành phố ")) {                          // "Hà Nội" for "Thành phố Hà Nội"
                    fresh(usage, r.getRowNum(), 1).setCellValue(locality.substring("Thành phố ".length()).toUpperCase());
                } else if (r.getRowNum() > 0) {
                    fresh(usage, r.getRowNum(), 1).setCellValue(new JooqCatalogTransfer(store.dsl()).localityNames().entrySet()
                            .stream().filter(e -> e.getValue().equals(locality)).findFirst().orElseThrow().getKey()); // the code
                }
            }
        });
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file);

            Procedure imported = empty.procedures().findByCode(code[0]).orElseThrow();
            assertThat(imported.level()).isEqualTo(Level.COMMUNE);
            assertThat(imported.agencyCode()).isEqualTo("UBND_XA");
            assertThat(imported.applicantType()).isEqualTo(ApplicantType.CITIZEN);
            assertThat(imported.onlineLevel()).isEqualTo(OnlineLevel.FULL);
            assertThat(imported.status()).isEqualTo(ProcedureStatus.ACTIVE);
            assertThat(imported.validFrom()).isEqualTo(LocalDate.of(2025, 7, 5));
            assertThat(sheet(export(empty), "Số lượng hồ sơ")).isEqualTo(sheet(exported, "Số lượng hồ sơ"));

            byte[] again = export(empty);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(again))) {
                Cell validFrom = workbook.getSheet("Thủ tục hành chính").getRow(1).getCell(13);
                assertThat(validFrom.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(validFrom.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            }
            Path second = Files.write(dir.resolve("again.xlsx"), again);
            try (TestDatabase.Instance third = database.create(); JooqCatalogStore next = JooqCatalogStore.open(third.settings())) {
                new CatalogWorkbookImport(new JooqCatalogTransfer(next.dsl())).importFrom(second);
                assertThat(next.procedures().findByCode(code[0]).orElseThrow().validFrom()).isEqualTo(LocalDate.of(2025, 7, 5));
                assertThat(cells(export(next))).isEqualTo(cells(again));
            }
        }
    }

    @Test
    void anAgencyNameTwoAgenciesShareIsWrittenAsTheCodeAndRefusedWhenTypedOnImport() throws IOException {
        store.localities().saveAgency(new Agency("UBND_XA_CU", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        byte[] bytes = export(store);
        int[] procedureRow = {0};
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet procedures = workbook.getSheet("Thủ tục hành chính");
            assertThat(procedures).extracting(r -> r.getCell(4).getStringCellValue()).contains("UBND_XA")
                    .doesNotContain("Ủy ban nhân dân cấp xã").contains("Công an cấp xã");
            for (Row row : procedures) {
                if (row.getCell(4).getStringCellValue().equals("UBND_XA")) {
                    procedureRow[0] = row.getRowNum();
                }
            }
        }
        Path file = edit(bytes, workbook -> fresh(workbook.getSheet("Thủ tục hành chính"), procedureRow[0], 4)
                .setCellValue("Ủy ban nhân dân cấp xã"));
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::location)
                                .containsExactly("Thủ tục hành chính!E" + (procedureRow[0] + 1) + " (Cơ quan thực hiện)");
                        assertThat(e.getMessage()).contains("several agencies are named 'Ủy ban nhân dân cấp xã' (UBND_XA, UBND_XA_CU)");
                    });
        }
    }

    @Test
    void writesTextThatLooksLikeAFormulaAsTextInBothForms() throws IOException {
        String formula = "=HYPERLINK(\"http://example.com\",\"Sở\")";
        store.localities().saveAgency(new Agency("SO_CONG_THUC", formula, Level.PROVINCE));
        for (CatalogWorkbookForm form : CatalogWorkbookForm.values()) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(store, form)))) {
                List<String> texts = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as(form + " " + sheet.getSheetName() + "!" + cell.getAddress())
                                    .isNotEqualTo(CellType.FORMULA);
                            texts.add(cell.toString());
                        }
                    }
                }
                assertThat(texts).as(form.name()).contains(formula);
            }
        }
    }

    /** A new cell in place of the old one (editing an inline-string cell in place would keep its old text). */
    private static Cell fresh(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell old = r.getCell(column);
        if (old != null) {
            r.removeCell(old);
        }
        return r.createCell(column);
    }

    private Path edit(byte[] bytes, Consumer<XSSFWorkbook> change) throws IOException {
        Path file = dir.resolve("edited.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes)); OutputStream out = Files.newOutputStream(file)) {
            change.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** One sheet's rows of cell texts. */
    private static List<List<String>> sheet(byte[] bytes, String name) throws IOException {
        List<List<String>> all = cells(bytes);
        int from = all.indexOf(List.of("#" + name));
        int to = from + 1;
        while (to < all.size() && !(all.get(to).size() == 1 && all.get(to).get(0).startsWith("#"))) {
            to++;
        }
        assertThat(from).isNotNegative();
        return all.subList(from, to);
    }

    /** Every sheet as rows of cell texts (type and value), to compare two workbooks' content. */
    /**
     * The cells of the sheets a workbook written before the record details had: the sheets added since (channels,
     * processing times, legal documents, sources) must hold their header row only.
     */
    private static List<List<String>> withoutLaterSheets(List<List<String>> cells) {
        int first = cells.indexOf(List.of("#" + CatalogTable.CHANNELS.sheetName()));
        assertThat(first).isPositive();
        assertThat(cells.subList(first, cells.size())).as("the sheets added since hold their headers only")
                .hasSize(2 * (CatalogTable.values().length - CatalogTable.CHANNELS.ordinal()));
        return cells.subList(0, first);
    }

    @Test
    void theChannelsTimesLegalDocumentsAndSourcesRoundTripInBothForms() throws IOException {
        Procedure birth = store.procedures().findByCode("1.001193").orElseThrow();
        assertThat(birth.legalDocuments()).isNotEmpty();
        for (byte[] bytes : List.of(exported, exportedCodes)) {
            Path file = Files.write(dir.resolve("details.xlsx"), bytes);
            try (TestDatabase.Instance other = database.create();
                 JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
                CatalogWorkbookImport.Result result = new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl()))
                        .importFrom(file);

                Procedure read = empty.procedures().findByCode("1.001193").orElseThrow();
                assertThat(read.channels()).isEqualTo(birth.channels());
                assertThat(read.processingTimes()).isEqualTo(birth.processingTimes());
                assertThat(read.legalDocuments()).isEqualTo(birth.legalDocuments());
                assertThat(read.sources()).isEqualTo(birth.sources());
                assertThat(empty.procedures().version("1.001193", 1).orElseThrow().legalDocuments())
                        .isEqualTo(birth.legalDocuments());
                assertThat(result.rows()).containsEntry(CatalogTable.LEGAL_DOCUMENTS.sheetName(),
                        (long) birth.legalDocuments().size());
            }
        }
        List<List<String>> cells = cells(exported);
        int sheet = cells.indexOf(List.of("#Căn cứ pháp lý"));
        assertThat(sheet).as("the Vietnamese sheet of the legal basis").isPositive();
        assertThat(cells.get(sheet + 1)).extracting(c -> c.substring(c.lastIndexOf(':') + 1))
                .containsExactly("Mã thủ tục", "Số thứ tự", "Số, ký hiệu văn bản", "Trích yếu", "Ngày ban hành");
    }

    @Test
    void refusesATimeForAChannelNotOfferedAndASourceCheckedInTheFuture() throws IOException {
        Path broken = edit(exportedCodes, workbook -> {
            // birth registration's channels are IN_PERSON, ONLINE, POST, each with its time, in that order
            workbook.getSheet(CatalogTable.CHANNELS.sheetName()).getRow(3).getCell(1).setCellValue("ONLINE");
            Sheet sources = workbook.getSheet(CatalogTable.SOURCES.sheetName());
            sources.getRow(1).getCell(3).setCellValue(LocalDate.now().plusYears(1).toString());
        });
        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            Procedure birth = store.procedures().findByCode("1.001193").orElseThrow();
            CatalogWorkbookImport importer = new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl()));
            assertThatThrownBy(() -> importer.importFrom(broken))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::location).contains("Channels!B4 (channel)",
                                    "ProcessingTimes!B4 (channel)", "Sources!D2 (checked_on)"));
            assertThat(empty.procedures().findByCode(birth.code())).isEmpty();
        }
    }

    static List<List<String>> cells(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                rows.add(List.of("#" + sheet.getSheetName()));
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (Cell cell : row) {
                        values.add(cell.getColumnIndex() + ":" + cell.getCellType() + ":" + cell);
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }
}
