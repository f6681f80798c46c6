package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Text;

/**
 * A named set of criterion weights. Weights are relative: only their ratios matter, the ranker divides each by
 * their sum. A criterion missing from the map weighs 0; {@link #weights()} always holds all criteria.
 *
 * <p>Contract: {@code name} is a slug of 1–64 characters {@code [a-z0-9-]}, the key the profile is asked for by;
 * {@code displayName}, the name shown to people, is optional (null when there is none; blank counts as none, the
 * rest is kept stripped) and at most 100 characters; {@code description} is at most 1000 characters; every weight is between 0 and 1000 with at most 6 decimals (what the catalog stores) and at least
 * one is positive; {@code version} (the stored lock version) is not negative. A violation throws
 * {@link procedo.catalog.error.InvalidInputException} listing every problem.
 */
public record PriorityProfile(String name, String displayName, String description, Map<Criterion, BigDecimal> weights,
                              int version) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,64}");
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);
    private static final int MAX_WEIGHT_DECIMALS = 6;
    private static final int MAX_DESCRIPTION = 1000;
    /** The longest name shown to people that the catalog stores. */
    public static final int MAX_DISPLAY_NAME = 100;

    public PriorityProfile {
        Problems problems = new Problems();
        problems.addIf(name == null || !SLUG.matcher(name).matches(),
                "name", Text.of("catalog.profile.name"));
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        if (displayName != null && displayName.length() > MAX_DISPLAY_NAME) {
            problems.add("displayName", Text.of("catalog.problem.tooLong", MAX_DISPLAY_NAME),
                    Text.of("catalog.profile.displayName"));
        }
        if (!problems.addIf(description == null, "description", Text.of("catalog.problem.required"))) {
            problems.addIf(description.length() > MAX_DESCRIPTION,
                    "description", Text.of("catalog.problem.tooLong", MAX_DESCRIPTION));
        }
        problems.addIf(version < 0, "version", Text.of("catalog.problem.negative"));
        EnumMap<Criterion, BigDecimal> copy = new EnumMap<>(Criterion.class);
        if (!problems.addIf(weights == null, "weights", Text.of("catalog.problem.requiredAll"))) {
            boolean anyPositive = false;
            for (Criterion criterion : Criterion.values()) {
                BigDecimal weight = weights.containsKey(criterion) ? weights.get(criterion) : BigDecimal.ZERO;
                String location = "weights." + criterion.name();
                if (problems.addIf(weight == null, location, Text.of("catalog.problem.required"))) {
                    continue;
                }
                problems.addIf(weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0,
                        location, Text.of("catalog.problem.between", 0, MAX_WEIGHT));
                problems.addIf(Decimals.places(weight) > MAX_WEIGHT_DECIMALS,
                        location, Text.of("catalog.problem.decimals", MAX_WEIGHT_DECIMALS));
                anyPositive |= weight.signum() > 0;
                copy.put(criterion, weight);
            }
            problems.addIf(weights.keySet().stream().anyMatch(Objects::isNull), "weights",
                    Text.of("catalog.profile.nullCriterion"));
            problems.addIf(!anyPositive, "weights", Text.of("catalog.profile.nonePositive"));
        }
        problems.throwIfAny();
        weights = Collections.unmodifiableMap(copy);
    }

    /** A profile without a name shown to people: its key is what people read (or its translation, built-in ones). */
    public PriorityProfile(String name, String description, Map<Criterion, BigDecimal> weights, int version) {
        this(name, null, description, weights, version);
    }

    /**
     * The documented default: volume, annual cost and saving potential 0.25 each, readiness 0.15, online gap
     * 0.10, the applicants' dissatisfaction 0 (a profile may weigh it).
     */
    public static PriorityProfile balanced() {
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.VOLUME, new BigDecimal("0.25"));
        weights.put(Criterion.ANNUAL_COST, new BigDecimal("0.25"));
        weights.put(Criterion.SAVING_POTENTIAL, new BigDecimal("0.25"));
        weights.put(Criterion.READINESS, new BigDecimal("0.15"));
        weights.put(Criterion.ONLINE_GAP, new BigDecimal("0.10"));
        return new PriorityProfile("balanced",
                "Default profile: volume, cost and saving potential weigh equally; readiness and the online gap"
                        + " break the rest.",
                weights, 1);
    }

    /** The weight of {@code criterion} as given (0 when it was missing). */
    public BigDecimal weight(Criterion criterion) {
        return weights.get(criterion);
    }
}
