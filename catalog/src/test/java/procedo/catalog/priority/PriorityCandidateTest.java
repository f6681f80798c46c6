package procedo.catalog.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.procedure.OnlineLevel;

class PriorityCandidateTest {

    /** Raw values are shown as written elsewhere: exact, without trailing zeros. */
    @Test
    void rawValuesAreTheFactsBehindEachCriterion() {
        PriorityCandidate candidate = new PriorityCandidate(7, "1.001234", "Đăng ký khai sinh", 120_000,
                new BigDecimal("5400000000.50"), new BigDecimal("2100000000"), 0.4, OnlineLevel.PARTIAL, 30);

        assertThat(candidate.raw(Criterion.VOLUME)).isEqualTo(new BigDecimal("120000"));
        assertThat(candidate.raw(Criterion.ANNUAL_COST)).isEqualTo(new BigDecimal("5400000000.5"));
        assertThat(candidate.raw(Criterion.SAVING_POTENTIAL)).isEqualTo(new BigDecimal("2100000000"));
        assertThat(candidate.raw(Criterion.READINESS)).isEqualTo(new BigDecimal("0.4"));
        assertThat(candidate.raw(Criterion.ONLINE_GAP)).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void theOnlineGapIsOneForNoneHalfForPartialZeroForFull() {
        assertThat(gap(OnlineLevel.NONE)).isEqualByComparingTo("1");
        assertThat(gap(OnlineLevel.PARTIAL)).isEqualByComparingTo("0.5");
        assertThat(gap(OnlineLevel.FULL)).isEqualByComparingTo("0");
    }

    private static BigDecimal gap(OnlineLevel level) {
        return new PriorityCandidate(1, "C", "N", 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, level, 1)
                .raw(Criterion.ONLINE_GAP);
    }

    @Test
    void everyProblemOfACandidateIsReportedWithItsField() {
        assertThatThrownBy(() -> new PriorityCandidate(1, " ", null, -1, new BigDecimal("-1"), null, Double.NaN,
                null, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("code", "name", "volume", "annualCostVnd",
                                "savingPotentialVnd", "readiness", "onlineLevel", "effortDays"));
        assertThatThrownBy(() -> new PriorityCandidate(1, "C", "N", 0, BigDecimal.ZERO, BigDecimal.ZERO, 1.01,
                OnlineLevel.FULL, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("readiness"));
    }

    @Test
    void criteriaKnowTheirScaleAndDescription() {
        assertThat(Criterion.VOLUME.scale()).isEqualTo(Criterion.Scale.LOG);
        assertThat(Criterion.ANNUAL_COST.scale()).isEqualTo(Criterion.Scale.LOG);
        assertThat(Criterion.SAVING_POTENTIAL.scale()).isEqualTo(Criterion.Scale.LOG);
        assertThat(Criterion.READINESS.scale()).isEqualTo(Criterion.Scale.LINEAR);
        assertThat(Criterion.ONLINE_GAP.scale()).isEqualTo(Criterion.Scale.LINEAR);
        assertThat(Criterion.values()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
        assertThat(Criterion.Scale.LOG.transform(Math.E - 1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(Criterion.Scale.LINEAR.transform(0.3)).isEqualTo(0.3);
    }
}
