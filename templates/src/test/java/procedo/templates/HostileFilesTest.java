package procedo.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.templates.load.ImportError;
import procedo.templates.load.ImportLimits;
import procedo.templates.load.TemplateImportException;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.TemplatePackage;
import procedo.templates.persistence.JooqTemplateRepository;

/** Files an officer (or an attacker) may upload: each refused with a clear, located error, and nothing written. */
class HostileFilesTest {

    private JooqCatalogStore store;
    private JooqTemplateRepository repository;
    private TemplateService service;

    @BeforeEach
    void open() {
        store = JooqCatalogStore.open(DatabaseSettings.inMemory("hostile-" + UUID.randomUUID()));
        Samples.agencies(store.localities());
        repository = new JooqTemplateRepository(store.dsl());
        service = new TemplateService(repository, store.localities(), ImportLimits.DEFAULT, Clock.systemUTC(),
                StoreTest.auditOf(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<ImportError> refused(TemplateService with, byte[] file) {
        TemplateImportException e = catchThrowableOfType(TemplateImportException.class,
                () -> with.importFile(new ByteArrayInputStream(file), StoreTest.TESTER));
        assertThat(e).as("the import must be refused").isNotNull();
        assertThat(repository.isEmpty()).as("nothing written").isTrue();
        return e.errors();
    }

    private List<ImportError> refused(byte[] file) {
        return refused(service, file);
    }

    private static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String where(ImportError e) {
        return e.sheet() + "!" + e.column() + e.row();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        var errors = refused("Tờ khai đăng ký khai sinh".getBytes(StandardCharsets.UTF_8));

        assertThat(errors).singleElement().extracting(ImportError::message).asString()
                .contains("neither an Excel workbook (.xlsx) nor a JSON package");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(refused(bytes.toByteArray())).singleElement().extracting(ImportError::message).asString()
                .contains("not a readable Excel workbook");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws IOException {
        byte[] good = Samples.workbook(Samples.birth2());
        java.nio.file.Path source = java.nio.file.Files.createTempFile("good", ".xlsx");
        java.nio.file.Files.write(source, good);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        } finally {
            java.nio.file.Files.delete(source);
        }
        assertThat(bytes.size()).isLessThan(400_000);

        assertThat(refused(bytes.toByteArray())).singleElement().extracting(ImportError::message).asString()
                .contains("zip bomb");
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefused() {
        TemplateService strict = new TemplateService(repository, store.localities(),
                ImportLimits.DEFAULT.withMaxRowsPerSheet(20), Clock.systemUTC(), StoreTest.auditOf(store));

        var errors = refused(strict, Samples.workbook(Samples.birth2()));

        assertThat(errors).anySatisfy(e -> {
            assertThat(e.sheet()).isEqualTo("Trường thông tin");
            assertThat(e.row()).isEqualTo(21);
            assertThat(e.message()).contains("more than 20 rows");
        });
    }

    @Test
    void aFormulaIsRefusedWithItsCell() {
        byte[] file = edit(Samples.workbook(Samples.birth2()),
                wb -> wb.getSheet("Trường thông tin").getRow(2).createCell(5).setCellFormula("CONCATENATE(\"Họ\",\" tên\")"));

        var errors = refused(file);

        assertThat(errors).anySatisfy(e -> {
            assertThat(where(e)).isEqualTo("Trường thông tin!F3");
            assertThat(e.message()).contains("formula", "values only");
        });
    }

    @Test
    void everyWrongValueIsListedAtItsCellNotOnlyTheFirst() {
        byte[] file = edit(Samples.workbook(Samples.birth2()), wb -> {
            var fields = wb.getSheet("Trường thông tin");
            fields.getRow(1).createCell(4).setCellValue("texty");
            fields.getRow(2).createCell(7).setCellValue("maybe");
            fields.getRow(3).createCell(11).setCellValue("abc");
            wb.getSheet("Thành phần hồ sơ").getRow(1).createCell(3).setCellValue("two");
            wb.getSheet("Thủ tục").getRow(7).createCell(1).setCellValue("soon");
        });

        var errors = refused(file);

        assertThat(errors).extracting(HostileFilesTest::where)
                .contains("Trường thông tin!E2", "Trường thông tin!H3", "Trường thông tin!L4", "Thành phần hồ sơ!D2", "Thủ tục!B8");
        assertThat(errors).filteredOn(e -> where(e).equals("Trường thông tin!E2")).singleElement()
                .extracting(ImportError::message).asString().contains("'texty' is not a field type");
    }

    @Test
    void missingSheetsAreNamed() {
        byte[] file = edit(Samples.workbook(Samples.birth2()), wb -> {
            wb.removeSheetAt(wb.getSheetIndex("Trường thông tin"));
            wb.removeSheetAt(wb.getSheetIndex("Thành phần hồ sơ"));
        });

        var errors = refused(file);

        assertThat(errors).filteredOn(e -> e.message().contains("is missing")).extracting(ImportError::sheet)
                .containsExactly("Thành phần hồ sơ", "Trường thông tin");
    }

    @Test
    void duplicatedIdsAreReportedAtTheRepeatedRow() {
        TemplatePackage birth = Samples.birth2();
        var form = birth.forms().get(0);
        FormSection first = form.sections().get(0);
        var fields = new java.util.ArrayList<>(first.fields());
        fields.add(new FormField("nyc_ho_ten", FieldType.TEXT, "Họ tên (lặp)", null, false, "", null, null, null, null,
                null, List.of(), null, List.of()));
        var sections = new java.util.ArrayList<>(form.sections());
        sections.set(0, new FormSection(first.title(), fields));
        var components = new java.util.ArrayList<>(birth.components());
        components.add(birth.components().get(1));
        TemplatePackage dup = new TemplatePackage(birth.code(), birth.version(), birth.name(), birth.field(),
                birth.level(), birth.agencyCode(), birth.processingDays(), birth.onlineLevel(), birth.legalBasis(),
                birth.fees(), components, List.of(form.withSections(sections)));

        var errors = refused(Samples.workbook(dup));

        assertThat(errors).anySatisfy(e -> {
            assertThat(where(e)).isEqualTo("Trường thông tin!C8");
            assertThat(e.message()).contains("duplicated field id 'nyc_ho_ten'");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(where(e)).isEqualTo("Thành phần hồ sơ!A6");
            assertThat(e.message()).contains("duplicated component id 'giay_chung_sinh'");
        });
    }

    @Test
    void anUnknownAgencyAndABadJsonPackageAreLocated() {
        String json = procedo.templates.load.PackageJson.write(Samples.business()).replace("SO_TAI_CHINH", "SO_KHONG_CO");

        var errors = refused(json.getBytes(StandardCharsets.UTF_8));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("JSON");
            assertThat(e.column()).isEqualTo("agencyCode");
            assertThat(e.message()).contains("SO_KHONG_CO");
        });
        var malformed = refused("{\"code\": \"1.001193\", \"version\": 3,".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed).singleElement().extracting(ImportError::message).asString().contains("JSON");
    }
}
