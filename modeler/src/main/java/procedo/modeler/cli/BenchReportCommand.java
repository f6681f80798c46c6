package procedo.modeler.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.catalog.account.Actor;
import procedo.catalog.excel.CatalogImportPreviews;
import procedo.catalog.excel.CatalogWorkbookImport;
import procedo.catalog.excel.StreamingWriterBaseline;
import procedo.catalog.generate.SyntheticCatalog;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.report.ReportFilter;
import procedo.catalog.report.ReportLanguage;
import procedo.catalog.report.ReportSummary;
import procedo.catalog.report.excel.CostReductionWorkbook;
import procedo.modeler.Application;

/**
 * Measures, on a national-scale catalog, the cost-reduction report written as XLSX (streamed), the catalog workbook
 * export beside POI's streaming writer alone writing as many rows (same run, same machine), the import preview of the
 * exported workbook against its own catalog (all unchanged), and the import with its preview into a new empty
 * database as the page runs it (the preview keeps the checked rows, the import applies them). Run it under
 * {@code -Xmx512m}.
 */
@Command(name = "bench-report", description = "Benchmark the cost-reduction report and the catalog workbook export/import.")
public final class BenchReportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--procedures", defaultValue = "100000", description = "Catalog size to generate when empty.")
    int procedures;

    @Option(names = "--work", description = "Directory for the files written (default: a temporary directory).")
    Path work;

    @Option(names = "--catalog-only", description = "Measure the catalog workbook only (no cost-reduction report).")
    boolean catalogOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("procedo-bench");
        out.printf(Locale.ROOT, "max heap %d MiB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path catalog = dir.resolve("catalog.xlsx");
        try (Application application = Application.open(database.settings())) {
            if (application.store().isEmpty()) {
                long start = System.nanoTime();
                new SyntheticCatalog(application.store()).generate(procedures, 2025, 2024);
                out.printf(Locale.ROOT, "generated %d procedures in %.1f s%n", procedures, (System.nanoTime() - start) / 1e9);
            }
            application.assessment().rank(new procedo.catalog.assessment.RankingRequest(
                    procedo.catalog.assessment.Scope.NATIONAL, "balanced", procedo.catalog.procedure.ProcedureFilter.none(),
                    procedo.catalog.assessment.OnlineInclusion.INCLUDE_FULLY_ONLINE, 0, 1));
            if (!catalogOnly) {
                report(application, dir, out);
            }
            long start = System.nanoTime();
            long rows;
            try (OutputStream stream = Files.newOutputStream(catalog)) {
                rows = application.exportCatalog(stream);
            }
            double exportSeconds = (System.nanoTime() - start) / 1e9;
            Path raw = dir.resolve("raw-sxssf.xlsx");
            start = System.nanoTime();
            StreamingWriterBaseline.write(raw, rows);
            double rawSeconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "raw POI SXSSF writer: %d rows of 10 cells in %.1f s = %.0f rows/s, %d MiB XLSX%n", rows,
                    rawSeconds, rows / rawSeconds, Files.size(raw) >> 20);
            out.printf(Locale.ROOT, "catalog export: %d rows in %.1f s = %.0f rows/s, %d MiB XLSX; %.0f %% of the raw writer's"
                    + " rows/s%n", rows, exportSeconds, rows / exportSeconds, Files.size(catalog) >> 20,
                    100 * rawSeconds / exportSeconds);
            Files.delete(raw);
            out.flush();
            start = System.nanoTime();
            CatalogWorkbookImport.Result same = application.previewCatalogImport(catalog, CatalogWorkbookImport.Missing.REMOVE);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "catalog import preview of the exported workbook against its own catalog: %d unchanged,"
                            + " %d changed, %d rows in %.1f s = %.0f rows/s%n", same.unchanged(), same.changed().size(),
                    total(same), seconds, total(same) / seconds);
            out.flush();
        }
        try (Application empty = Application.open(DatabaseSettings.embedded(dir.resolve("import-db")))) {
            Actor actor = Actor.system("bench report");
            long start = System.nanoTime();
            CatalogImportPreviews.Kept preview = empty.previewCatalogImport(catalog, CatalogWorkbookImport.Missing.KEEP, actor);
            double previewSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            CatalogWorkbookImport.Result result = empty.importPreviewed(preview.token(), actor);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long rows = total(result);
            out.printf(Locale.ROOT, "catalog import with its preview, as the page does it (preview %.1f s: read, check,"
                            + " compare, keep the checked rows; then import %.1f s: compare again, write in one transaction,"
                            + " into an empty H2): %d procedures added (preview said %d), %d rows in %.1f s = %.0f rows/s%n",
                    previewSeconds, importSeconds, result.added().size(), preview.result().added().size(), rows,
                    previewSeconds + importSeconds, rows / (previewSeconds + importSeconds));
        }
        return 0;
    }

    private static void report(Application application, Path dir, PrintWriter out) throws java.io.IOException {
        Path report = dir.resolve("cost-reduction.xlsx");
        long start = System.nanoTime();
        ReportSummary summary;
        try (CostReductionWorkbook workbook = new CostReductionWorkbook(ReportLanguage.VIETNAMESE); OutputStream stream = Files.newOutputStream(report)) {
            summary = application.reports().write(ReportFilter.all(), workbook);
            workbook.writeTo(stream);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "cost-reduction report: %d procedure rows (+ their SCM sheets) in %.1f s = %.0f procedures/s,"
                + " %d MiB XLSX%n", summary.procedures(), seconds, summary.procedures() / seconds, Files.size(report) >> 20);
        out.flush();
    }

    private static long total(CatalogWorkbookImport.Result result) {
        return result.rows().values().stream().mapToLong(Long::longValue).sum();
    }
}
