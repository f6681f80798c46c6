package procedo.catalog.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

/** The result of ranking: every candidate's place, materialised into records a page at a time. */
public final class Ranking {

    public static final int MAX_PAGE = 1000;
    private static final Criterion[] CRITERIA = Criterion.values();

    private final PriorityProfile profile;
    private final List<PriorityCandidate> candidates;
    private final Integer[] order;
    private final long[] score;
    private final long[][] contribution;
    private final double[][] normalized;
    private final BigDecimal[] effectiveWeight;
    private final double[] min;
    private final double[] max;
    private Map<String, Integer> rankOfCode;

    Ranking(PriorityProfile profile, List<PriorityCandidate> candidates, Integer[] order, long[] score,
            long[][] contribution, double[][] normalized, BigDecimal[] effectiveWeight, double[] min, double[] max) {
        this.profile = profile;
        this.candidates = candidates;
        this.order = order;
        this.score = score;
        this.contribution = contribution;
        this.normalized = normalized;
        this.effectiveWeight = effectiveWeight;
        this.min = min;
        this.max = max;
    }

    public PriorityProfile profile() {
        return profile;
    }

    public int size() {
        return order.length;
    }

    /** Ranks {@code offset + 1} to {@code offset + limit}. */
    public List<RankedProcedure> page(int offset, int limit) {
        List<Problem> problems = new ArrayList<>();
        if (offset < 0) {
            problems.add(new Problem("offset", "must not be negative"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add(new Problem("limit", "must be between 1 and " + MAX_PAGE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<RankedProcedure> page = new ArrayList<>();
        for (int r = offset; r < Math.min(order.length, offset + limit); r++) {
            page.add(ranked(r));
        }
        return page;
    }

    public Optional<RankedProcedure> find(String code) {
        if (rankOfCode == null) {
            Map<String, Integer> index = new HashMap<>();
            for (int r = 0; r < order.length; r++) {
                index.put(candidates.get(order[r]).code(), r);
            }
            rankOfCode = index;
        }
        Integer r = rankOfCode.get(code);
        return r == null ? Optional.empty() : Optional.of(ranked(r));
    }

    public List<CriterionNormalization> normalization() {
        List<CriterionNormalization> result = new ArrayList<>();
        for (int j = 0; j < CRITERIA.length; j++) {
            result.add(new CriterionNormalization(CRITERIA[j], CRITERIA[j].scale(), profile.weight(CRITERIA[j]),
                    effectiveWeight[j], decimal(min[j], 6), decimal(max[j], 6)));
        }
        return result;
    }

    private RankedProcedure ranked(int r) {
        int i = order[r];
        PriorityCandidate candidate = candidates.get(i);
        List<Contribution> contributions = new ArrayList<>(CRITERIA.length);
        for (int j = 0; j < CRITERIA.length; j++) {
            contributions.add(new Contribution(CRITERIA[j], candidate.raw(CRITERIA[j]),
                    decimal(normalized[j][i], 6), effectiveWeight[j], BigDecimal.valueOf(contribution[j][i], 2)));
        }
        return new RankedProcedure(r + 1, candidate, BigDecimal.valueOf(score[i], 2), contributions);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
