package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.Map;
import procedo.catalog.priority.Criterion;
import procedo.catalog.procedure.ProcedureFilter;

/**
 * Which candidates compete for an effort budget (person-days) and in which scope their savings count; the profile
 * (and optional "what if" weights replacing its own) under which each chosen procedure's priority rank is shown; and
 * how many of the procedures left out the answer lists one by one (all are counted by reason).
 */
public record PortfolioRequest(Scope scope, ProcedureFilter filter, OnlineInclusion online, int budgetDays,
                               String profileName, Map<Criterion, BigDecimal> weights, int leftOutListed) {

    /** The number of left-out procedures listed when a request does not say. */
    public static final int LEFT_OUT_LISTED = 500;

    public PortfolioRequest {
        filter = filter == null ? ProcedureFilter.none() : filter;
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        leftOutListed = Math.max(0, leftOutListed);
    }

    /** A request under the default profile, listing up to {@value #LEFT_OUT_LISTED} left-out procedures. */
    public PortfolioRequest(Scope scope, ProcedureFilter filter, OnlineInclusion online, int budgetDays) {
        this(scope, filter, online, budgetDays, null, Map.of(), LEFT_OUT_LISTED);
    }

    /** The same request listing every procedure left out (for an export). */
    public PortfolioRequest listingEveryLeftOut() {
        return new PortfolioRequest(scope, filter, online, budgetDays, profileName, weights, Integer.MAX_VALUE);
    }
}
