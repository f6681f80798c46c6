package procedo.catalog.cost;

import java.math.BigDecimal;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;

/**
 * One thing the applicant does for a dossier: the time it takes ({@code hours}), the money it costs
 * ({@code outOfPocketVnd}: copies, notarisation, travel, postage ...), and the fraction of dossiers in which it
 * happens ({@code share}, 0 to 1). A missing kind means {@link ActivityKind#OTHER}, a missing out-of-pocket amount 0
 * and a missing share 1.
 * A blank name, a missing or negative amount, or a share outside 0..1 is refused with an
 * {@link procedo.catalog.error.InvalidInputException} naming every such component.
 */
public record Activity(String name, ActivityKind kind, BigDecimal hours, BigDecimal outOfPocketVnd, BigDecimal share) {

    public Activity {
        outOfPocketVnd = outOfPocketVnd == null ? BigDecimal.ZERO : outOfPocketVnd;
        share = share == null ? BigDecimal.ONE : share;
        Problems problems = new Problems();
        problems.requireText("name", name);
        problems.requireNonNegative("hours", hours);
        problems.requireNonNegative("outOfPocketVnd", outOfPocketVnd);
        problems.requireFraction("share", share);
        problems.throwIfAny();
        kind = kind == null ? ActivityKind.OTHER : kind;
        hours = Decimals.plain(hours);
        outOfPocketVnd = Decimals.plain(outOfPocketVnd);
        share = Decimals.plain(share);
    }
}
