package procedo.catalog.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

class PriorityProfileTest {

    @Test
    void balancedIsTheDocumentedDefault() {
        PriorityProfile balanced = PriorityProfile.balanced();

        assertThat(balanced.name()).isEqualTo("balanced");
        assertThat(balanced.version()).isEqualTo(1);
        assertThat(balanced.description()).isEqualTo("Default profile: volume, cost and saving potential weigh"
                + " equally; readiness and the online gap break the rest.");
        assertThat(balanced.weights()).containsExactly(
                Map.entry(Criterion.VOLUME, new BigDecimal("0.25")),
                Map.entry(Criterion.ANNUAL_COST, new BigDecimal("0.25")),
                Map.entry(Criterion.SAVING_POTENTIAL, new BigDecimal("0.25")),
                Map.entry(Criterion.READINESS, new BigDecimal("0.15")),
                Map.entry(Criterion.ONLINE_GAP, new BigDecimal("0.10")),
                Map.entry(Criterion.DISSATISFACTION, BigDecimal.ZERO));
    }

    @Test
    void missingCriteriaWeighZeroAndTheWeightsAreAnUnmodifiableCopy() {
        Map<Criterion, BigDecimal> weights = new HashMap<>(Map.of(Criterion.READINESS, BigDecimal.TEN));
        PriorityProfile profile = new PriorityProfile("once-only", "Readiness only", weights, 0);
        weights.put(Criterion.VOLUME, BigDecimal.ONE);

        assertThat(profile.weights()).hasSize(Criterion.values().length);
        assertThat(profile.weight(Criterion.VOLUME)).isEqualByComparingTo("0");
        assertThat(profile.weight(Criterion.READINESS)).isEqualByComparingTo("10");
        assertThatThrownBy(() -> profile.weights().put(Criterion.VOLUME, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(profile).isEqualTo(new PriorityProfile("once-only", "Readiness only",
                Map.of(Criterion.READINESS, BigDecimal.TEN, Criterion.ONLINE_GAP, BigDecimal.ZERO), 0));
    }

    @Test
    void everyProblemOfAProfileIsReportedWithItsLocation() {
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.VOLUME, new BigDecimal("-1"));
        weights.put(Criterion.ANNUAL_COST, new BigDecimal("1000.5"));
        weights.put(Criterion.SAVING_POTENTIAL, new BigDecimal("0.1234567"));
        weights.put(Criterion.READINESS, new BigDecimal("1000"));

        assertThatThrownBy(() -> new PriorityProfile("Not A Slug", null, weights, -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("name", "description", "version",
                                "weights.VOLUME", "weights.ANNUAL_COST", "weights.SAVING_POTENTIAL"));
    }

    @Test
    void slugsAreLowerCaseLettersDigitsAndHyphensUpToSixtyFourCharacters() {
        Map<Criterion, BigDecimal> weights = Map.of(Criterion.VOLUME, BigDecimal.ONE);

        assertThat(new PriorityProfile("quick-wins-2025", "", weights, 1).name()).isEqualTo("quick-wins-2025");
        assertThat(new PriorityProfile("a".repeat(64), "", weights, 1).name()).hasSize(64);
        for (String bad : new String[] {"", "a".repeat(65), "Quick", "quick_wins", "quick wins", "hồ-sơ"}) {
            assertThatThrownBy(() -> new PriorityProfile(bad, "", weights, 1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::location).containsExactly("name"));
        }
    }

    @Test
    void aProfileWithoutAnyPositiveWeightIsRefused() {
        assertThatThrownBy(() -> new PriorityProfile("zero", "", Map.of(Criterion.VOLUME, BigDecimal.ZERO), 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("weights: at least one weight must be positive"));
        assertThatThrownBy(() -> new PriorityProfile("empty", "", Map.of(), 1))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nullWeightsAndNullCriteriaAreRefused() {
        Map<Criterion, BigDecimal> withNullWeight = new HashMap<>();
        withNullWeight.put(Criterion.VOLUME, BigDecimal.ONE);
        withNullWeight.put(Criterion.READINESS, null);
        Map<Criterion, BigDecimal> withNullCriterion = new HashMap<>();
        withNullCriterion.put(Criterion.VOLUME, BigDecimal.ONE);
        withNullCriterion.put(null, BigDecimal.ONE);

        assertThatThrownBy(() -> new PriorityProfile("p", "", withNullWeight, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("weights.READINESS"));
        assertThatThrownBy(() -> new PriorityProfile("p", "", withNullCriterion, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("weights"));
        assertThatThrownBy(() -> new PriorityProfile("p", "", null, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("weights"));
    }

    @Test
    void descriptionsAreLimitedToThousandCharacters() {
        Map<Criterion, BigDecimal> weights = Map.of(Criterion.VOLUME, BigDecimal.ONE);

        assertThat(new PriorityProfile("p", "d".repeat(1000), weights, 1).description()).hasSize(1000);
        assertThatThrownBy(() -> new PriorityProfile("p", "d".repeat(1001), weights, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("description"));
    }
}
