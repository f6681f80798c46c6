package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.error.InvalidInputException;

/**
 * Chooses the portfolio exactly: a 0/1 knapsack over whole person-days solved by dynamic programming, with the
 * savings scaled to exact integers (no rounding). Time and memory grow with candidates × budget; instances whose
 * decision table would pass {@link #MAX_CELLS} cells are refused rather than approximated.
 */
public final class PortfolioOptimizer {

    public static final int MAX_BUDGET_DAYS = 1_000_000;
    public static final long MAX_CELLS = 1_500_000_000L;
    private static final int MAX_SCALE = 6;

    public Portfolio optimize(List<PortfolioCandidate> candidates, int budgetDays) {
        if (budgetDays < 0 || budgetDays > MAX_BUDGET_DAYS) {
            throw InvalidInputException.of("budgetDays", "must be between 0 and " + MAX_BUDGET_DAYS + " person-days");
        }
        List<PortfolioCandidate> items = new ArrayList<>();
        long totalEffort = 0;
        int scale = 0;
        for (PortfolioCandidate c : candidates) {
            if (c.savingVnd().signum() > 0 && c.effortDays() <= budgetDays) {
                items.add(c);
                totalEffort += c.effortDays();
                scale = Math.max(scale, c.savingVnd().stripTrailingZeros().scale());
            }
        }
        if (scale > MAX_SCALE) {
            throw InvalidInputException.of("savingVnd", "savings with more than " + MAX_SCALE + " decimals");
        }
        int capacity = (int) Math.min(budgetDays, totalEffort);
        int n = items.size();
        if ((long) n * (capacity + 1) > MAX_CELLS) {
            throw InvalidInputException.of("budgetDays", "too large for an exact portfolio of " + n
                    + " candidates (at most " + MAX_CELLS + " candidate × day cells); narrow the candidates");
        }
        long[] value = new long[n];
        for (int i = 0; i < n; i++) {
            try {
                value[i] = items.get(i).savingVnd().movePointRight(Math.max(scale, 0)).longValueExact();
            } catch (ArithmeticException e) {
                throw InvalidInputException.of("savingVnd", "saving of " + items.get(i).code() + " is too large");
            }
        }
        int words = (capacity + 1 + 63) >>> 6;
        long[][] taken = new long[n][words];
        long[] best = new long[capacity + 1];
        for (int i = 0; i < n; i++) {
            int effort = items.get(i).effortDays();
            long v = value[i];
            long[] row = taken[i];
            for (int c = capacity; c >= effort; c--) {
                long with = best[c - effort] + v;
                if (with < 0) {
                    throw InvalidInputException.of("savingVnd", "total saving overflows");
                }
                if (with > best[c]) {
                    best[c] = with;
                    row[c >>> 6] |= 1L << (c & 63);
                }
            }
        }
        boolean[] chosen = new boolean[n];
        int c = capacity;
        for (int i = n - 1; i >= 0; i--) {
            if ((taken[i][c >>> 6] & (1L << (c & 63))) != 0) {
                chosen[i] = true;
                c -= items.get(i).effortDays();
            }
        }
        List<PortfolioCandidate> selected = new ArrayList<>();
        int effort = 0;
        BigDecimal saving = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                PortfolioCandidate item = items.get(i);
                selected.add(item);
                effort += item.effortDays();
                saving = saving.add(item.savingVnd());
            }
        }
        return new Portfolio(budgetDays, selected, effort,
                saving.signum() == 0 ? BigDecimal.ZERO : saving.stripTrailingZeros(), candidates.size());
    }
}
