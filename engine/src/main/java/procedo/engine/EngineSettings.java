package procedo.engine;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import javax.sql.DataSource;
import procedo.engine.calendar.Deadlines;

/**
 * How to run the embedded engine.
 *
 * @param dataSource  the database, the catalog's own (the engine adds its tables beside the catalog's)
 * @param nodeName    this node's name, unique among the nodes sharing the database (it names the engine and
 *                    the job executor's locks)
 * @param jobExecutor whether this node runs timers and other jobs in the background (every node of a cluster
 *                    does; tests and commands may run them by hand with {@link WorkflowEngine#runDueJobs()})
 * @param dueDates    the legal deadline rule (working days)
 * @param zone        the zone of the calendar: a case started on 31 December 23:30 there counts in that year
 * @param escalationSweep how often a node with the job executor on looks for cases past their due date to
 *                    escalate (30 seconds unless given)
 */
public record EngineSettings(DataSource dataSource, String nodeName, boolean jobExecutor, DueDates dueDates,
                             ZoneId zone, Duration escalationSweep) {

    public static final Duration DEFAULT_ESCALATION_SWEEP = Duration.ofSeconds(30);

    public EngineSettings(DataSource dataSource, String nodeName, boolean jobExecutor, DueDates dueDates,
                          ZoneId zone) {
        this(dataSource, nodeName, jobExecutor, dueDates, zone, DEFAULT_ESCALATION_SWEEP);
    }

    public EngineSettings {
        escalationSweep = escalationSweep == null ? DEFAULT_ESCALATION_SWEEP : escalationSweep;
        if (escalationSweep.isNegative() || escalationSweep.isZero()) {
            throw new IllegalArgumentException("escalationSweep must be positive");
        }
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(dueDates, "dueDates");
        nodeName = nodeName == null || nodeName.isBlank() ? "procedo" : nodeName;
        zone = zone == null ? Deadlines.VIETNAM_ZONE : zone;
    }
}
