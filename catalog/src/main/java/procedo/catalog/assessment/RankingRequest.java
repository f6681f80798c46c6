package procedo.catalog.assessment;

import procedo.catalog.procedure.ProcedureFilter;

/**
 * What to rank: the scope, the profile's name, the catalog filters, whether procedures already fully online
 * take part ({@link OnlineInclusion}), and the page.
 */
public record RankingRequest(Scope scope, String profileName, ProcedureFilter filter, OnlineInclusion online,
                             int offset, int limit) {
}
