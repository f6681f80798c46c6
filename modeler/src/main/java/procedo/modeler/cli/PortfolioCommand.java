package procedo.modeler.cli;

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
import procedo.modeler.Application;
import procedo.modeler.json.Json;

/** Prints the exact portfolio with the greatest saving that fits an effort budget. */
@Command(name = "portfolio", description = "Choose the procedures that save most within an effort budget (person-days).")
public final class PortfolioCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--budget", required = true, description = "Effort budget in person-days.")
    int budgetDays;

    @Option(names = "--scope", defaultValue = "national")
    String scope;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Application application = database.openWithDemo()) {
            PortfolioResult portfolio = application.assessment().portfolio(new PortfolioRequest(Scope.parse(scope),
                    ProcedureFilter.none(), OnlineInclusion.EXCLUDE_FULLY_ONLINE, budgetDays));
            Json.print(spec.commandLine().getOut(), portfolio);
            return 0;
        }
    }
}
