package procedo.catalog.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.LibreOffice;
import procedo.catalog.PdfPages;
import procedo.catalog.TestDatabase;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.plan.PlanFixture;
import procedo.catalog.plan.PlanSamples;
import procedo.catalog.report.excel.CostReductionWorkbook;

/** The cost-reduction workbook opens and prints in LibreOffice: a headless conversion to PDF, inspected page by page. */
@Tag("office")
class LibreOfficeReportTest {

    private final TestDatabase.Instance instance = TestDatabase.H2.create();
    private final JooqCatalogStore store = JooqCatalogStore.open(instance.settings());

    @AfterEach
    void close() {
        store.close();
        instance.close();
    }

    /**
     * LibreOffice prints the report as the print setup asks: one A4 landscape page per sheet (every sheet of this
     * small report fits one page once scaled to the page width; a sheet wider than the page would spill onto extra
     * pages), and the summary page draws the chart's bars in their colour.
     */
    @Test
    void libreOfficePrintsEverySheetOnePageWideWithTheChartDrawn(@TempDir Path dir) throws Exception {
        PlanFixture f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
        f.add(PlanSamples.residence("2.000002"), 20);
        f.approved("2.000001", PlanSamples.fullPlan());
        Path xlsx = dir.resolve("cost-reduction.xlsx");
        byte[] workbook = CostReductionReportTest.xlsx(f.reports, ReportFilter.all());
        Files.write(xlsx, workbook);
        int sheets;
        try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            sheets = opened.getNumberOfSheets();
        }

        Path pdf = LibreOffice.convert(xlsx, "pdf", dir);

        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        List<PdfPages.Page> pages = PdfPages.read(bytes);
        assertThat(pages).hasSize(sheets);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.landscape()).isTrue();
            assertThat(page.width()).isCloseTo(841.89, within(1.0));
        });
        assertThat(pages.get(0).fills(CostReductionWorkbook.BAR_COLOUR)).as("the chart's bars on the summary page").isTrue();
        assertThat(pages.subList(1, pages.size())).noneMatch(page -> page.fills(CostReductionWorkbook.BAR_COLOUR));
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
