package procedo.catalog.priority;

import java.math.BigDecimal;

/**
 * A procedure that could join a reform portfolio: the {@code effortDays} it takes to bring online and the
 * annual {@code savingVnd} that brings.
 *
 * <p>Contract: {@code code} and {@code name} are not blank, {@code effortDays ≥ 1}, {@code savingVnd ≥ 0}. A
 * violation throws {@link procedo.catalog.error.InvalidInputException} listing every problem.
 */
public record PortfolioCandidate(String code, String name, int effortDays, BigDecimal savingVnd) {

    public PortfolioCandidate {
        InputProblems problems = new InputProblems();
        problems.add(code == null || code.isBlank(), "code", "is required");
        problems.add(name == null || name.isBlank(), "name", "is required");
        problems.add(effortDays < 1, "effortDays", "must be at least 1");
        if (!problems.add(savingVnd == null, "savingVnd", "is required")) {
            problems.add(savingVnd.signum() < 0, "savingVnd", "must not be negative");
        }
        problems.throwIfAny();
    }
}
