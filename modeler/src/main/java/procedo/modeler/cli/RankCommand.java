package procedo.modeler.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PriorityItem;
import procedo.catalog.assessment.RankingRequest;
import procedo.catalog.assessment.RankingResult;
import procedo.catalog.assessment.Scope;
import procedo.catalog.priority.Contribution;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.modeler.Application;
import procedo.modeler.json.Json;

/** Prints the priority ranking, as a table with each criterion's contribution or as JSON. */
@Command(name = "rank", description = "Rank the catalog: which procedures to simplify and bring online first.")
public final class RankCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--scope", defaultValue = "national", description = "national or a locality code.")
    String scope;

    @Option(names = "--profile", defaultValue = "balanced", description = "Priority profile (default balanced).")
    String profile;

    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Option(names = "--offset", defaultValue = "0")
    int offset;

    @Option(names = "--q", description = "Search text (diacritics-insensitive).")
    String text;

    @Option(names = "--include-online", description = "Also rank procedures already fully online.")
    boolean includeOnline;

    @Option(names = "--json", description = "Print JSON as GET /api/priorities does.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Application application = database.openWithDemo()) {
            RankingResult result = application.assessment().rank(new RankingRequest(Scope.parse(scope), profile,
                    ProcedureFilter.none().withText(text),
                    includeOnline ? OnlineInclusion.INCLUDE_FULLY_ONLINE : OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                    offset, limit));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, result);
                return 0;
            }
            out.printf("Ranking (%s, profile %s): %d candidates%n", result.scope(), result.profile().name(),
                    result.total());
            out.printf("%4s  %-12s %6s  %-38s  %s%n", "rank", "code", "score", "contributions", "name");
            for (PriorityItem item : result.items()) {
                StringBuilder parts = new StringBuilder();
                for (Contribution c : item.contributions()) {
                    parts.append(String.format("%s %s ", abbreviation(c), c.contribution().toPlainString()));
                }
                out.printf("%4d  %-12s %6s  %-38s  %s%n", item.rank(), item.code(), item.score().toPlainString(),
                        parts.toString().trim(), item.name());
            }
            out.println("vol = volume, cost = annual compliance cost, save = saving potential, ready = readiness,"
                    + " gap = online gap, dissat = applicants' dissatisfaction");
            return 0;
        }
    }

    private static String abbreviation(Contribution c) {
        return switch (c.criterion()) {
            case VOLUME -> "vol";
            case ANNUAL_COST -> "cost";
            case SAVING_POTENTIAL -> "save";
            case READINESS -> "ready";
            case ONLINE_GAP -> "gap";
            case DISSATISFACTION -> "dissat";
        };
    }
}
