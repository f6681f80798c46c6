package procedo.catalog.assessment;

import java.math.BigDecimal;
import procedo.catalog.procedure.OnlineLevel;

/**
 * One procedure of a portfolio with what a reader needs to weigh it: its effort to bring online (person-days), its
 * annual saving in whole đồng, today's annual compliance cost and dossiers per year in the scope, and its rank and
 * score in the priority ranking of the same candidates under the request's profile.
 */
public record PortfolioItem(String code, String name, String field, String agencyCode, OnlineLevel onlineLevel,
                            int effortDays, BigDecimal savingVnd, BigDecimal annualCostVnd, long dossiersPerYear,
                            int rank, BigDecimal score) {
}
