package procedo.catalog.priority;

import java.math.BigDecimal;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;

import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.text.Text;

/**
 * One procedure as the ranker sees it: the facts behind every {@link Criterion}, gathered by the caller
 * (nationally or for one locality). {@code procedureId} is carried through untouched.
 *
 * <p>Contract: {@code code} and {@code name} are not blank; {@code volume}, {@code annualCostVnd} and
 * {@code savingPotentialVnd} are not negative; {@code readiness} is a share in [0, 1]; {@code onlineLevel} is
 * given; {@code effortDays} (the effort to bring the procedure fully online) is at least 1; {@code dissatisfaction}
 * is a share in [0, 1] ({@link #NEUTRAL} when nobody rated the procedure). A violation throws
 * {@link procedo.catalog.error.InvalidInputException} listing every problem.
 */
public record PriorityCandidate(long procedureId, String code, String name, long volume, BigDecimal annualCostVnd,
                                BigDecimal savingPotentialVnd, double readiness, OnlineLevel onlineLevel,
                                int effortDays, double dissatisfaction) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** The dissatisfaction of a procedure without ratings: halfway, neither raising nor lowering its priority. */
    public static final double NEUTRAL = 0.5;

    /** A candidate nobody rated ({@link #NEUTRAL} dissatisfaction). */
    public PriorityCandidate(long procedureId, String code, String name, long volume, BigDecimal annualCostVnd,
                             BigDecimal savingPotentialVnd, double readiness, OnlineLevel onlineLevel, int effortDays) {
        this(procedureId, code, name, volume, annualCostVnd, savingPotentialVnd, readiness, onlineLevel, effortDays,
                NEUTRAL);
    }

    public PriorityCandidate {
        Problems problems = new Problems();
        problems.addIf(code == null || code.isBlank(), "code", Text.of("catalog.problem.required"));
        problems.addIf(name == null || name.isBlank(), "name", Text.of("catalog.problem.required"));
        problems.addIf(volume < 0, "volume", Text.of("catalog.problem.negative"));
        if (!problems.addIf(annualCostVnd == null, "annualCostVnd", Text.of("catalog.problem.required"))) {
            problems.addIf(annualCostVnd.signum() < 0, "annualCostVnd", Text.of("catalog.problem.negative"));
        }
        if (!problems.addIf(savingPotentialVnd == null, "savingPotentialVnd", Text.of("catalog.problem.required"))) {
            problems.addIf(savingPotentialVnd.signum() < 0, "savingPotentialVnd", Text.of("catalog.problem.negative"));
        }
        problems.addIf(!(readiness >= 0 && readiness <= 1), "readiness", Text.of("catalog.priority.share"));
        problems.addIf(onlineLevel == null, "onlineLevel", Text.of("catalog.problem.required"));
        problems.addIf(effortDays < 1, "effortDays", Text.of("catalog.problem.atLeast", 1));
        problems.addIf(!(dissatisfaction >= 0 && dissatisfaction <= 1), "dissatisfaction",
                Text.of("catalog.priority.share"));
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
            case DISSATISFACTION -> BigDecimal.valueOf(dissatisfaction);
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
            case DISSATISFACTION -> dissatisfaction;
        };
    }
}
