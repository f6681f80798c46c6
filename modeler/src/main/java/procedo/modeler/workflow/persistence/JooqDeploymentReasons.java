package procedo.modeler.workflow.persistence;

import static procedo.catalog.persistence.jooq.Tables.DEPLOYMENT_REASONS;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import procedo.modeler.workflow.DeploymentReasons;

/** Deployment reasons in table {@code deployment_reasons}; times in UTC. */
public final class JooqDeploymentReasons implements DeploymentReasons {

    private final DSLContext dsl;

    public JooqDeploymentReasons(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(String workflowId, String reason, int warnings, String deployedBy) {
        dsl.insertInto(DEPLOYMENT_REASONS)
                .set(DEPLOYMENT_REASONS.WORKFLOW_ID, workflowId)
                .set(DEPLOYMENT_REASONS.REASON, reason)
                .set(DEPLOYMENT_REASONS.WARNINGS, warnings)
                .set(DEPLOYMENT_REASONS.DEPLOYED_BY, deployedBy)
                .set(DEPLOYMENT_REASONS.RECORDED_AT, LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
                .execute();
    }

    @Override
    public Map<String, String> reasons(Collection<String> workflowIds) {
        if (workflowIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(DEPLOYMENT_REASONS.WORKFLOW_ID, DEPLOYMENT_REASONS.REASON).from(DEPLOYMENT_REASONS)
                .where(DEPLOYMENT_REASONS.WORKFLOW_ID.in(workflowIds))
                .fetchMap(DEPLOYMENT_REASONS.WORKFLOW_ID, DEPLOYMENT_REASONS.REASON);
    }
}
