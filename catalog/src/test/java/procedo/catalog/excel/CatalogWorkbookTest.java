package procedo.catalog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.StoreTest;
import procedo.catalog.TestDatabase;
import procedo.catalog.demo.DemoCatalog;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.persistence.JooqCatalogTransfer;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureService;

/** The catalog workbook: export, import into an empty database, export again — the same content; bad files refused. */
class CatalogWorkbookTest extends StoreTest {

    @TempDir
    Path dir;

    private byte[] exported;

    @BeforeEach
    void loadDemo() {
        new DemoCatalog(store, new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { })).load();
        exported = export(store);
    }

    static byte[] export(JooqCatalogStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogWorkbookExport(new JooqCatalogTransfer(store.dsl())).write(out);
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
        }
        assertThat(cells(exported).get(1)).isNotEmpty();
    }

    @Test
    void refusesWrongTypesFormulasUnknownAgenciesAndDuplicatesNamingEachCellAndWritesNothing() throws IOException {
        int[] duplicateRow = {0};
        Path file = edit(exported, workbook -> {
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
    void refusesAMissingSheetAndProceduresAlreadyInTheCatalog() throws IOException {
        Path noUsage = edit(exported, workbook -> workbook.removeSheetAt(workbook.getSheetIndex("Usage")));
        long before = store.procedures().find(ProcedureFilter.none(), 0, 500).total();

        assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(store.dsl())).importFrom(noUsage))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::location).contains("Usage", "Procedures!A2 (code)");
                    assertThat(e.getMessage()).contains("already in the catalog");
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
        Path source = Files.write(dir.resolve("exported.xlsx"), exported);
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
        assertThat(bomb.size()).isLessThan(exported.length + 200_000);
        Path file = Files.write(dir.resolve("bomb.xlsx"), bomb.toByteArray());

        try (TestDatabase.Instance other = database.create(); JooqCatalogStore empty = JooqCatalogStore.open(other.settings())) {
            assertThatThrownBy(() -> new CatalogWorkbookImport(new JooqCatalogTransfer(empty.dsl())).importFrom(file))
                    .isInstanceOf(InvalidInputException.class).hasMessageContainingAll("not a readable XLSX workbook", "Zip bomb");
            assertThat(empty.isEmpty()).isTrue();
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

    /** Every sheet as rows of cell texts (type and value), to compare two workbooks' content. */
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
