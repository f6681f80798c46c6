package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.Objects;
import procedo.catalog.procedure.OnlineLevel;

/** A procedure competing for priority, with the raw values of every criterion. */
public record PriorityCandidate(long procedureId, String code, String name, long volume, BigDecimal annualCostVnd,
                                BigDecimal savingPotentialVnd, double readiness, OnlineLevel onlineLevel,
                                int effortDays) {

    public PriorityCandidate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(onlineLevel, "onlineLevel");
        if (volume < 0 || annualCostVnd.signum() < 0 || savingPotentialVnd.signum() < 0
                || readiness < 0 || readiness > 1) {
            throw new IllegalArgumentException("criterion values out of range for " + code);
        }
    }

    /** The raw value of a criterion. */
    public BigDecimal raw(Criterion criterion) {
        return switch (criterion) {
            case VOLUME -> BigDecimal.valueOf(volume);
            case ANNUAL_COST -> annualCostVnd;
            case SAVING_POTENTIAL -> savingPotentialVnd;
            case READINESS -> BigDecimal.valueOf(readiness);
            case ONLINE_GAP -> onlineGap(onlineLevel);
        };
    }

    double rawAsDouble(Criterion criterion) {
        return switch (criterion) {
            case VOLUME -> volume;
            case ANNUAL_COST -> annualCostVnd.doubleValue();
            case SAVING_POTENTIAL -> savingPotentialVnd.doubleValue();
            case READINESS -> readiness;
            case ONLINE_GAP -> onlineGap(onlineLevel).doubleValue();
        };
    }

    private static BigDecimal onlineGap(OnlineLevel level) {
        return switch (level) {
            case NONE -> BigDecimal.ONE;
            case PARTIAL -> new BigDecimal("0.5");
            case FULL -> BigDecimal.ZERO;
        };
    }
}
