package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One procedure's place in a {@link Ranking}: its {@code rank} (1 = bring online first), its {@code score}
 * from 0 to 100 (2 decimals) and the explanation, one {@link Contribution} per {@link Criterion} in declaration
 * order, summing exactly to the score.
 */
public record RankedProcedure(int rank, PriorityCandidate candidate, BigDecimal score,
                              List<Contribution> contributions) {

    public RankedProcedure {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(score, "score");
        contributions = List.copyOf(contributions);
    }

    /** The contribution of {@code criterion}. */
    public Contribution contribution(Criterion criterion) {
        return contributions.stream()
                .filter(contribution -> contribution.criterion() == criterion)
                .findFirst()
                .orElseThrow();
    }
}
