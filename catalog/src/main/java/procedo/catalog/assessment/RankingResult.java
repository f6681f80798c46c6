package procedo.catalog.assessment;

import java.util.List;
import procedo.catalog.priority.CriterionNormalization;
import procedo.catalog.priority.PriorityProfile;

/** A page of the ranking, with the profile and the normalisation bounds needed to recompute every score. */
public record RankingResult(String scope, PriorityProfile profile, int total, int offset, int limit,
                            List<CriterionNormalization> normalization, List<PriorityItem> items) {
}
