package procedo.catalog.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.LibreOffice;
import procedo.catalog.TestDatabase;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.plan.PlanFixture;
import procedo.catalog.plan.PlanSamples;

/** The cost-reduction workbook opens in LibreOffice without repair: a headless conversion succeeds. */
@Tag("office")
class LibreOfficeReportTest {

    private final TestDatabase.Instance instance = TestDatabase.H2.create();
    private final JooqCatalogStore store = JooqCatalogStore.open(instance.settings());

    @AfterEach
    void close() {
        store.close();
        instance.close();
    }

    @Test
    void libreOfficeConvertsTheReport(@TempDir Path dir) throws Exception {
        PlanFixture f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
        f.add(PlanSamples.residence("2.000002"), 20);
        f.approved("2.000001", PlanSamples.fullPlan());
        Path xlsx = dir.resolve("cost-reduction.xlsx");
        Files.write(xlsx, CostReductionReportTest.xlsx(f.reports, ReportFilter.all()));

        Path pdf = LibreOffice.convert(xlsx, "pdf", dir);

        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** The catalog workbook in its code form opens too: LibreOffice's CSV of its first sheet holds the agencies. */
    @Test
    void libreOfficeConvertsTheCatalogWorkbook(@TempDir Path dir) throws Exception {
        PlanFixture f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
        Path xlsx = dir.resolve("catalog.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            new procedo.catalog.excel.CatalogWorkbookExport(new procedo.catalog.persistence.JooqCatalogTransfer(store.dsl()))
                    .write(out, procedo.catalog.procedure.WithdrawnFilter.EXCLUDE, procedo.catalog.excel.CatalogWorkbookForm.CODES);
        }

        Path csv = LibreOffice.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", dir);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("code,name,level").contains("UBND_XA");
    }

    /** The catalog workbook in Vietnamese (drop-down lists, date cells) opens: its first sheet is the guide. */
    @Test
    void libreOfficeConvertsTheVietnameseCatalogWorkbook(@TempDir Path dir) throws Exception {
        PlanFixture f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
        Path xlsx = dir.resolve("danh-muc.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            new procedo.catalog.excel.CatalogWorkbookExport(new procedo.catalog.persistence.JooqCatalogTransfer(store.dsl())).write(out);
        }

        Path csv = LibreOffice.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", dir);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Danh mục thủ tục hành chính", "(giờ Việt Nam)", "Sheet Thủ tục hành chính", "Cấp trung ương; Cấp tỉnh; Cấp xã", "Thời hạn giải quyết (ngày làm việc)");
    }
}
