package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Something an applicant does for one dossier, in the Standard Cost Model.
 *
 * @param hours          time the applicant spends on it
 * @param outOfPocketVnd money the applicant spends on it (copies, notarisation, travel, postage, advice)
 * @param share          fraction of dossiers in which it happens, 0..1 (1 when omitted)
 */
public record Activity(String name, ActivityKind kind, BigDecimal hours, BigDecimal outOfPocketVnd, BigDecimal share) {

    public Activity {
        kind = kind == null ? ActivityKind.OTHER : kind;
        outOfPocketVnd = outOfPocketVnd == null ? BigDecimal.ZERO : outOfPocketVnd;
        share = share == null ? BigDecimal.ONE : share;
        Objects.requireNonNull(hours, "hours");
    }
}
