package procedo.modeler.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import procedo.catalog.account.AccountService;
import procedo.engine.calendar.HolidayCalendar;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import procedo.modeler.workflow.CandidateGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import procedo.modeler.Application;

/** Starts the web application on the embedded database, loading the demo catalog on first start. */
@Command(name = "serve", description = "Start the web application (loads the demo catalog into an empty database).")
public final class ServeCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "${env:PROCEDO_PORT:-7070}", description = "HTTP port (default 7070, env PROCEDO_PORT).")
    int port;

    @Option(names = "--host", defaultValue = "${env:PROCEDO_HOST:-localhost}",
            description = "Interface to listen on (default localhost, env PROCEDO_HOST).")
    String host;

    @Option(names = "--trusted-proxy", split = ",", defaultValue = "${env:PROCEDO_TRUSTED_PROXIES}",
            description = "Addresses of the reverse proxies in front of Procedo whose X-Forwarded-For and "
                    + "X-Forwarded-Proto are believed (comma-separated; env PROCEDO_TRUSTED_PROXIES).")
    java.util.List<String> trustedProxies;

    @Option(names = "--public-host", split = ",", defaultValue = "${env:PROCEDO_PUBLIC_HOSTS}",
            description = "Host names (host or host:port, comma-separated) the server answers to beside localhost, "
                    + "127.0.0.1 and [::1]: the names a reverse proxy or the users' browsers use "
                    + "(env PROCEDO_PUBLIC_HOSTS). Requests naming another host are refused.")
    List<String> publicHosts;

    @Option(names = "--node", defaultValue = "${env:PROCEDO_NODE:-procedo}",
            description = "This node's name, unique among the nodes sharing one PostgreSQL database (env PROCEDO_NODE).")
    String node;

    @Option(names = "--holidays", defaultValue = "${env:PROCEDO_HOLIDAYS}",
            description = "A working-day calendar file (CSV: date,kind,name) instead of the bundled Vietnamese one "
                    + "(env PROCEDO_HOLIDAYS).")
    Path holidays;

    @Option(names = "--candidate-groups", defaultValue = "${env:PROCEDO_CANDIDATE_GROUPS}",
            description = "A list of candidate groups that the modeler offers for user tasks (UTF-8, one 'id = name' a "
                    + "line) instead of the bundled one (env PROCEDO_CANDIDATE_GROUPS).")
    Path candidateGroups;

    @Option(names = "--observatory-thresholds", defaultValue = "${env:PROCEDO_OBSERVATORY_THRESHOLDS}",
            description = "The observatory's colour thresholds (UTF-8 properties, '<column>.good = …' and "
                    + "'<column>.poor = …') in place of the bundled ones they name (env PROCEDO_OBSERVATORY_THRESHOLDS).")
    Path observatoryThresholds;

    @Option(names = "--measured-days-for-year", defaultValue = "${env:PROCEDO_MEASURED_DAYS_FOR_YEAR:-90}",
            description = "The days a deployed workflow covering all dossiers must have measured before its count, "
                    + "projected to a year, stands for a province's yearly volume (default 90, env "
                    + "PROCEDO_MEASURED_DAYS_FOR_YEAR). Until then, and always for pilots, it is shown beside the "
                    + "usage statistics.")
    int measuredDaysForYear;

    /** The configured public names, and the interface listened on when it is a name rather than every interface. */
    private List<String> servedNames() {
        List<String> names = new ArrayList<>(publicHosts == null ? List.of() : publicHosts);
        if (!List.of("0.0.0.0", "::", "[::]", "").contains(host.strip())) {
            names.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]:" + port : host + ":" + port);
        }
        return names;
    }

    @Override
    public void run() {
        HolidayCalendar calendar = holidays == null ? HolidayCalendar.vietnam() : HolidayCalendar.load(holidays);
        Application application = Application.open(database.settings(),
                Application.EngineOptions.server(node, calendar));
        Javalin server;
        try {
            application.measuredUsage().requireDaysForYear(measuredDaysForYear);
            if (candidateGroups != null) {
                application.useCandidateGroups(CandidateGroups.Configured.load(candidateGroups));
            }
            if (observatoryThresholds != null) {
                application.useObservatoryThresholds(
                        procedo.modeler.observatory.ThresholdSettings.load(observatoryThresholds));
            }
            application.loadDemoIfEmpty();
            firstAdministrator(application);
            application.engine(); // jobs and the escalation sweep run from the start
            server = application.webServer(trustedProxies == null ? java.util.Set.of()
                    : java.util.Set.copyOf(trustedProxies)).withPublicHosts(servedNames()).create().start(host, port);
            application.announceServer(localAddress(host, server.port()));
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping Procedo");
            server.stop();
            application.close();
            stopped.countDown();
        }, "procedo-shutdown"));
        LOG.info("Procedo is ready at http://{}:{}/ (database {})", host, server.port(),
                database.settings().describe());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On a database without users, creates the administrator {@code admin}: with {@code PROCEDO_ADMIN_PASSWORD}
     * when set, otherwise with a one-time password printed here, to be changed at first sign-in.
     */
    static void firstAdministrator(Application application) {
        String configured = System.getenv("PROCEDO_ADMIN_PASSWORD");
        application.accounts().ensureFirstAdmin(Optional.ofNullable(configured).filter(p -> !p.isBlank()))
                .ifPresentOrElse(oneTime -> LOG.warn("""

                        ============================================================
                          First start: sign in as '{}' with the one-time password
                              {}
                          You will be asked to choose your own password.
                          (Set PROCEDO_ADMIN_PASSWORD to choose it in advance.)
                        ============================================================""",
                                AccountService.FIRST_ADMIN, oneTime),
                        () -> { });
    }

    /** Where a command on this machine reaches the server (a server on every interface is reached on loopback). */
    static String localAddress(String host, int port) {
        String reachable = host.equals("0.0.0.0") || host.equals("::") || host.isBlank() ? "localhost" : host;
        return "http://" + (reachable.contains(":") ? "[" + reachable + "]" : reachable) + ":" + port;
    }
}
