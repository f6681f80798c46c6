package procedo.catalog.procedure;

import java.math.BigDecimal;
import java.util.Objects;

/** A fee or charge (phí, lệ phí) paid per dossier through one channel, in VND. */
public record Fee(FeeChannel channel, String name, BigDecimal amountVnd) {

    public Fee {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amountVnd, "amountVnd");
    }
}
