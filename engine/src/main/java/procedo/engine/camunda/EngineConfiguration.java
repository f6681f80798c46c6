package procedo.engine.camunda;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import procedo.engine.EngineSettings;
import procedo.engine.EngineText;
import procedo.engine.WorkflowException;

/**
 * The engine's configuration: full history, the schema created or updated on start, the job executor as the
 * settings ask. Procedo's engine adds its listeners and the locality as tenant; the bare engine of the benchmark
 * has the same configuration without them.
 */
final class EngineConfiguration {

    private EngineConfiguration() {
    }

    /** The configuration of Procedo's engine. */
    static StandaloneProcessEngineConfiguration procedo(EngineSettings settings) {
        StandaloneProcessEngineConfiguration c = bare(settings);
        c.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new CaseListeners(settings.dueDates()))));
        // A case of the national workflow belongs to its locality as Camunda tenant, as a case of a locality's own
        // workflow does: its tasks and its history carry the locality without a variable to read.
        c.setTenantIdProvider(new LocalityAsTenant());
        return c;
    }

    /**
     * The same engine without what Procedo adds to it (for the benchmark). Like Procedo's, it shares the SQL mappings
     * read by an engine started before it ({@link SharedMappingsConfiguration}), which changes its start only.
     */
    static StandaloneProcessEngineConfiguration bare(EngineSettings settings) {
        StandaloneProcessEngineConfiguration c = new SharedMappingsConfiguration();
        c.setProcessEngineName("procedo-" + settings.nodeName());
        c.setDataSource(settings.dataSource());
        c.setDatabaseSchemaUpdate("true");
        // Camunda looks for its tables in this schema only: other schemas of the server may hold other engines.
        String schema = currentSchema(settings.dataSource());
        c.setDatabaseSchema(schema);
        c.setDatabaseTablePrefix(schema + ".");
        c.setHistory("full");
        c.setMetricsEnabled(false);
        // Localities are tenants of the workflows, not of the people: officers see every locality's tasks.
        c.setTenantCheckEnabled(false);
        c.setTaskMetricsEnabled(false);
        c.setDbMetricsReporterActivate(false);
        // Ids from UUIDs, not from blocks counted in a table row: nodes sharing the database never compete for the
        // row, and no command needs a second connection for a new block while it holds one (with every pooled
        // connection held by job threads, that wait had no end).
        c.setIdGenerator(new StrongUuidGenerator());
        c.setJobExecutorActivate(settings.jobExecutor());
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        // At most four jobs at once (plus the acquisition): jobs never take every connection of a pool that the
        // web server and the catalog share.
        jobs.setCorePoolSize(2);
        jobs.setMaxPoolSize(4);
        jobs.setQueueSize(4);
        jobs.setLockOwner(settings.nodeName());
        jobs.setWaitTimeInMillis(1000);
        jobs.setMaxWait(5000);
        c.setJobExecutor(jobs);
        return c;
    }

    private static String currentSchema(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getSchema();
        } catch (SQLException e) {
            throw new WorkflowException(EngineText.of("engine.database.unreachable", e.getMessage()), e);
        }
    }
}
