package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.List;

/** The set of procedures with the greatest total saving whose total effort fits the budget, and its totals. */
public record Portfolio(int budgetDays, List<PortfolioCandidate> selected, int totalEffortDays,
                        BigDecimal totalSavingVnd, int candidatesConsidered) {

    public Portfolio {
        selected = List.copyOf(selected);
    }
}
