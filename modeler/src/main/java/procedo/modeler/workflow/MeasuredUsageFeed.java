package procedo.modeler.workflow;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import procedo.catalog.account.Actor;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.usage.MeasuredCoverage;
import procedo.catalog.usage.MeasuredUsage;
import procedo.catalog.usage.MeasuredUsageService;
import procedo.engine.CaseSummary;
import procedo.engine.Coverage;
import procedo.engine.DeployedWorkflow;
import procedo.engine.MeasuredVolume;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;

/**
 * The one way what the engine measures flows back into the catalog: per procedure, locality and year, the cases
 * started, those online and those completed on time, kept as the procedure's measurements apart from its usage
 * statistics. A measurement stands for the province's yearly volume (and is recorded as MEASURED usage, projected
 * to a year) only when every case it counts ran on a workflow covering ALL the dossiers of its scope and it covers
 * at least {@link #daysForYear()} days; a pilot's, or a shorter one, is shown beside the statistics. Training and
 * simulated cases never count (the engine leaves them out). It is fed by the cases started
 * or ended on this node ({@link #caseChanged}) and, once {@link #start started}, by its own scheduler, which
 * re-counts every deployed procedure whose cases changed — here, on another node sharing the database, or in a
 * load run. Reading figures never feeds it.
 */
public final class MeasuredUsageFeed implements AutoCloseable {

    /** How often a server re-counts the deployed procedures. */
    public static final Duration SERVER_INTERVAL = Duration.ofSeconds(15);

    /** The days a measurement must cover before it may stand for a year, unless configured otherwise. */
    public static final int DEFAULT_DAYS_FOR_YEAR = 90;

    private static final Logger LOG = LoggerFactory.getLogger(MeasuredUsageFeed.class);
    /** Who the measured figures are recorded as written by. */
    private static final Actor FEED = Actor.system("measured usage");

    private final MeasuredUsageService measured;
    private final LocalityRepository localities;
    private final Supplier<WorkflowEngine> engine;
    private volatile int daysForYear = DEFAULT_DAYS_FOR_YEAR;
    private volatile LocalDate lastFeedDay;
    private final Set<String> changedSinceFeed = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> caseEventsSeen = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public MeasuredUsageFeed(MeasuredUsageService measured, LocalityRepository localities,
                             Supplier<WorkflowEngine> engine) {
        this.measured = measured;
        this.localities = localities;
        this.engine = engine;
    }

    /**
     * Records at once the measured usage of the case's locality and year (a few counts), so that the ranking
     * follows each case started or ended here; when that fails, the next scheduled run records it.
     */
    public void caseChanged(CaseSummary c) {
        if (c.procedureCode() == null || c.locality() == null || c.startedAt() == null) {
            return;
        }
        try {
            int year = c.startedAt().atZone(Deadlines.VIETNAM_ZONE).getYear();
            MeasuredVolume v = engine.get().measuredVolume(c.procedureCode(), c.locality(), year);
            if (v.started() == 0) {
                return;
            }
            measured.record(c.procedureCode(), List.of(measurement(c.procedureCode(), v,
                    engine.get().deployments(c.procedureCode()))), FEED);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the measured usage of case {}: {}", c.id(), e.getMessage());
            changedSinceFeed.add(c.procedureCode());
        }
    }

    /**
     * Records the measured usage of every procedure whose cases started or ended since the last run, here or on
     * another node sharing the database, and of every deployed procedure on a run of a new day (its measurements
     * cover one day more); returns the number of figures recorded.
     */
    public int feed() {
        LocalDate today = engine.get().now().atZone(Deadlines.VIETNAM_ZONE).toLocalDate();
        if (!today.equals(lastFeedDay)) {
            // a new day: every measurement covers one day more, which may now be enough to stand for its year
            caseEventsSeen.clear();
            lastFeedDay = today;
        }
        Set<String> codes = new TreeSet<>(changedSinceFeed);
        engine.get().latestDeployments().forEach(w -> codes.add(w.procedureCode()));
        int recorded = 0;
        for (String code : codes) {
            try {
                long events = engine.get().caseEvents(code);
                Long seen = caseEventsSeen.get(code);
                if (changedSinceFeed.remove(code) || seen == null || seen != events) {
                    recorded += feed(code);
                    caseEventsSeen.put(code, events);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not record the measured usage of {}: {}", code, e.getMessage());
                changedSinceFeed.add(code);
            }
        }
        return recorded;
    }

    /** Records a procedure's measured usage now: one figure per province and year with cases; returns how many. */
    public int feed(String code) {
        List<MeasuredUsage> figures = new ArrayList<>();
        List<DeployedWorkflow> deployed = engine.get().deployments(code);
        for (MeasuredVolume v : engine.get().measuredVolumes(code)) {
            if (isProvince(v.locality())) {
                figures.add(measurement(code, v, deployed));
            }
        }
        if (!figures.isEmpty()) {
            measured.record(code, figures, FEED);
        }
        return figures.size();
    }

    /** The days a measurement must cover before it may stand for a province's yearly volume. */
    public int daysForYear() {
        return daysForYear;
    }

    /** Sets the days a measurement must cover before it may stand for a year (1 to 366). */
    public void requireDaysForYear(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("the days a measurement must cover are 1 to 366");
        }
        this.daysForYear = days;
    }

    private MeasuredUsage measurement(String code, MeasuredVolume v, List<DeployedWorkflow> deployed) {
        LocalDate today = engine.get().now().atZone(Deadlines.VIETNAM_ZONE).toLocalDate();
        LocalDate end = LocalDate.of(v.year(), 12, 31);
        end = today.isBefore(end) ? today : end;
        int days = v.coveredDays() == null ? Year.of(v.year()).length() : v.coveredDays();
        LocalDate start = end.minusDays(days - 1L);
        List<DeployedWorkflow> serving = serving(deployed, v.locality());
        Coverage coverage = serving.isEmpty() ? Coverage.ALL : serving.get(serving.size() - 1).coverage();
        boolean allCovered = true;
        for (int i = 0; i < serving.size(); i++) {
            DeployedWorkflow w = serving.get(i);
            LocalDate from = w.deployedAt().atZone(Deadlines.VIETNAM_ZONE).toLocalDate();
            LocalDate until = i + 1 < serving.size()
                    ? serving.get(i + 1).deployedAt().atZone(Deadlines.VIETNAM_ZONE).toLocalDate() : LocalDate.MAX;
            boolean servedInPeriod = !from.isAfter(end) && !until.isBefore(start);
            if (servedInPeriod && w.coverage() != Coverage.ALL) {
                allCovered = false;
            }
        }
        if (!allCovered) {
            coverage = Coverage.PILOT;
        }
        boolean stands = coverage == Coverage.ALL && days >= daysForYear;
        return MeasuredUsage.of(code, v.locality(), v.year(), MeasuredCoverage.valueOf(coverage.name()), v.started(),
                v.online(), v.completedOnTime(), v.coveredDays(), stands, engine.get().now());
    }

    /**
     * The versions that received the province's dossiers, oldest first: the national ones until the province got
     * a version of its own, then its own.
     */
    private static List<DeployedWorkflow> serving(List<DeployedWorkflow> deployed, String locality) {
        List<DeployedWorkflow> sorted = deployed.stream().filter(w -> w.deployedAt() != null)
                .filter(w -> w.locality() == null || w.locality().equals(locality))
                .sorted(Comparator.comparing(DeployedWorkflow::deployedAt)).toList();
        List<DeployedWorkflow> serving = new ArrayList<>();
        boolean local = false;
        for (DeployedWorkflow w : sorted) {
            if (w.locality() != null) {
                local = true;
                serving.add(w);
            } else if (!local) {
                serving.add(w);
            }
        }
        return serving;
    }

    /** Runs {@link #feed()} every {@code interval} in a background thread until {@link #close()}. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            throw new IllegalStateException("the measured-usage feed runs already");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "procedo-measured-usage");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::scheduledFeed, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void scheduledFeed() {
        try {
            feed();
        } catch (RuntimeException e) {
            LOG.warn("Recording measured usage failed: {}", e.getMessage());
        }
    }

    /** Stops the scheduler, waiting briefly for a run under way. */
    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    private boolean isProvince(String code) {
        return localities.locality(code).filter(l -> l.kind().provincial()).isPresent();
    }
}
