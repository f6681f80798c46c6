package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.Map;
import procedo.catalog.priority.Criterion;
import procedo.catalog.procedure.ProcedureFilter;

/**
 * What to rank: the scope, the profile's name, the catalog filters, whether procedures already fully online
 * take part ({@link OnlineInclusion}), the page, optionally weights that replace the profile's for this one
 * ranking ("what if" weights; empty to use the profile's own), and the order the page is listed in (rank order by
 * default).
 */
public record RankingRequest(Scope scope, String profileName, ProcedureFilter filter, OnlineInclusion online,
                             int offset, int limit, Map<Criterion, BigDecimal> weights, RankingSort sort) {

    public RankingRequest {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        sort = sort == null ? RankingSort.BY_RANK : sort;
    }

    public RankingRequest(Scope scope, String profileName, ProcedureFilter filter, OnlineInclusion online,
                          int offset, int limit, Map<Criterion, BigDecimal> weights) {
        this(scope, profileName, filter, online, offset, limit, weights, RankingSort.BY_RANK);
    }

    public RankingRequest(Scope scope, String profileName, ProcedureFilter filter, OnlineInclusion online,
                          int offset, int limit) {
        this(scope, profileName, filter, online, offset, limit, Map.of(), RankingSort.BY_RANK);
    }
}
