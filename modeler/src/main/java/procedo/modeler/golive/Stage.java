package procedo.modeler.golive;

import java.util.Locale;
import java.util.Optional;

/**
 * A stage of a procedure's workflow going live, in their order: DESIGN (thiết kế: the workflow is being designed;
 * only training cases), TEST (thử nghiệm: deployed to be tried with training cases only), PILOT (thí điểm: real
 * dossiers only in the named pilot provinces) and ROLLOUT (triển khai toàn quốc: real dossiers everywhere).
 */
public enum Stage {
    DESIGN, TEST, PILOT, ROLLOUT;

    /** The stage after this one; empty for the rollout. */
    public Optional<Stage> next() {
        return this == ROLLOUT ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Its place in the order, 1 for design to 4 for rollout. */
    public int step() {
        return ordinal() + 1;
    }

    /** Whether real dossiers (neither training nor simulated) may be received in this stage somewhere. */
    public boolean takesRealDossiers() {
        return this == PILOT || this == ROLLOUT;
    }

    /** The stage named {@code name} (any case); empty when there is none of that name. */
    public static Optional<Stage> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
