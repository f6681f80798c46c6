package procedo.modeler.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.catalog.assessment.Scope;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.report.CsvReportWriter;
import procedo.catalog.report.ReportFilter;
import procedo.catalog.report.ReportLanguage;
import procedo.catalog.report.ReportSink;
import procedo.catalog.report.ReportSummary;
import procedo.catalog.report.excel.CostReductionWorkbook;
import procedo.modeler.Application;

/** Reports: {@code report cost-reduction}. */
@Command(name = "report", description = "Write reports.", subcommands = ReportCommand.CostReduction.class)
public final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The cost-reduction report as XLSX and/or CSV files. */
    @Command(name = "cost-reduction", description = "Write the cost-reduction report: --out FILE.xlsx and/or --csv DIR.")
    public static final class CostReduction implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Option(names = "--out", description = "The XLSX file to write.")
        Path out;

        @Option(names = "--csv", description = "A directory to write the tables into as CSV files.")
        Path csv;

        @Option(names = "--scope", description = "national (default) or a locality code: whose figures count.")
        String scope;

        @Option(names = "--field", description = "Only procedures of this field.")
        String field;

        @Option(names = "--agency", description = "Only procedures of this agency code.")
        String agency;

        @Option(names = "--locality", description = "Only procedures specific to this locality code.")
        String locality;

        @Option(names = "--plan-status", description = "Only procedures with a plan in this status (DRAFT, PROPOSED, "
                + "APPROVED, IMPLEMENTED); default: every procedure, approved and implemented plans counted.")
        String planStatus;

        @Option(names = "--lang", description = "vi (default): Vietnamese headers and names; en: English, and CSV "
                + "headers and codes for scripts.")
        String lang;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (out == null && csv == null) {
                throw InvalidInputException.of("--out", "name the XLSX file to write (--out) and/or a CSV directory (--csv)");
            }
            PlanStatus status = null;
            if (planStatus != null) {
                try {
                    status = PlanStatus.valueOf(planStatus.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("--plan-status", "must be DRAFT, PROPOSED, APPROVED or IMPLEMENTED");
                }
            }
            ReportFilter filter = new ReportFilter(Scope.parse(scope), field, agency, locality, status);
            ReportLanguage language = ReportLanguage.of(lang);
            try (Application application = Application.open(database.settings());
                 CostReductionWorkbook workbook = new CostReductionWorkbook(language)) {
                List<ReportSink> sinks = new ArrayList<>();
                if (out != null) {
                    sinks.add(workbook);
                }
                CsvReportWriter csvWriter = csv == null ? null : new CsvReportWriter(csv, Set.copyOf(CsvReportWriter.TABLES), language);
                if (csvWriter != null) {
                    sinks.add(csvWriter);
                }
                long start = System.nanoTime();
                ReportSummary summary;
                try {
                    summary = application.reports().write(filter, ReportSink.all(sinks));
                } finally {
                    if (csvWriter != null) {
                        csvWriter.close();
                    }
                }
                if (out != null) {
                    Path parent = out.toAbsolutePath().getParent();
                    Files.createDirectories(parent);
                    try (OutputStream stream = Files.newOutputStream(out)) {
                        workbook.writeTo(stream);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                spec.commandLine().getOut().printf(Locale.ROOT,
                        "%d procedures (%d with a plan counted): before %s VND/year, after %s, saving %s (%s %%); written in %.1f s%n",
                        summary.procedures(), summary.withPlan(), summary.saving().beforeVnd().toPlainString(),
                        summary.saving().afterVnd().toPlainString(), summary.saving().savingVnd().toPlainString(),
                        summary.saving().savingPercent() == null ? "-" : summary.saving().savingPercent().toPlainString(),
                        seconds);
                return 0;
            }
        }
    }
}
