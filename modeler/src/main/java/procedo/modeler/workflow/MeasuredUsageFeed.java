package procedo.modeler.workflow;

import java.time.Duration;
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
import procedo.catalog.locality.LocalityKind;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.usage.UsageFigure;
import procedo.catalog.usage.UsageService;
import procedo.catalog.usage.UsageSource;
import procedo.engine.CaseSummary;
import procedo.engine.MeasuredVolume;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;

/**
 * The one way what the engine measures flows back into the catalog: per procedure, locality and year, the cases
 * started, those online and those completed on time, recorded as MEASURED usage. It is fed by the cases started
 * or ended on this node ({@link #caseChanged}) and, once {@link #start started}, by its own scheduler, which
 * re-counts every deployed procedure whose cases changed — here, on another node sharing the database, or in a
 * load run. Reading figures never feeds it.
 */
public final class MeasuredUsageFeed implements AutoCloseable {

    /** How often a server re-counts the deployed procedures. */
    public static final Duration SERVER_INTERVAL = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(MeasuredUsageFeed.class);
    /** Who the measured figures are recorded as written by. */
    private static final Actor FEED = Actor.system("measured usage");

    private final UsageService usage;
    private final LocalityRepository localities;
    private final Supplier<WorkflowEngine> engine;
    private final Set<String> changedSinceFeed = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> caseEventsSeen = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public MeasuredUsageFeed(UsageService usage, LocalityRepository localities, Supplier<WorkflowEngine> engine) {
        this.usage = usage;
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
            usage.record(c.procedureCode(), List.of(figure(v)), FEED);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the measured usage of case {}: {}", c.id(), e.getMessage());
            changedSinceFeed.add(c.procedureCode());
        }
    }

    /**
     * Records the measured usage of every procedure whose cases started or ended since the last run, here or on
     * another node sharing the database; returns the number of figures recorded.
     */
    public int feed() {
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
        List<UsageFigure> figures = new ArrayList<>();
        for (MeasuredVolume v : engine.get().measuredVolumes(code)) {
            if (isProvince(v.locality())) {
                figures.add(figure(v));
            }
        }
        if (!figures.isEmpty()) {
            usage.record(code, figures, FEED);
        }
        return figures.size();
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
        return localities.locality(code).filter(l -> l.kind() == LocalityKind.CITY
                || l.kind() == LocalityKind.PROVINCE).isPresent();
    }

    private static UsageFigure figure(MeasuredVolume v) {
        return new UsageFigure(v.locality(), v.year(), UsageSource.MEASURED, v.started(), v.online(),
                v.completedOnTime(), v.coveredDays());
    }
}
