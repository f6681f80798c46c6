package procedo.catalog.cost;

import java.math.BigDecimal;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;

/**
 * How many dossiers of a procedure are handed in per year: the recorded number when it is known, or else the
 * number of applicants times how often each applies per year.
 */
public sealed interface Quantity {

    /** Dossiers per year, exact; for an estimate, population × frequency per year. */
    BigDecimal dossiersPerYear();

    static Quantity recorded(BigDecimal dossiersPerYear) {
        return new Recorded(dossiersPerYear);
    }

    static Quantity estimated(BigDecimal population, BigDecimal frequencyPerYear) {
        return new Estimated(population, frequencyPerYear);
    }

    /** The number of dossiers per year as counted, e.g. by the one-stop shop or the engine's history. */
    record Recorded(BigDecimal dossiersPerYear) implements Quantity {

        public Recorded {
            Problems problems = new Problems();
            problems.requireNonNegative("dossiersPerYear", dossiersPerYear);
            problems.throwIfAny();
            dossiersPerYear = Decimals.plain(dossiersPerYear);
        }
    }

    /** The number of dossiers per year estimated as applicants (population) × applications per applicant per year. */
    record Estimated(BigDecimal population, BigDecimal frequencyPerYear) implements Quantity {

        public Estimated {
            Problems problems = new Problems();
            problems.requireNonNegative("population", population);
            problems.requireNonNegative("frequencyPerYear", frequencyPerYear);
            problems.throwIfAny();
            population = Decimals.plain(population);
            frequencyPerYear = Decimals.plain(frequencyPerYear);
        }

        @Override
        public BigDecimal dossiersPerYear() {
            return Decimals.plain(population.multiply(frequencyPerYear));
        }
    }
}
