package procedo.catalog.priority;

import java.math.BigDecimal;
import procedo.catalog.error.Problems;

/**
 * A procedure that could join a reform portfolio: the {@code effortDays} it takes to bring online and the
 * annual {@code savingVnd} that brings.
 *
 * <p>Contract: {@code code} and {@code name} are not blank, {@code effortDays ≥ 1}, {@code savingVnd ≥ 0}. A
 * violation throws {@link procedo.catalog.error.InvalidInputException} listing every problem.
 */
public record PortfolioCandidate(String code, String name, int effortDays, BigDecimal savingVnd) {

    public PortfolioCandidate {
        Problems problems = new Problems();
        problems.addIf(code == null || code.isBlank(), "code", "is required");
        problems.addIf(name == null || name.isBlank(), "name", "is required");
        problems.addIf(effortDays < 1, "effortDays", "must be at least 1");
        if (!problems.addIf(savingVnd == null, "savingVnd", "is required")) {
            problems.addIf(savingVnd.signum() < 0, "savingVnd", "must not be negative");
        }
        problems.throwIfAny();
    }
}
