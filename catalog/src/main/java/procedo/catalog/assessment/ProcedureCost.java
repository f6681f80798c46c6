package procedo.catalog.assessment;

import procedo.catalog.cost.CostComparison;

/**
 * The compliance cost of one catalog procedure in one scope: the inputs besides the activities ({@code basis}),
 * and the as-is and to-be calculations with the saving. {@code toBeBasis} says whether the to-be is an analyst's
 * design or the full-online estimate.
 */
public record ProcedureCost(String code, String name, CostBasis basis, ToBeBasis toBeBasis,
                            CostComparison comparison) {
}
