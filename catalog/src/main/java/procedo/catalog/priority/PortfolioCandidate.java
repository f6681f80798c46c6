package procedo.catalog.priority;

import java.math.BigDecimal;
import java.util.Objects;

/** A procedure that could enter the portfolio: the effort to bring it online and the annual saving it brings. */
public record PortfolioCandidate(String code, String name, int effortDays, BigDecimal savingVnd) {

    public PortfolioCandidate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(savingVnd, "savingVnd");
        if (effortDays < 1) {
            throw new IllegalArgumentException("effortDays must be at least 1 for " + code);
        }
        if (savingVnd.signum() < 0) {
            throw new IllegalArgumentException("savingVnd must not be negative for " + code);
        }
    }
}
