package procedo.catalog.priority;

import java.math.BigDecimal;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

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
        problems.addIf(code == null || code.isBlank(), "code", Text.of("catalog.problem.required"));
        problems.addIf(name == null || name.isBlank(), "name", Text.of("catalog.problem.required"));
        problems.addIf(effortDays < 1, "effortDays", Text.of("catalog.problem.atLeast", 1));
        if (!problems.addIf(savingVnd == null, "savingVnd", Text.of("catalog.problem.required"))) {
            problems.addIf(savingVnd.signum() < 0, "savingVnd", Text.of("catalog.problem.negative"));
        }
        problems.throwIfAny();
    }
}
