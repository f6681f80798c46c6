package procedo.modeler.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import procedo.catalog.account.AccountRequest;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.AccountService;
import procedo.catalog.account.Actor;
import procedo.catalog.account.Grant;
import procedo.catalog.account.Passwords;
import procedo.catalog.account.Principal;
import procedo.catalog.locality.Locality;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;
import procedo.modeler.loadtest.LoadTest;
import procedo.modeler.workflow.StartFormSamples;

/**
 * The load test: a fresh Procedo with the demo catalog on a loopback port (embedded H2 in a temporary folder, or an
 * empty PostgreSQL database), and {@code --clients} signed-in people calling it at once for {@code --seconds}.
 */
@Command(name = "load-test", description = "Run N signed-in clients for S seconds against a fresh Procedo on this "
        + "machine (ranking, catalog reads, model saves with If-Match, case starts, task completions); prints "
        + "throughput, p50/p99 and errors, then checks that every acknowledged write is there exactly once.")
public final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients, 1..200 (default 50).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long they call, 1..600 s (default 60).")
    int seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--database-url", description = "An empty PostgreSQL database instead of a temporary H2 one.")
    String databaseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 200 || seconds < 1 || seconds > 600) {
            throw new ParameterException(spec.commandLine(), "--clients 1..200 and --seconds 1..600");
        }
        var out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("procedo-load-test");
        DatabaseSettings database = databaseUrl == null ? DatabaseSettings.embedded(folder)
                : new DatabaseSettings(databaseUrl, null, null);
        try (Application application = Application.open(database, Application.EngineOptions.quiet())) {
            application.loadDemoIfEmpty();
            String adminPassword = Passwords.randomSecret(18);
            application.accounts().ensureFirstAdmin(Optional.of(adminPassword));
            Actor setup = Actor.system("load-test");
            String adminToken = application.accounts().createToken(AccountService.FIRST_ADMIN, "load-test", setup)
                    .secret();
            if (application.workflows().deployments(LoadTest.CASE_PROCEDURE).isEmpty()) {
                application.workflows().deploy(LoadTest.CASE_PROCEDURE, null, Principal.system("load-test"));
            }
            List<String> provinces = application.store().localities().localities().stream()
                    .filter(l -> l.kind().provincial())
                    .map(Locality::code).sorted().toList();
            List<LoadTest.Client> people = new ArrayList<>();
            Map<String, Map<String, Object>> startData = new LinkedHashMap<>();
            StartFormSamples samples = new StartFormSamples(seed);
            for (int i = 0; i < clients; i++) {
                boolean analyst = i % 5 == 0;
                String province = provinces.get(i % provinces.size());
                String username = "load-" + i;
                Grant grant = analyst ? Grant.of(AccountRole.ANALYST)
                        : new Grant(AccountRole.CASE_OFFICER, province, List.of("applicant", "tu-phap", "cong-an"));
                String first = Passwords.randomSecret(15);
                application.accounts().create(new AccountRequest(username, "Người thử tải " + i, first,
                        List.of(grant), null), setup);
                application.accounts().changePassword(username, first, Passwords.randomSecret(15), setup);
                people.add(new LoadTest.Client(application.accounts().createToken(username, "load-test", setup)
                        .secret(), analyst, analyst ? null : province));
                if (!analyst) {
                    startData.computeIfAbsent(province, p -> samples.sample(
                            application.workflows().startForm(LoadTest.CASE_PROCEDURE, p), p));
                }
            }
            Javalin server = application.webServer().create().start("127.0.0.1", 0);
            try {
                out.printf("load test: %d clients (%d analysts, %d case officers) for %d s against %s%n", clients,
                        people.stream().filter(LoadTest.Client::analyst).count(),
                        people.stream().filter(c -> !c.analyst()).count(), seconds, database.describe());
                LoadTest.Result result = new LoadTest("http://127.0.0.1:" + server.port(), adminToken, people,
                        startData, Duration.ofSeconds(seconds), seed).run();
                print(out, result);
                return result.passed() ? 0 : 1;
            } finally {
                server.stop();
            }
        } finally {
            deleteQuietly(folder);
        }
    }

    static void print(java.io.PrintWriter out, LoadTest.Result result) {
        out.printf("%-14s %8s %8s %9s %7s %7s %9s %9s%n", "operation", "calls", "409", "other 4xx", "5xx",
                "failed", "p50 ms", "p99 ms");
        for (LoadTest.Operation o : result.operations()) {
            out.printf("%-14s %8d %8d %9d %7d %7d %9.1f %9.1f%n", o.name(), o.calls(), o.conflicts(), o.refused(),
                    o.serverErrors(), o.transportErrors(), o.p50Millis(), o.p99Millis());
        }
        out.printf("%d calls in %.1f s: %.1f calls/s; %d server errors (5xx), %d failed connections%n",
                result.calls(), result.seconds(), result.callsPerSecond(), result.serverErrors(),
                result.transportErrors());
        if (result.lost().isEmpty()) {
            out.println("every acknowledged write is there exactly once (model versions, cases, completed cases)");
        } else {
            result.lost().forEach(line -> out.println("LOST OR DUPLICATED: " + line));
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
