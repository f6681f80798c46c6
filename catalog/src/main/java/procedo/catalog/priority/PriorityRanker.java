package procedo.catalog.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Scores and ranks candidates. For each criterion the raw value x is put on its scale (x' = x or ln(1 + x)) and
 * min-max normalised over the candidates to n in 0..1 (0 for all when they are equal); the contribution is
 * 100 × (weight ÷ Σ weights) × n rounded half-up to 2 decimals, and the score is the sum of the contributions.
 * Ties break by annual cost, then volume (both descending), then code. Works on primitives so that a national
 * catalog ranks in milliseconds; result records are made only for the page asked for.
 */
public final class PriorityRanker {

    private static final Criterion[] CRITERIA = Criterion.values();

    public Ranking rank(List<PriorityCandidate> candidates, PriorityProfile profile) {
        int n = candidates.size();
        int k = CRITERIA.length;
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : CRITERIA) {
            total = total.add(profile.weight(c));
        }
        BigDecimal[] effective = new BigDecimal[k];
        double[] weight = new double[k];
        for (int j = 0; j < k; j++) {
            effective[j] = profile.weight(CRITERIA[j]).divide(total, 6, RoundingMode.HALF_UP);
            weight[j] = effective[j].doubleValue();
        }
        double[][] normalized = new double[k][n];
        double[] min = new double[k];
        double[] max = new double[k];
        for (int j = 0; j < k; j++) {
            Criterion criterion = CRITERIA[j];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double[] column = normalized[j];
            for (int i = 0; i < n; i++) {
                double x = criterion.scale().apply(candidates.get(i).rawAsDouble(criterion));
                column[i] = x;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            min[j] = n == 0 ? 0 : lo;
            max[j] = n == 0 ? 0 : hi;
            double range = hi - lo;
            for (int i = 0; i < n; i++) {
                column[i] = range > 0 ? round6((column[i] - lo) / range) : 0;
            }
        }
        long[][] contribution = new long[k][n];
        long[] score = new long[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                long c = Math.round(10_000 * weight[j] * normalized[j][i]);
                contribution[j][i] = c;
                score[i] += c;
            }
        }
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            cost[i] = candidates.get(i).annualCostVnd().doubleValue();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byPriority = (a, b) -> {
            int c = Long.compare(score[b], score[a]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(cost[b], cost[a]);
            if (c != 0) {
                return c;
            }
            PriorityCandidate x = candidates.get(a);
            PriorityCandidate y = candidates.get(b);
            c = y.annualCostVnd().compareTo(x.annualCostVnd());
            if (c != 0) {
                return c;
            }
            c = Long.compare(y.volume(), x.volume());
            return c != 0 ? c : x.code().compareTo(y.code());
        };
        Arrays.sort(order, byPriority);
        return new Ranking(profile, List.copyOf(candidates), order, score, contribution, normalized, effective, min, max);
    }

    /** Rounds half-up to 6 decimals, the precision the explanation shows, so that it recomputes by hand. */
    private static double round6(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
