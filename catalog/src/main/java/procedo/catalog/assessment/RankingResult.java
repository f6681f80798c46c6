package procedo.catalog.assessment;

import java.util.List;
import procedo.catalog.priority.CriterionNormalization;
import procedo.catalog.priority.PriorityProfile;

/**
 * A page of the ranking, with the profile and the normalisation bounds needed to recompute every score.
 *
 * @param total             how many procedures were ranked (every one reachable by paging)
 * @param sort              the order the page is listed in ({@link RankingSort#parameter()})
 * @param hiddenFullyOnline how many procedures matching the filters are left out because they are already fully
 *                          online (0 when they are included)
 */
public record RankingResult(String scope, PriorityProfile profile, int total, int offset, int limit,
                            List<CriterionNormalization> normalization, List<PriorityItem> items, String sort,
                            int hiddenFullyOnline) {
}
