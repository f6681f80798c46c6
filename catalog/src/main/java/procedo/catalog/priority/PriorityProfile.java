package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

/**
 * A named weighting of the criteria. Weights are relative: each counts for weight ÷ Σ weights. A criterion left
 * out weighs 0.
 */
public record PriorityProfile(String name, String description, Map<Criterion, BigDecimal> weights, int version) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

    public PriorityProfile {
        List<Problem> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(new Problem("name", "must be 1 to 64 lower-case letters, digits or '-'"));
        }
        description = description == null ? "" : description;
        EnumMap<Criterion, BigDecimal> copy = new EnumMap<>(Criterion.class);
        boolean positive = false;
        for (Map.Entry<Criterion, BigDecimal> w : (weights == null ? Map.<Criterion, BigDecimal>of() : weights).entrySet()) {
            BigDecimal weight = w.getValue();
            if (w.getKey() == null || weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0
                    || weight.stripTrailingZeros().scale() > 6) {
                problems.add(new Problem("weights." + w.getKey(), "must be a number from 0 to 1000 with at most 6 decimals"));
                continue;
            }
            positive |= weight.signum() > 0;
            copy.put(w.getKey(), weight);
        }
        if (!positive && problems.isEmpty()) {
            problems.add(new Problem("weights", "at least one criterion needs a weight above 0"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        weights = Collections.unmodifiableMap(copy);
    }

    /** The documented default: volume, cost and saving 0.25 each, readiness 0.15, online gap 0.10. */
    public static PriorityProfile balanced() {
        Map<Criterion, BigDecimal> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.VOLUME, new BigDecimal("0.25"));
        w.put(Criterion.ANNUAL_COST, new BigDecimal("0.25"));
        w.put(Criterion.SAVING_POTENTIAL, new BigDecimal("0.25"));
        w.put(Criterion.READINESS, new BigDecimal("0.15"));
        w.put(Criterion.ONLINE_GAP, new BigDecimal("0.10"));
        return new PriorityProfile("balanced",
                "Default profile: volume, cost and saving potential weigh equally; readiness and the online gap break the rest.",
                w, 1);
    }

    public BigDecimal weight(Criterion criterion) {
        return weights.getOrDefault(criterion, BigDecimal.ZERO);
    }
}
