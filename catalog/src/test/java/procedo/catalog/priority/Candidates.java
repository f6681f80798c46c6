package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import procedo.catalog.procedure.OnlineLevel;

/** Test data builders for the ranker. */
final class Candidates {

    private Candidates() {
    }

    static PriorityCandidate candidate(String code, long volume, long annualCostVnd, long savingVnd,
                                       double readiness, OnlineLevel level) {
        return new PriorityCandidate(code.hashCode(), code, "Procedure " + code, volume,
                BigDecimal.valueOf(annualCostVnd), BigDecimal.valueOf(savingVnd), readiness, level, 10);
    }

    /** A profile with the given weights as {criterion, weight} pairs. */
    static PriorityProfile profile(Object... criterionWeightPairs) {
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        for (int i = 0; i < criterionWeightPairs.length; i += 2) {
            weights.put((Criterion) criterionWeightPairs[i], new BigDecimal(criterionWeightPairs[i + 1].toString()));
        }
        return new PriorityProfile("test", "", weights, 1);
    }
}
