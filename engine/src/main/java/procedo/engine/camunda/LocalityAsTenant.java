package procedo.engine.camunda;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * The tenant of a case started on a workflow without tenant (the national one): the case's locality, from its
 * start variables. The engine asks only for such cases; a case of a locality's own workflow has that workflow's
 * tenant, which is the same locality. A case started inside another (a called process) belongs to its caller's
 * locality.
 */
final class LocalityAsTenant implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (context.getSuperExecution() != null) {
            return context.getSuperExecution().getTenantId();
        }
        Object locality = context.getVariables() == null ? null : context.getVariables().get(CaseVariables.LOCALITY);
        return locality instanceof String s && !s.isBlank() ? s : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }
}
