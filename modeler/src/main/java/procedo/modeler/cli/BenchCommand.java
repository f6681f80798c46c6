package procedo.modeler.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PortfolioRequest;
import procedo.catalog.assessment.RankingRequest;
import procedo.catalog.assessment.Scope;
import procedo.catalog.generate.SyntheticCatalog;
import procedo.catalog.priority.Portfolio;
import procedo.catalog.priority.PortfolioCandidate;
import procedo.catalog.priority.PortfolioOptimizer;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.modeler.Application;

/**
 * Measures, on a national-scale catalog: ranking every localized procedure (warm), a filtered page of 50 through
 * the HTTP API, and the exact portfolio over 10,000 candidates. Generates the catalog first when the database is
 * empty. Prints median and 90th percentile of repeated runs.
 */
@Command(name = "bench", description = "Benchmark ranking, the priorities API and the portfolio at national scale.")
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--procedures", defaultValue = "100000", description = "Catalog size to generate when empty.")
    int procedures;

    @Option(names = "--rounds", defaultValue = "20", description = "Measured repetitions per figure.")
    int rounds;

    @Option(names = "--portfolio-candidates", defaultValue = "10000")
    int portfolioCandidates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Application application = Application.open(database.settings())) {
            if (application.store().isEmpty()) {
                long start = System.nanoTime();
                new SyntheticCatalog(application.store()).generate(procedures, 2025, 2024);
                out.printf("generated %d procedures in %.1f s%n", procedures, (System.nanoTime() - start) / 1e9);
            }
            CatalogAssessment assessment = application.assessment();
            long loadStart = System.nanoTime();
            RankingRequest all = new RankingRequest(Scope.NATIONAL, "balanced", ProcedureFilter.none(),
                    OnlineInclusion.INCLUDE_FULLY_ONLINE, 0, 50);
            int size = assessment.rank(all).total();
            out.printf("catalog snapshot loaded and first ranking in %.0f ms (%d candidates)%n",
                    (System.nanoTime() - loadStart) / 1e6, size);

            double[] ranking = measure(rounds, 15, () -> assessment.rank(all));
            out.printf("ranking all %d procedures (warm, costs cached per scope): median %.1f ms, p90 %.1f ms,"
                    + " min %.1f ms  [target <= 300 ms]%n", size, median(ranking), p90(ranking), min(ranking));
            String changed = assessment.rank(all).items().get(0).code();
            double[] afterChange = measure(rounds, 5, () -> {
                assessment.procedureChanged(changed);
                assessment.rank(all);
            });
            out.printf("ranking all %d procedures right after a catalog change (every cost recomputed): median %.1f ms,"
                    + " p90 %.1f ms%n", size, median(afterChange), p90(afterChange));

            Javalin server = application.webServer().create().start("127.0.0.1", 0);
            String benchPassword = procedo.catalog.account.Passwords.randomSecret(18);
            application.accounts().ensureFirstAdmin(Optional.of(benchPassword));
            String token = application.accounts().createToken(procedo.catalog.account.AccountService.FIRST_ADMIN,
                    "bench", procedo.catalog.account.Actor.system("bench")).secret();
            try {
                HttpClient client = HttpClient.newHttpClient();
                String field = URLEncoder.encode("Hộ tịch", StandardCharsets.UTF_8);
                URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/priorities?field=" + field + "&limit=50");
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
                double[] api = measure(Math.max(rounds * 5, 50), 20, () -> {
                    HttpResponse<String> response = send(client, request);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
                    }
                });
                out.printf("GET /api/priorities?field=Hộ tịch&limit=50 (filtered page of 50): median %.1f ms,"
                        + " p90 %.1f ms  [target median <= 50 ms]%n", median(api), p90(api));
            } finally {
                server.stop();
            }

            List<PortfolioCandidate> candidates = assessment.portfolioCandidates(new PortfolioRequest(Scope.NATIONAL,
                    ProcedureFilter.none(), OnlineInclusion.INCLUDE_FULLY_ONLINE, 0));
            candidates = candidates.subList(0, Math.min(portfolioCandidates, candidates.size()));
            int totalEffort = candidates.stream().mapToInt(PortfolioCandidate::effortDays).sum();
            int budget = totalEffort / 10;
            PortfolioOptimizer optimizer = new PortfolioOptimizer();
            List<PortfolioCandidate> chosenFrom = candidates;
            Portfolio[] last = new Portfolio[1];
            double[] portfolio = measure(Math.max(3, rounds / 4), 1,
                    () -> last[0] = optimizer.optimize(chosenFrom, budget));
            out.printf("exact portfolio, %d candidates, budget %d of %d person-days: median %.0f ms, p90 %.0f ms"
                            + " (%d selected, saving %s VND)%n", candidates.size(), budget, totalEffort,
                    median(portfolio), p90(portfolio), last[0].selected().size(), last[0].totalSavingVnd().toPlainString());
        }
        return 0;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double[] measure(int rounds, int warmup, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)];
    }

    private static double min(double[] sorted) {
        return sorted[0];
    }
}
