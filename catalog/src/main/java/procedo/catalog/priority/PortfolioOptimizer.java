package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Text;

/**
 * Chooses which procedures to bring online within an effort budget so that the total annual saving is as large
 * as possible — the exact optimum of the 0/1 knapsack, not a greedy guess.
 *
 * <p>Candidates with no saving or with more effort than the whole budget are set aside first. Savings are
 * compared exactly: each is scaled to the largest number of decimals among them (at most 6) as a {@code long}.
 * Work is proportional to (candidates kept) × min(budget, their total effort); 10,000 candidates against a
 * budget of 100,000 days take about a second. Among equally good portfolios the result is always the same: going
 * from the last candidate back, one is left out whenever an equally good portfolio without it exists, so earlier
 * candidates are favoured.
 *
 * <p>Refused with {@link InvalidInputException}: a budget outside 0..1,000,000 days ({@code budgetDays}); a saving
 * with more than 6 decimals; savings whose total does not fit the exact arithmetic; instances needing more than
 * 1.5 × 10⁹ decisions (candidates kept × (capacity + 1)).
 */
public final class PortfolioOptimizer {

    /** The largest effort budget accepted, in days. */
    public static final int MAX_BUDGET_DAYS = 1_000_000;
    /** The largest number of (candidate, capacity) decisions the optimiser keeps for rebuilding the choice. */
    public static final long MAX_DECISIONS = 1_500_000_000L;
    private static final int MAX_SAVING_DECIMALS = 6;

    public Portfolio optimize(List<PortfolioCandidate> candidates, int budgetDays) {
        Problems problems = new Problems();
        problems.addIf(candidates == null, "candidates", Text.of("catalog.problem.requiredAll"));
        problems.addIf(budgetDays < 0 || budgetDays > MAX_BUDGET_DAYS,
                "budgetDays", Text.of("catalog.problem.between", 0, BigDecimal.valueOf(MAX_BUDGET_DAYS)));
        problems.throwIfAny();

        List<PortfolioCandidate> given = new ArrayList<>(candidates);
        List<Integer> kept = new ArrayList<>();
        int scale = 0;
        int index = 0;
        for (PortfolioCandidate candidate : given) {
            String location = "candidates[" + index + "]";
            if (!problems.addIf(candidate == null, location, Text.of("catalog.problem.required"))) {
                int decimals = decimals(candidate.savingVnd());
                problems.addIf(decimals > MAX_SAVING_DECIMALS, location + ".savingVnd",
                        Text.of("catalog.problem.decimals", MAX_SAVING_DECIMALS));
                if (candidate.savingVnd().signum() > 0 && candidate.effortDays() <= budgetDays) {
                    kept.add(index);
                    scale = Math.max(scale, decimals);
                }
            }
            index++;
        }
        problems.throwIfAny();

        int n = kept.size();
        int[] effort = new int[n];
        long[] value = new long[n];
        long totalEffort = 0;
        long totalValue = 0;
        for (int i = 0; i < n; i++) {
            PortfolioCandidate candidate = given.get(kept.get(i));
            effort[i] = candidate.effortDays();
            value[i] = scaled(candidate.savingVnd(), scale, "candidates[" + kept.get(i) + "].savingVnd");
            totalEffort += effort[i];
            try {
                totalValue = Math.addExact(totalValue, value[i]);
            } catch (ArithmeticException overflow) {
                throw InvalidInputException.of("candidates", Text.of("catalog.priority.totalTooLarge", scale));
            }
        }
        int capacity = (int) Math.min(budgetDays, totalEffort);
        if ((long) n * (capacity + 1L) > MAX_DECISIONS) {
            throw InvalidInputException.of("candidates", Text.of("catalog.priority.tooManyDecisions", n, capacity,
                    MAX_DECISIONS));
        }

        boolean[] chosen = Knapsack.solve(effort, value, capacity);
        List<PortfolioCandidate> selected = new ArrayList<>();
        int selectedEffort = 0;
        BigDecimal selectedSaving = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                PortfolioCandidate candidate = given.get(kept.get(i));
                selected.add(candidate);
                selectedEffort += candidate.effortDays();
                selectedSaving = selectedSaving.add(candidate.savingVnd());
            }
        }
        return new Portfolio(budgetDays, selected, selectedEffort, selectedSaving, n);
    }

    private static int decimals(BigDecimal amount) {
        return Decimals.places(amount);
    }

    /** {@code amount × 10^scale} as an exact long. */
    private static long scaled(BigDecimal amount, int scale, String location) {
        BigDecimal stripped = Decimals.plain(amount);
        int decimals = stripped.scale();
        try {
            long unscaled = stripped.setScale(decimals).unscaledValue().longValueExact();
            return Math.multiplyExact(unscaled, BigDecimal.TEN.pow(scale - decimals).longValueExact());
        } catch (ArithmeticException overflow) {
            throw InvalidInputException.of(location, Text.of("catalog.priority.tooLargeAtScale", scale));
        }
    }
}
