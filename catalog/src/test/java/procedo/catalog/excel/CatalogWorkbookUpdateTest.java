package procedo.catalog.excel;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import procedo.catalog.account.Actor;
import procedo.catalog.demo.DemoCatalog;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.persistence.JooqCatalogTransfer;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.text.Messages;
import procedo.catalog.transfer.FieldChange;
import procedo.catalog.transfer.ProcedureChange;

/**
 * Updating the catalog by importing its edited workbook, on H2 and PostgreSQL: unchanged is a no-op, a changed value
 * is previewed with its label, before and after and then applied as a new version, a preview writes nothing, an
 * error anywhere writes nothing, and procedures the workbook leaves out are removed only when asked.
 */
// every test opens a database of its own: they run at once (the longest classes of the module)
@Execution(ExecutionMode.CONCURRENT)
class CatalogWorkbookUpdateTest extends StoreTest {

    private static final String FEES = "Phí, lệ phí";

    @TempDir
    Path dir;

    private ProcedureService procedures;
    private byte[] exported;

    @BeforeEach
    void loadDemo() {
        procedures = new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { });
        new DemoCatalog(store, procedures).load();
        exported = CatalogWorkbookTest.export(store);
    }

    private CatalogWorkbookImport importer() {
        return new CatalogWorkbookImport(new JooqCatalogTransfer(store.dsl()));
    }

    @Test
    void importingTheExportedWorkbookUnchangedChangesNothing() throws IOException {
        Path file = Files.write(dir.resolve("catalog.xlsx"), exported);
        long total = store.procedures().find(ProcedureFilter.none(), 0, 500).total();
        String code = firstCode();
        int versions = store.procedures().versions(code).size();
        Recorded effects = new Recorded();

        CatalogWorkbookImport.Result preview = importer().preview(file, CatalogWorkbookImport.Missing.REMOVE);
        CatalogWorkbookImport.Result applied = importer().apply(file, CatalogWorkbookImport.Missing.REMOVE, effects);

        for (CatalogWorkbookImport.Result result : List.of(preview, applied)) {
            assertThat(result.added()).isEmpty();
            assertThat(result.changed()).as("%s", result.changed()).isEmpty();
            assertThat(result.removed()).isEmpty();
            assertThat(result.agencies()).isZero();
            assertThat(result.unchanged()).isEqualTo(total);
            assertThat(result.changesAnything()).isFalse();
        }
        assertThat(effects.changes).isEmpty();
        assertThat(store.procedures().versions(code)).hasSize(versions);
        assertThat(CatalogWorkbookTest.cells(CatalogWorkbookTest.export(store))).isEqualTo(CatalogWorkbookTest.cells(exported));
    }

    @Test
    void aChangedFeeIsPreviewedWithItsLabelBeforeAndAfterWritingNothingAndThenApplied() throws IOException {
        String[] code = {null};
        Path file = edit(workbook -> {
            Row first = workbook.getSheet(FEES).getRow(1);
            code[0] = first.getCell(0).getStringCellValue();
            fresh(first, 4).setCellValue(10_000);
        });
        Procedure before = store.procedures().findByCode(code[0]).orElseThrow();
        int versions = store.procedures().versions(code[0]).size();

        CatalogWorkbookImport.Result preview = importer().preview(file, CatalogWorkbookImport.Missing.KEEP);

        assertThat(preview.added()).isEmpty();
        assertThat(preview.changed()).extracting(ProcedureChange::code).containsExactly(code[0]);
        FieldChange fee = preview.changed().get(0).changes().get(0);
        assertThat(preview.changed().get(0).changes()).hasSize(1);
        assertThat(fee.field()).isEqualTo("fees[0].amountVnd");
        assertThat(Messages.render(fee.label(), Messages.VIETNAMESE)).isEqualTo("Phí, lệ phí 1: mức thu (đ)");
        assertThat((BigDecimal) fee.before()).isEqualByComparingTo(before.fees().get(0).amountVnd());
        assertThat((BigDecimal) fee.after()).isEqualByComparingTo("10000");
        assertThat(store.procedures().findByCode(code[0])).contains(before);
        assertThat(store.procedures().versions(code[0])).hasSize(versions);

        Recorded effects = new Recorded();
        CatalogWorkbookImport.Result applied = importer().apply(file, CatalogWorkbookImport.Missing.KEEP, effects);

        assertThat(applied.changed()).isEqualTo(preview.changed());
        assertThat(applied.unchanged()).isEqualTo(preview.unchanged());
        Procedure after = store.procedures().findByCode(code[0]).orElseThrow();
        assertThat(after.fees().get(0).amountVnd()).isEqualByComparingTo("10000");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(store.procedures().versions(code[0])).hasSize(versions + 1);
        assertThat(effects.changes).extracting(ProcedureChange::code).containsExactly(code[0]);
        assertThat(effects.before).containsExactly(before);
        assertThat(importer().preview(file, CatalogWorkbookImport.Missing.KEEP).changed()).as("applied once").isEmpty();
    }

    @Test
    void aChangedLegalDocumentIsPreviewedAndAppliedAsANewVersionOfTheRecord() throws IOException {
        String[] code = {null};
        Path file = edit(workbook -> {
            Row first = workbook.getSheet("Căn cứ pháp lý").getRow(1);
            code[0] = first.getCell(0).getStringCellValue();
            fresh(first, 3).setCellValue("Luật Hộ tịch (sửa đổi)");
        });
        Procedure before = store.procedures().findByCode(code[0]).orElseThrow();
        assertThat(before.legalDocuments()).as("the demo records its legal basis as documents").isNotEmpty();

        CatalogWorkbookImport.Result preview = importer().preview(file, CatalogWorkbookImport.Missing.KEEP);

        assertThat(preview.changed()).extracting(ProcedureChange::code).containsExactly(code[0]);
        FieldChange title = preview.changed().get(0).changes().get(0);
        assertThat(preview.changed().get(0).changes()).hasSize(1);
        assertThat(title.field()).isEqualTo("legalDocuments[0].title");
        assertThat(Messages.render(title.label(), Messages.VIETNAMESE)).isEqualTo("Văn bản căn cứ pháp lý 1: trích yếu");
        assertThat(title.before()).isEqualTo(before.legalDocuments().get(0).title());
        assertThat(title.after()).isEqualTo("Luật Hộ tịch (sửa đổi)");

        importer().apply(file, CatalogWorkbookImport.Missing.KEEP, new Recorded());

        Procedure after = store.procedures().findByCode(code[0]).orElseThrow();
        assertThat(after.legalDocuments().get(0).title()).isEqualTo("Luật Hộ tịch (sửa đổi)");
        assertThat(after.legalDocuments().get(0).number()).isEqualTo(before.legalDocuments().get(0).number());
        assertThat(after.processingTimes()).isEqualTo(before.processingTimes());
        assertThat(after.channels()).isEqualTo(before.channels());
        assertThat(after.sources()).isEqualTo(before.sources());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(importer().preview(file, CatalogWorkbookImport.Missing.KEEP).changed()).as("applied once").isEmpty();
    }

    @Test
    void anErrorInOneRowRefusesTheWholeWorkbookAndWritesNothing() throws IOException {
        String[] code = {null};
        Path file = edit(workbook -> {
            Row first = workbook.getSheet(FEES).getRow(1);
            code[0] = first.getCell(0).getStringCellValue();
            fresh(first, 4).setCellValue(10_000);
            fresh(workbook.getSheet(FEES).getRow(2), 4).setCellValue(-1);
        });
        Procedure before = store.procedures().findByCode(code[0]).orElseThrow();

        for (CatalogWorkbookImport.Missing missing : CatalogWorkbookImport.Missing.values()) {
            assertThatThrownBy(() -> importer().apply(file, missing, new Recorded()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::location).containsExactly(FEES + "!E3 (Mức thu (đồng))"));
        }
        assertThat(store.procedures().findByCode(code[0])).contains(before);
    }

    @Test
    void proceduresTheWorkbookLeavesOutAreRemovedOnlyWhenAsked() throws IOException {
        Path file = Files.write(dir.resolve("catalog.xlsx"), exported);
        Procedure extra = store.procedures().findByCode(firstCode()).orElseThrow();
        Procedure created = procedures.create(new Procedure("9.999999", "Thủ tục không có trong tệp", extra.field(),
                extra.level(), extra.agencyCode(), extra.localityCode(), extra.applicantType(), extra.processingDays(),
                extra.onlineLevel(), "", "", extra.status(), null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), 0), TESTER);

        assertThat(importer().preview(file, CatalogWorkbookImport.Missing.KEEP).removed()).isEmpty();
        assertThat(importer().preview(file, CatalogWorkbookImport.Missing.REMOVE).removed()).containsExactly(created.code());
        assertThat(store.procedures().findByCode(created.code())).isPresent();

        Recorded effects = new Recorded();
        CatalogWorkbookImport.Result applied = importer().apply(file, CatalogWorkbookImport.Missing.REMOVE, effects);

        assertThat(applied.removed()).containsExactly(created.code());
        assertThat(effects.removed).containsExactly(created.code());
        assertThat(store.procedures().find(ProcedureFilter.none(), 0, 500).items())
                .noneMatch(p -> p.code().equals(created.code()));
    }

    @Test
    void aNewCodeIsAddedBesideTheUpdatedOnes() throws IOException {
        String[] code = {null};
        Path file = edit(workbook -> {
            Sheet sheet = workbook.getSheet("Thủ tục hành chính");
            Row last = sheet.getRow(sheet.getLastRowNum());
            Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
            for (Cell cell : last) {
                Cell target = copy.createCell(cell.getColumnIndex());
                switch (cell.getCellType()) {
                    case NUMERIC -> target.setCellValue(cell.getNumericCellValue());
                    case STRING -> target.setCellValue(cell.getStringCellValue());
                    default -> { }
                }
                target.setCellStyle(cell.getCellStyle());
            }
            code[0] = "9.000001";
            copy.getCell(0).setCellValue(code[0]);
        });

        CatalogWorkbookImport.Result applied = importer().apply(file, CatalogWorkbookImport.Missing.KEEP, new Recorded());

        assertThat(applied.added()).containsExactly(code[0]);
        assertThat(applied.changed()).isEmpty();
        assertThat(store.procedures().findByCode(code[0])).isPresent();
        assertThat(store.procedures().versions(code[0])).hasSize(1);
    }

    @Test
    void aKeptPreviewIsAppliedFromItsCheckedRowsWithoutTheFile() throws IOException {
        String[] code = {null};
        Path file = edit(workbook -> {
            Row first = workbook.getSheet(FEES).getRow(1);
            code[0] = first.getCell(0).getStringCellValue();
            fresh(first, 4).setCellValue(10_000);
        });
        Procedure before = store.procedures().findByCode(code[0]).orElseThrow();

        try (CatalogWorkbookImport.Previewed previewed = importer().previewKept(file, CatalogWorkbookImport.Missing.KEEP)) {
            assertThat(previewed.result().changed()).extracting(ProcedureChange::code).containsExactly(code[0]);
            assertThat(store.procedures().findByCode(code[0])).contains(before);
            Files.delete(file);

            CatalogWorkbookImport.Result applied = importer().apply(previewed, new Recorded());

            assertThat(applied.changed()).isEqualTo(previewed.result().changed());
            assertThat(applied.unchanged()).isEqualTo(previewed.result().unchanged());
        }
        Procedure after = store.procedures().findByCode(code[0]).orElseThrow();
        assertThat(after.fees().get(0).amountVnd()).isEqualByComparingTo("10000");
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void aKeptPreviewIsRefusedAndWritesNothingWhenTheCatalogChangedSince() throws IOException {
        String[] code = {null};
        Path file = edit(workbook -> {
            Row first = workbook.getSheet(FEES).getRow(1);
            code[0] = first.getCell(0).getStringCellValue();
            fresh(first, 4).setCellValue(10_000);
        });
        Procedure before = store.procedures().findByCode(code[0]).orElseThrow();

        try (CatalogWorkbookImport.Previewed previewed = importer().previewKept(file, CatalogWorkbookImport.Missing.REMOVE)) {
            assertThat(previewed.result().removed()).isEmpty();
            Procedure extra = store.procedures().findByCode(firstCode()).orElseThrow();
            procedures.create(new Procedure("9.999999", "Thủ tục thêm sau khi xem trước", extra.field(), extra.level(),
                    extra.agencyCode(), extra.localityCode(), extra.applicantType(), extra.processingDays(),
                    extra.onlineLevel(), "", "", extra.status(), null, null, null, null, null, List.of(), List.of(),
                    List.of(), List.of(), 0), TESTER);

            assertThatThrownBy(() -> importer().apply(previewed, new Recorded()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().key())
                            .isEqualTo("catalog.sheet.import.changedSincePreview"));
        }
        assertThat(store.procedures().findByCode(code[0])).contains(before);
        assertThat(store.procedures().findByCode("9.999999")).isPresent();
    }

    @Test
    void aKeptPreviewIsAppliedOnlyByItsAuthorOnceAndWithinItsTime() throws IOException {
        Path file = Files.write(dir.resolve("catalog.xlsx"), exported);
        Instant[] now = {Instant.parse("2026-01-05T02:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        Actor other = new Actor("other", "Người khác", "127.0.0.1");
        try (CatalogImportPreviews previews = new CatalogImportPreviews(clock)) {
            CatalogImportPreviews.Kept kept = previews.keep(importer().previewKept(file, CatalogWorkbookImport.Missing.KEEP), TESTER);
            assertThat(kept.token()).hasSize(32);

            assertThatThrownBy(() -> previews.take(kept.token(), other)).isInstanceOf(ConflictException.class);
            try (CatalogWorkbookImport.Previewed taken = previews.take(kept.token(), TESTER)) {
                assertThat(taken.result()).isEqualTo(kept.result());
            }
            assertThatThrownBy(() -> previews.take(kept.token(), TESTER)).as("taken once").isInstanceOf(ConflictException.class);

            CatalogImportPreviews.Kept first = previews.keep(importer().previewKept(file, CatalogWorkbookImport.Missing.KEEP), TESTER);
            CatalogImportPreviews.Kept second = previews.keep(importer().previewKept(file, CatalogWorkbookImport.Missing.KEEP), TESTER);
            assertThat(previews.size()).as("a newer preview replaces the author's earlier one").isEqualTo(1);
            assertThatThrownBy(() -> previews.take(first.token(), TESTER)).isInstanceOf(ConflictException.class);

            now[0] = now[0].plus(CatalogImportPreviews.KEPT).plusSeconds(1);
            assertThatThrownBy(() -> previews.take(second.token(), TESTER))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().key())
                            .isEqualTo("catalog.sheet.import.previewGone"));
            assertThat(previews.size()).isZero();
        }
    }

    private String firstCode() {
        return store.procedures().find(ProcedureFilter.none(), 0, 1).items().get(0).code();
    }

    private Path edit(Consumer<XSSFWorkbook> change) throws IOException {
        Path file = dir.resolve("edited.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported)); OutputStream out = Files.newOutputStream(file)) {
            change.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static Cell fresh(Row row, int column) {
        Cell old = row.getCell(column);
        if (old != null) {
            row.removeCell(old);
        }
        return row.createCell(column);
    }

    /** What an applied import told its effects. */
    private final class Recorded implements CatalogWorkbookImport.Effects {
        final List<ProcedureChange> changes = new ArrayList<>();
        final List<Procedure> before = new ArrayList<>();
        final List<String> removed = new ArrayList<>();

        @Override
        public void changed(ProcedureChange change, Procedure old, Procedure after) {
            changes.add(change);
            before.add(old);
        }

        @Override
        public void remove(String code) {
            removed.add(code);
            procedures.delete(code, TESTER, "không có trong tệp");
        }
    }
}
