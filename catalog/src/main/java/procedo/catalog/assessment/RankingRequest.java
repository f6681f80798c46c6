package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.Map;
import procedo.catalog.priority.Criterion;
import procedo.catalog.procedure.ProcedureFilter;

/**
 * What to rank: the scope, the profile's name, the catalog filters, whether procedures already fully online
 * take part ({@link OnlineInclusion}), the page, and optionally weights that replace the profile's for this one
 * ranking ("what if" weights; empty to use the profile's own).
 */
public record RankingRequest(Scope scope, String profileName, ProcedureFilter filter, OnlineInclusion online,
                             int offset, int limit, Map<Criterion, BigDecimal> weights) {

    public RankingRequest {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    public RankingRequest(Scope scope, String profileName, ProcedureFilter filter, OnlineInclusion online,
                          int offset, int limit) {
        this(scope, profileName, filter, online, offset, limit, Map.of());
    }
}
