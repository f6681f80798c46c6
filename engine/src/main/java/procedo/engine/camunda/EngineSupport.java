package procedo.engine.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the services of the adapter share: one engine command per call, who acts in it, the engine's clock, and
 * what is known of each deployed version (its model for the task list, its deployment's metadata, the procedure
 * it runs), read once per version and node.
 */
final class EngineSupport {

    /** The resource of every deployment that holds Procedo's metadata of it. */
    static final String METADATA = "procedo.properties";

    private final CommandExecutor transactions;
    private final IdentityService identity;
    private final RepositoryService repository;
    private final Map<String, WorkflowModel> models = new ConcurrentHashMap<>();
    private final Map<String, Properties> metadata = new ConcurrentHashMap<>();
    private final Map<String, String> procedureCodes = new ConcurrentHashMap<>();

    EngineSupport(CommandExecutor transactions, IdentityService identity, RepositoryService repository) {
        this.transactions = transactions;
        this.identity = identity;
        this.repository = repository;
    }

    /**
     * Runs {@code work} as one engine command: one transaction, one connection, and one entity cache, so that an
     * entity read first is not read again by the engine's services called inside (they join this command). Work
     * that may refuse returns an {@link Outcome} instead of throwing from inside.
     */
    <T> T inOneTransaction(Command<T> work) {
        return transactions.execute(work);
    }

    /** Runs {@code action} with {@code user} as the engine's authenticated user, for this call only. */
    <T> T as(String user, Supplier<T> action) {
        identity.setAuthenticatedUserId(user);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The engine's current time. */
    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** What the task list needs of a deployed version's model. */
    WorkflowModel model(String definitionId) {
        return models.computeIfAbsent(definitionId, id -> new WorkflowModel(repository.getBpmnModelInstance(id)));
    }

    /** The procedure a workflow version runs, from its deployment's metadata. */
    String procedureCode(String definitionId) {
        return procedureCodes.computeIfAbsent(definitionId, id -> metadata(repository.getProcessDefinition(id)
                .getDeploymentId()).getProperty("procedureCode"));
    }

    /** Procedo's metadata of a deployment; empty for a deployment made outside Procedo. */
    Properties metadata(String deploymentId) {
        return metadata.computeIfAbsent(deploymentId, id -> {
            Properties p = new Properties();
            try (InputStream in = repository.getResourceAsStream(id, METADATA)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | ProcessEngineException e) {
                // a deployment made outside Procedo: no metadata
            }
            return p;
        });
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
