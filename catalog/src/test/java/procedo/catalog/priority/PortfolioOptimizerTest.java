package procedo.catalog.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

class PortfolioOptimizerTest {

    private final PortfolioOptimizer optimizer = new PortfolioOptimizer();

    private static PortfolioCandidate item(String code, int effortDays, String savingVnd) {
        return new PortfolioCandidate(code, "Procedure " + code, effortDays, new BigDecimal(savingVnd));
    }

    /*
     * Budget 10 days.           effort  saving  saving per day
     *   A                        6       60      10.0
     *   B                        5       45       9.0
     *   C                        5       45       9.0
     * Greedy by saving per day takes A (6 days) and then neither B nor C fits: 60.
     * The optimum is B + C: 10 days, 90.
     */
    @Test
    void findsTheOptimumWhereGreedyBySavingPerDayFails() {
        Portfolio portfolio = optimizer.optimize(List.of(item("A", 6, "60"), item("B", 5, "45"),
                item("C", 5, "45")), 10);

        assertThat(portfolio.selected()).extracting(PortfolioCandidate::code).containsExactly("B", "C");
        assertThat(portfolio.totalEffortDays()).isEqualTo(10);
        assertThat(portfolio.totalSavingVnd()).isEqualByComparingTo("90");
        assertThat(portfolio.candidatesConsidered()).isEqualTo(3);
        assertThat(portfolio.budgetDays()).isEqualTo(10);
    }

    @Test
    void matchesBruteForceOnRandomSmallInstances() {
        Random random = new Random(2024);
        for (int instance = 0; instance < 200; instance++) {
            int n = 1 + random.nextInt(14);
            List<PortfolioCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigDecimal saving = BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3));
                candidates.add(new PortfolioCandidate("P" + i, "N" + i, 1 + random.nextInt(30), saving));
            }
            int budget = random.nextInt(120);

            Portfolio portfolio = optimizer.optimize(candidates, budget);

            assertThat(portfolio.totalSavingVnd()).as("instance %d", instance)
                    .isEqualByComparingTo(bruteForceBest(candidates, budget));
            assertThat(portfolio.totalEffortDays()).isLessThanOrEqualTo(budget);
            assertThat(portfolio.totalEffortDays())
                    .isEqualTo(portfolio.selected().stream().mapToInt(PortfolioCandidate::effortDays).sum());
            assertThat(portfolio.totalSavingVnd()).isEqualByComparingTo(portfolio.selected().stream()
                    .map(PortfolioCandidate::savingVnd).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(isInInputOrder(portfolio.selected(), candidates)).isTrue();
        }
    }

    private static boolean isInInputOrder(List<PortfolioCandidate> selected, List<PortfolioCandidate> input) {
        int next = 0;
        for (PortfolioCandidate candidate : selected) {
            while (next < input.size() && input.get(next) != candidate) {
                next++;
            }
            if (next == input.size()) {
                return false;
            }
            next++;
        }
        return true;
    }

    private static BigDecimal bruteForceBest(List<PortfolioCandidate> candidates, int budget) {
        BigDecimal best = BigDecimal.ZERO;
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            int effort = 0;
            BigDecimal saving = BigDecimal.ZERO;
            for (int i = 0; i < candidates.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    effort += candidates.get(i).effortDays();
                    saving = saving.add(candidates.get(i).savingVnd());
                }
            }
            if (effort <= budget && saving.compareTo(best) > 0) {
                best = saving;
            }
        }
        return best;
    }

    @Test
    void aZeroBudgetSelectsNothing() {
        Portfolio portfolio = optimizer.optimize(List.of(item("A", 1, "100"), item("B", 2, "200")), 0);

        assertThat(portfolio.selected()).isEmpty();
        assertThat(portfolio.totalEffortDays()).isZero();
        assertThat(portfolio.totalSavingVnd()).isEqualByComparingTo("0");
        assertThat(portfolio.candidatesConsidered()).isZero();
    }

    @Test
    void everythingIsSelectedWhenEverythingFits() {
        List<PortfolioCandidate> candidates = List.of(item("A", 3, "10.5"), item("B", 4, "20"),
                item("C", 5, "0.000001"));

        Portfolio portfolio = optimizer.optimize(candidates, 1_000_000);

        assertThat(portfolio.selected()).containsExactlyElementsOf(candidates);
        assertThat(portfolio.totalEffortDays()).isEqualTo(12);
        assertThat(portfolio.totalSavingVnd()).isEqualTo(new BigDecimal("30.500001"));
    }

    @Test
    void candidatesWithoutSavingOrBeyondTheBudgetAreSetAside() {
        Portfolio portfolio = optimizer.optimize(List.of(item("NOTHING", 1, "0"), item("HUGE", 11, "1000000"),
                item("FITS", 10, "5"), item("SMALL", 1, "1")), 10);

        assertThat(portfolio.candidatesConsidered()).isEqualTo(2);
        assertThat(portfolio.selected()).extracting(PortfolioCandidate::code).containsExactly("FITS");
    }

    @Test
    void emptyCandidatesGiveAnEmptyPortfolio() {
        Portfolio portfolio = optimizer.optimize(List.of(), 100);

        assertThat(portfolio.selected()).isEmpty();
        assertThat(portfolio.candidatesConsidered()).isZero();
    }

    @Test
    void savingsWithDifferentDecimalsAreComparedExactly() {
        // 0.000003 + 0.000003 beats 0.000005 by one millionth; both pairs cost the whole budget.
        Portfolio portfolio = optimizer.optimize(List.of(item("A", 2, "0.000005"), item("B", 1, "0.000003"),
                item("C", 1, "3E-6"), item("D", 2, "0.0000050")), 2);

        assertThat(portfolio.selected()).extracting(PortfolioCandidate::code).containsExactly("B", "C");
        assertThat(portfolio.totalSavingVnd()).isEqualByComparingTo("0.000006");
    }

    @Test
    void equallyGoodPortfoliosFavourEarlierCandidatesEveryTime() {
        List<PortfolioCandidate> candidates = List.of(item("A", 5, "50"), item("B", 5, "50"), item("C", 5, "50"));

        Portfolio first = optimizer.optimize(candidates, 10);

        assertThat(first.selected()).extracting(PortfolioCandidate::code).containsExactly("A", "B");
        for (int i = 0; i < 5; i++) {
            assertThat(optimizer.optimize(candidates, 10)).isEqualTo(first);
        }
    }

    @Test
    void budgetsOutsideZeroToAMillionDaysAreRefused() {
        for (int budget : new int[] {-1, 1_000_001}) {
            assertThatThrownBy(() -> optimizer.optimize(List.of(item("A", 1, "1")), budget))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::location).containsExactly("budgetDays"));
        }
        assertThat(optimizer.optimize(List.of(item("A", 1, "1")), 1_000_000).selected()).hasSize(1);
    }

    @Test
    void savingsWithMoreThanSixDecimalsAreRefused() {
        assertThatThrownBy(() -> optimizer.optimize(List.of(item("A", 1, "1"), item("B", 1, "0.0000001")), 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates[1].savingVnd"));
        assertThat(optimizer.optimize(List.of(item("A", 1, "1.5000000000")), 5).selected()).hasSize(1);
    }

    @Test
    void savingsTooLargeForExactArithmeticAreRefused() {
        String nearLongMax = "9000000000000000000";
        assertThatThrownBy(() -> optimizer.optimize(List.of(item("A", 1, nearLongMax), item("B", 1, nearLongMax)), 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates"));
        // Scaled to 6 decimals, a saving of 10^13 VND no longer fits a long.
        assertThatThrownBy(() -> optimizer.optimize(List.of(item("A", 1, "10000000000000"),
                item("B", 1, "0.000001")), 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates[0].savingVnd"));
        assertThatThrownBy(() -> optimizer.optimize(List.of(item("A", 1, "1E+19")), 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates[0].savingVnd"));
    }

    @Test
    void instancesBeyondTheDecisionLimitAreRefused() {
        // 1,600 candidates of 1,000 days against the full budget of 1,000,000 days: 1.6e9 decisions.
        List<PortfolioCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 1600; i++) {
            candidates.add(item("P" + i, 1000, "1"));
        }

        assertThatThrownBy(() -> optimizer.optimize(candidates, 1_000_000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates"));
    }

    @Test
    void capacityIsCappedAtTheTotalEffortSoLargeBudgetsStayCheap() {
        // 3,000 candidates against a million days would be 3e9 decisions, but together they only need 3,000 days.
        List<PortfolioCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            candidates.add(item("P" + i, 1, String.valueOf(1 + i % 7)));
        }

        Portfolio portfolio = optimizer.optimize(candidates, 1_000_000);

        assertThat(portfolio.selected()).hasSize(3000);
    }

    @Test
    void missingCandidatesAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> optimizer.optimize(Arrays.asList(item("A", 1, "1"), null), 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates[1]"));
        assertThatThrownBy(() -> optimizer.optimize(null, 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates"));
    }

    @Test
    void portfolioCandidatesAreValidated() {
        assertThatThrownBy(() -> new PortfolioCandidate("", null, 0, new BigDecimal("-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("code", "name", "effortDays", "savingVnd"));
    }
}
