package procedo.catalog.priority;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Text;

/**
 * The arithmetic of a ranking, in primitives: transformed values per criterion, their range, the effective
 * weights, and the rounding of contributions to hundredths of a point. Ranking all candidates and explaining
 * one of them go through the same {@link #contributions} so that the explanation always matches the order.
 */
final class ScoreSheet {

    static final Criterion[] CRITERIA = Criterion.values();
    /** 100 points, in hundredths. */
    static final int FULL_SCORE = 100_00;

    private static final int DECIMALS = 6;
    private static final double NEAR_HALF = 1e-6;

    private final PriorityCandidate[] candidates;
    private final PriorityProfile profile;
    /** [criterion][candidate] scale-transformed raw values. */
    private final double[][] transformed;
    private final double[] min;
    private final double[] max;
    private final double[] weight;
    private final BigDecimal[] effectiveWeight;

    ScoreSheet(PriorityCandidate[] candidates, PriorityProfile profile) {
        this.candidates = candidates;
        this.profile = profile;
        int k = CRITERIA.length;
        this.transformed = new double[k][];
        this.min = new double[k];
        this.max = new double[k];
        this.weight = new double[k];
        this.effectiveWeight = new BigDecimal[k];
        BigDecimal sum = profile.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int c = 0; c < k; c++) {
            Criterion criterion = CRITERIA[c];
            BigDecimal given = profile.weight(criterion);
            weight[c] = given.divide(sum, MathContext.DECIMAL128).doubleValue();
            effectiveWeight[c] = given.divide(sum, DECIMALS, RoundingMode.HALF_UP);
            transformed[c] = transform(criterion);
        }
    }

    private double[] transform(Criterion criterion) {
        int c = criterion.ordinal();
        double[] values = new double[candidates.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        Criterion.Scale scale = criterion.scale();
        for (int j = 0; j < values.length; j++) {
            double raw = candidates[j].rawAsDouble(criterion);
            if (Double.isInfinite(raw)) {
                throw InvalidInputException.of("candidates[" + j + "]." + field(criterion),
                        Text.of("catalog.problem.tooLarge"));
            }
            double value = scale.transform(raw);
            values[j] = value;
            lo = Math.min(lo, value);
            hi = Math.max(hi, value);
        }
        min[c] = values.length == 0 ? 0 : lo;
        max[c] = values.length == 0 ? 0 : hi;
        return values;
    }

    private static String field(Criterion criterion) {
        return switch (criterion) {
            case VOLUME -> "volume";
            case ANNUAL_COST -> "annualCostVnd";
            case SAVING_POTENTIAL -> "savingPotentialVnd";
            case READINESS -> "readiness";
            case ONLINE_GAP -> "onlineLevel";
            case DISSATISFACTION -> "dissatisfaction";
        };
    }

    /** n = (x' − min') ÷ (max' − min'), or 0 when the criterion does not separate the candidates. */
    double normalized(int criterion, int candidate) {
        double range = max[criterion] - min[criterion];
        if (!(range > 0)) {
            return 0;
        }
        return (transformed[criterion][candidate] - min[criterion]) / range;
    }

    /**
     * Fills {@code hundredths[c]} with the contribution of each criterion to the candidate's score, in
     * hundredths of a point, and returns the score (their sum), in hundredths.
     *
     * <p>Each contribution is 100 × w × n rounded half-up to hundredths of a point, where w × n is the double
     * product. Rounding each contribution half-up could lift a candidate that is (nearly) best on every
     * criterion past 100 (weights 1, 1, 1, 1, 2 give 4 × 16.67 + 33.33 = 100.01); then the hundredths in excess
     * are taken back, one each, from the contributions that rounding lifted most (the first in criterion order
     * on equal lifts), so that the score stays within 0..100 and still equals the sum of its contributions.
     */
    int contributions(int candidate, int[] hundredths) {
        int score = 0;
        for (int c = 0; c < CRITERIA.length; c++) {
            int points = 0;
            if (weight[c] > 0) {
                points = roundHalfUpToHundredths(weight[c] * normalized(c, candidate));
            }
            hundredths[c] = points;
            score += points;
        }
        if (score > FULL_SCORE) {
            score = takeBackExcess(candidate, hundredths, score);
        }
        return score;
    }

    private int takeBackExcess(int candidate, int[] hundredths, int score) {
        boolean[] reduced = new boolean[CRITERIA.length];
        while (score > FULL_SCORE) {
            int most = -1;
            double mostLift = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < CRITERIA.length; c++) {
                if (reduced[c] || hundredths[c] == 0) {
                    continue;
                }
                double lift = hundredths[c] - 10_000.0 * weight[c] * normalized(c, candidate);
                if (lift > mostLift) {
                    mostLift = lift;
                    most = c;
                }
            }
            reduced[most] = true;
            hundredths[most]--;
            score--;
        }
        return score;
    }

    /** Half-up rounding of 10 000 × {@code product} (a share of the score) to a whole number of hundredths. */
    static int roundHalfUpToHundredths(double product) {
        double scaled = product * 10_000.0;
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) > NEAR_HALF) {
            return (int) whole + (fraction > 0.5 ? 1 : 0);
        }
        // Close to a tie the double multiplication may have crossed it: decide on the exact value.
        return new BigDecimal(product).movePointRight(4).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    PriorityProfile profile() {
        return profile;
    }

    List<CriterionNormalization> normalization() {
        List<CriterionNormalization> list = new ArrayList<>(CRITERIA.length);
        for (Criterion criterion : CRITERIA) {
            int c = criterion.ordinal();
            list.add(new CriterionNormalization(criterion, criterion.scale(), profile.weight(criterion),
                    effectiveWeight[c], sixDecimals(min[c]), sixDecimals(max[c])));
        }
        return List.copyOf(list);
    }

    /** The explanation of one candidate: raw, normalised, weight and contribution per criterion. */
    PriorityCandidate candidate(int index) {
        return candidates[index];
    }

    RankedProcedure explain(int candidate, int rank) {
        int[] hundredths = new int[CRITERIA.length];
        int score = contributions(candidate, hundredths);
        PriorityCandidate subject = candidates[candidate];
        List<Contribution> list = new ArrayList<>(CRITERIA.length);
        for (Criterion criterion : CRITERIA) {
            int c = criterion.ordinal();
            list.add(new Contribution(criterion, subject.raw(criterion), sixDecimals(normalized(c, candidate)),
                    effectiveWeight[c], BigDecimal.valueOf(hundredths[c], 2)));
        }
        return new RankedProcedure(rank, subject, BigDecimal.valueOf(score, 2), list);
    }

    private static BigDecimal sixDecimals(double value) {
        return new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}
