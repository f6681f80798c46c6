package procedo.engine;

import java.time.ZoneId;
import java.util.Objects;
import javax.sql.DataSource;

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
 */
public record EngineSettings(DataSource dataSource, String nodeName, boolean jobExecutor, DueDates dueDates,
                             ZoneId zone) {

    public EngineSettings {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(dueDates, "dueDates");
        nodeName = nodeName == null || nodeName.isBlank() ? "procedo" : nodeName;
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    }
}
