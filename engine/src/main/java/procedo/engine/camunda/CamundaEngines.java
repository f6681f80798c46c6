package procedo.engine.camunda;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import procedo.engine.EngineSettings;
import procedo.engine.EngineText;
import procedo.engine.WorkflowEngine;
import procedo.engine.WorkflowException;

/** Starts the workflow engine: the entry point of this implementation for the application's composition root. */
public final class CamundaEngines {

    private CamundaEngines() {
    }

    /**
     * Starts Camunda 7 embedded in this JVM on the given database, creating or updating its tables. Close the
     * returned engine to stop it (and its job executor and escalation sweep).
     */
    public static WorkflowEngine embedded(EngineSettings settings) {
        return CamundaWorkflowEngine.start(settings);
    }

    /**
     * Whether an engine has ever run on this database (in the connection's current schema): Camunda creates its
     * tables when it first starts, so without them nothing was ever deployed and no case ever ran. Answers without
     * starting an engine.
     */
    public static boolean hasRunOn(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            for (String table : new String[] {"ACT_RE_DEPLOYMENT", "act_re_deployment"}) {
                try (ResultSet found = meta.getTables(connection.getCatalog(), schema, table, null)) {
                    if (found.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new WorkflowException(EngineText.of("engine.database.unreachable", e.getMessage()), e);
        }
    }
}
