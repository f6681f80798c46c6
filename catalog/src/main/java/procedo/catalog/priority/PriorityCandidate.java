package procedo.catalog.priority;

import java.math.BigDecimal;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;

import procedo.catalog.procedure.OnlineLevel;

/**
 * One procedure as the ranker sees it: the facts behind every {@link Criterion}, gathered by the caller
 * (nationally or for one locality). {@code procedureId} is carried through untouched.
 *
 * <p>Contract: {@code code} and {@code name} are not blank; {@code volume}, {@code annualCostVnd} and
 * {@code savingPotentialVnd} are not negative; {@code readiness} is a share in [0, 1]; {@code onlineLevel} is
 * given; {@code effortDays} (the effort to bring the procedure fully online) is at least 1. A violation throws
 * {@link procedo.catalog.error.InvalidInputException} listing every problem.
 */
public record PriorityCandidate(long procedureId, String code, String name, long volume, BigDecimal annualCostVnd,
                                BigDecimal savingPotentialVnd, double readiness, OnlineLevel onlineLevel,
                                int effortDays) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public PriorityCandidate {
        Problems problems = new Problems();
        problems.addIf(code == null || code.isBlank(), "code", "is required");
        problems.addIf(name == null || name.isBlank(), "name", "is required");
        problems.addIf(volume < 0, "volume", "must not be negative");
        if (!problems.addIf(annualCostVnd == null, "annualCostVnd", "is required")) {
            problems.addIf(annualCostVnd.signum() < 0, "annualCostVnd", "must not be negative");
        }
        if (!problems.addIf(savingPotentialVnd == null, "savingPotentialVnd", "is required")) {
            problems.addIf(savingPotentialVnd.signum() < 0, "savingPotentialVnd", "must not be negative");
        }
        problems.addIf(!(readiness >= 0 && readiness <= 1), "readiness", "must be a share between 0 and 1");
        problems.addIf(onlineLevel == null, "onlineLevel", "is required");
        problems.addIf(effortDays < 1, "effortDays", "must be at least 1");
        problems.throwIfAny();
    }

    /** The raw value of {@code criterion} for this procedure, before any transformation. */
    public BigDecimal raw(Criterion criterion) {
        return switch (criterion) {
            case VOLUME -> BigDecimal.valueOf(volume);
            case ANNUAL_COST -> Decimals.plain(annualCostVnd);
            case SAVING_POTENTIAL -> Decimals.plain(savingPotentialVnd);
            case READINESS -> BigDecimal.valueOf(readiness);
            case ONLINE_GAP -> switch (onlineLevel) {
                case NONE -> BigDecimal.ONE;
                case PARTIAL -> HALF;
                case FULL -> BigDecimal.ZERO;
            };
        };
    }

    /** The same raw value as a double, for the ranker's arithmetic. */
    double rawAsDouble(Criterion criterion) {
        return switch (criterion) {
            case VOLUME -> volume;
            case ANNUAL_COST -> annualCostVnd.doubleValue();
            case SAVING_POTENTIAL -> savingPotentialVnd.doubleValue();
            case READINESS -> readiness;
            case ONLINE_GAP -> switch (onlineLevel) {
                case NONE -> 1.0;
                case PARTIAL -> 0.5;
                case FULL -> 0.0;
            };
        };
    }
}
