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
import procedo.catalog.excel.CatalogWorkbookImport;
import procedo.catalog.generate.SyntheticCatalog;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.report.ReportFilter;
import procedo.catalog.report.ReportLanguage;
import procedo.catalog.report.ReportSummary;
import procedo.catalog.report.excel.CostReductionWorkbook;
import procedo.modeler.Application;

/**
 * Measures, on a national-scale catalog, the cost-reduction report written as XLSX (streamed) and the catalog
 * workbook export and all-or-nothing import into a new empty database. Run it under {@code -Xmx512m}.
 */
@Command(name = "bench-report", description = "Benchmark the cost-reduction report and the catalog workbook export/import.")
public final class BenchReportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--procedures", defaultValue = "100000", description = "Catalog size to generate when empty.")
    int procedures;

    @Option(names = "--work", description = "Directory for the files written (default: a temporary directory).")
    Path work;

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
            start = System.nanoTime();
            long rows;
            try (OutputStream stream = Files.newOutputStream(catalog)) {
                rows = application.exportCatalog(stream);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "catalog export: %d rows in %.1f s = %.0f rows/s, %d MiB XLSX%n", rows, seconds,
                    rows / seconds, Files.size(catalog) >> 20);
        }
        try (Application empty = Application.open(DatabaseSettings.embedded(dir.resolve("import-db")))) {
            long start = System.nanoTime();
            CatalogWorkbookImport.Result result = empty.importCatalog(catalog, Actor.system("bench report"));
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "catalog import (check pass + write pass, one transaction, into an empty H2): %d procedures,"
                    + " %d rows in %.1f s = %.0f rows/s%n", result.procedures(), rows, seconds, rows / seconds);
        }
        return 0;
    }
}
