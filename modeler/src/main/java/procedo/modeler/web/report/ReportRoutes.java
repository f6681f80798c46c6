package procedo.modeler.web.report;

import procedo.catalog.text.Text;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import procedo.catalog.assessment.Scope;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.report.CostReductionReports;
import procedo.catalog.report.CsvReportWriter;
import procedo.catalog.report.ReportFilter;
import procedo.catalog.report.ReportLanguage;
import procedo.catalog.report.excel.CostReductionWorkbook;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;

/** The cost-reduction report as XLSX and CSV downloads. */
public final class ReportRoutes {

    private final CostReductionReports reports;

    public ReportRoutes(CostReductionReports reports) {
        this.reports = reports;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/reports/cost-reduction.xlsx", SIGNED_IN,
                        "Cost-reduction report workbook (scope, field, agency, locality, planStatus)", this::xlsx),
                Route.get("/api/reports/cost-reduction.csv", SIGNED_IN,
                        "Cost-reduction report tables as CSV: a zip of all, or one with ?table=", this::csv));
    }

    /** The filter of a report request: scope, field, agency, locality, planStatus. */
    private static ReportFilter filter(Context ctx) {
        Params q = new Params(ctx);
        String scope = q.text("scope");
        String field = q.text("field");
        String agency = q.text("agency");
        String locality = q.text("locality");
        PlanStatus status = q.choice("planStatus", PlanStatus.class);
        q.check();
        return new ReportFilter(Scope.parse(scope), field, agency, locality, status);
    }

    /** The report's language: {@code ?lang=en} or {@code vi}, else the UI's {@code Accept-Language}; Vietnamese by default. */
    private static ReportLanguage language(Context ctx) {
        return ReportLanguage.of(Language.of(ctx));
    }

    private void xlsx(Context ctx) throws IOException {
        ReportFilter filter = filter(ctx);
        try (CostReductionWorkbook workbook = new CostReductionWorkbook(language(ctx))) {
            reports.write(filter, workbook);
            ctx.contentType(Downloads.XLSX).header("Content-Disposition", "attachment; filename=\"cost-reduction.xlsx\"");
            try (OutputStream out = ctx.outputStream()) {
                workbook.writeTo(out);
            }
        }
    }

    private void csv(Context ctx) throws IOException {
        ReportFilter filter = filter(ctx);
        String table = ctx.queryParam("table");
        if (table != null && !CsvReportWriter.TABLES.contains(table)) {
            throw InvalidInputException.of("table", Text.of("modeler.report.table",
                    String.join(", ", CsvReportWriter.TABLES)));
        }
        Path dir = Files.createTempDirectory("procedo-report");
        try {
            try (CsvReportWriter writer = new CsvReportWriter(dir,
                    table == null ? Set.copyOf(CsvReportWriter.TABLES) : Set.of(table), language(ctx))) {
                reports.write(filter, writer);
            }
            if (table != null) {
                ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + table + ".csv\"");
                try (OutputStream out = ctx.outputStream()) {
                    Files.copy(dir.resolve(table + ".csv"), out);
                }
                return;
            }
            ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\"cost-reduction-csv.zip\"");
            try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
                for (String name : CsvReportWriter.TABLES) {
                    zip.putNextEntry(new ZipEntry(name + ".csv"));
                    Files.copy(dir.resolve(name + ".csv"), zip);
                    zip.closeEntry();
                }
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
