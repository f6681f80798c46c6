package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many dossiers a year: the recorded number, or the number of applicants × how often each applies per year.
 * Exactly one of the two forms is set.
 */
public record Quantity(BigDecimal recordedDossiers, BigDecimal population, BigDecimal frequencyPerYear) {

    public Quantity {
        if (recordedDossiers == null) {
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(frequencyPerYear, "frequencyPerYear");
        } else if (population != null || frequencyPerYear != null) {
            throw new IllegalArgumentException("give either the recorded dossiers or population × frequency");
        }
    }

    public static Quantity recorded(BigDecimal dossiersPerYear) {
        return new Quantity(dossiersPerYear, null, null);
    }

    public static Quantity ofPopulation(BigDecimal population, BigDecimal frequencyPerYear) {
        return new Quantity(null, population, frequencyPerYear);
    }

    public BigDecimal dossiersPerYear() {
        return recordedDossiers != null ? recordedDossiers : population.multiply(frequencyPerYear);
    }
}
