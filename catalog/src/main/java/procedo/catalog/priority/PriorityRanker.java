package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * Ranks procedures by a 0–100 priority score under a {@link PriorityProfile}.
 *
 * <p>It ranks exactly the candidates given (the caller filters and excludes). Per criterion, the raw values are
 * transformed by the criterion's {@link Criterion.Scale} and min–max normalised over the candidate set:
 * {@code n = (x' − min') ÷ (max' − min')}; when all candidates share one transformed value the criterion does not
 * separate them and every {@code n} is 0. The effective weight is {@code w = weight ÷ Σ weights}. A criterion
 * contributes {@code 100 × w × n} points rounded half-up to 2 decimals (computed in doubles: the exact value of
 * the double product {@code w × n} is what gets rounded), and the score is the sum of the contributions, so an
 * explanation always adds up. Rounding each contribution half-up could lift a candidate that is
 * (nearly) best on every criterion past 100 (weights 1, 1, 1, 1, 2 give 4 × 16.67 + 33.33 = 100.01); then the
 * hundredths in excess are taken back, one each, from the contributions that rounding lifted most (the first in
 * criterion order on equal lifts), so that 0 ≤ score ≤ 100 holds as well.
 *
 * <p>Order: score descending, then annual cost descending, then volume descending, then code ascending; ranks
 * run 1..n without gaps.
 *
 * <p>Refused with {@link procedo.catalog.error.InvalidInputException}: a missing list, profile or candidate
 * ({@code candidates[i]}), and a code given twice ({@code candidates[i].code}): codes identify procedures in
 * {@link Ranking#find}.
 *
 * <p>Cost: O(n log n) on primitives; explanations (BigDecimal records) are built only for the page asked for.
 */
public final class PriorityRanker {

    public Ranking rank(List<PriorityCandidate> candidates, PriorityProfile profile) {
        Problems problems = new Problems();
        problems.addIf(candidates == null, "candidates", Text.of("catalog.problem.requiredAll"));
        problems.addIf(profile == null, "profile", Text.of("catalog.problem.required"));
        problems.throwIfAny();
        PriorityCandidate[] given = candidates.toArray(new PriorityCandidate[0]);
        Map<String, Integer> indexByCode = new HashMap<>(given.length * 4 / 3 + 1);
        for (int j = 0; j < given.length; j++) {
            if (given[j] == null) {
                problems.add("candidates[" + j + "]", Text.of("catalog.problem.required"));
                continue;
            }
            Integer earlier = indexByCode.putIfAbsent(given[j].code(), j);
            if (earlier != null) {
                problems.add("candidates[" + j + "].code",
                        Text.of("catalog.priority.duplicateCandidate", given[j].code(), earlier));
            }
        }
        problems.throwIfAny();

        ScoreSheet sheet = new ScoreSheet(given, profile);
        int[] score = new int[given.length];
        int[] scratch = new int[ScoreSheet.CRITERIA.length];
        for (int j = 0; j < given.length; j++) {
            score[j] = sheet.contributions(j, scratch);
        }
        return new Ranking(sheet, order(given, score), indexByCode);
    }

    /**
     * Candidate indexes from best to worst: a primitive sort by score first (scores are 0..10 000 hundredths,
     * packed above the index in one long), then the full comparison only within runs of equal score.
     */
    private static int[] order(PriorityCandidate[] given, int[] score) {
        int n = given.length;
        long[] keys = new long[n];
        for (int j = 0; j < n; j++) {
            keys[j] = ((long) (ScoreSheet.FULL_SCORE - score[j]) << 32) | j;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int position = 0; position < n; position++) {
            order[position] = (int) keys[position];
        }
        Comparator<Integer> tieBreak = Comparator
                .<Integer, BigDecimal>comparing(j -> given[j].annualCostVnd(), Comparator.reverseOrder())
                .thenComparing(j -> given[j].volume(), Comparator.reverseOrder())
                .thenComparing(j -> given[j].code());
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && score[order[end]] == score[order[start]]) {
                end++;
            }
            if (end - start > 1) {
                Integer[] run = new Integer[end - start];
                for (int k = 0; k < run.length; k++) {
                    run[k] = order[start + k];
                }
                Arrays.sort(run, tieBreak);
                for (int k = 0; k < run.length; k++) {
                    order[start + k] = run[k];
                }
            }
            start = end;
        }
        return order;
    }
}
