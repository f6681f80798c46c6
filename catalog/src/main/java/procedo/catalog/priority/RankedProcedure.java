package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.List;

/** A candidate's place in a ranking, its score (0–100) and the contributions that sum to it. */
public record RankedProcedure(int rank, PriorityCandidate candidate, BigDecimal score, List<Contribution> contributions) {
}
