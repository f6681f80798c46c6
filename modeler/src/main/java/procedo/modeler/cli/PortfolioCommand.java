package procedo.modeler.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PortfolioRequest;
import procedo.catalog.assessment.PortfolioResult;
import procedo.catalog.assessment.Scope;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.report.ReportLanguage;
import procedo.catalog.report.excel.PortfolioWorkbook;
import procedo.modeler.Application;
import procedo.modeler.json.Json;

/**
 * Prints the exact portfolio with the greatest saving that fits an effort budget, with what was left out and why;
 * optionally writes it as the workbook the portfolio page downloads.
 */
@Command(name = "portfolio", description = "Choose the procedures that save most within an effort budget (person-days).")
public final class PortfolioCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--budget", required = true, description = "Effort budget in person-days.")
    int budgetDays;

    @Option(names = "--scope", defaultValue = "national")
    String scope;

    @Option(names = "--profile", defaultValue = "balanced", description = "Profile of the chosen procedures' ranks.")
    String profile;

    @Option(names = "--q", description = "Search text (diacritics-insensitive).")
    String text;

    @Option(names = "--include-online", description = "Let procedures already fully online compete.")
    boolean includeOnline;

    @Option(names = "--out", description = "Also write the portfolio as a workbook (XLSX) with every procedure left out.")
    Path out;

    @Option(names = "--lang", defaultValue = "vi", description = "Language of the workbook: vi or en.")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Application application = database.openWithDemo()) {
            PortfolioRequest request = new PortfolioRequest(Scope.parse(scope), ProcedureFilter.none().withText(text),
                    includeOnline ? OnlineInclusion.INCLUDE_FULLY_ONLINE : OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                    budgetDays, profile, Map.of(), PortfolioRequest.LEFT_OUT_LISTED);
            PortfolioResult portfolio = application.assessment().portfolio(request);
            Json.print(spec.commandLine().getOut(), portfolio);
            if (out != null) {
                PortfolioResult whole = application.assessment().portfolio(request.listingEveryLeftOut());
                try (OutputStream file = Files.newOutputStream(out)) {
                    PortfolioWorkbook.write(whole, ReportLanguage.of(language), file);
                }
            }
            return 0;
        }
    }
}
