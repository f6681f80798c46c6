package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.List;

/**
 * The procedures to bring online within an effort budget: {@code selected} (in the order they were offered)
 * maximises the total annual saving among all sets whose total effort fits {@code budgetDays}.
 * {@code candidatesConsidered} counts the candidates that could have been chosen, i.e. those with a positive
 * saving and an effort within the budget.
 *
 * <p>Contract: the totals are those of {@code selected}, and {@code totalEffortDays ≤ budgetDays}.
 */
public record Portfolio(int budgetDays, List<PortfolioCandidate> selected, int totalEffortDays,
                        BigDecimal totalSavingVnd, int candidatesConsidered) {

    public Portfolio {
        selected = List.copyOf(selected);
        long effort = selected.stream().mapToLong(PortfolioCandidate::effortDays).sum();
        BigDecimal saving = selected.stream().map(PortfolioCandidate::savingVnd)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (budgetDays < 0 || effort != totalEffortDays || effort > budgetDays
                || totalSavingVnd == null || saving.compareTo(totalSavingVnd) != 0
                || candidatesConsidered < selected.size()) {
            throw new IllegalArgumentException("a portfolio's totals are those of its selection, within budget");
        }
    }
}
