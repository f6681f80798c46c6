package procedo.catalog.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static procedo.catalog.priority.Candidates.candidate;
import static procedo.catalog.priority.Candidates.profile;
import static procedo.catalog.priority.Criterion.ANNUAL_COST;
import static procedo.catalog.priority.Criterion.ONLINE_GAP;
import static procedo.catalog.priority.Criterion.READINESS;
import static procedo.catalog.priority.Criterion.SAVING_POTENTIAL;
import static procedo.catalog.priority.Criterion.VOLUME;
import static procedo.catalog.procedure.OnlineLevel.FULL;
import static procedo.catalog.procedure.OnlineLevel.NONE;
import static procedo.catalog.procedure.OnlineLevel.PARTIAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.procedure.OnlineLevel;

class PriorityRankerTest {

    private final PriorityRanker ranker = new PriorityRanker();

    /*
     * Weights READINESS 2, ONLINE_GAP 1 → effective 2/3 = 0.666667 and 1/3 = 0.333333.
     * Volume, cost and saving are equal for all four, so they normalise to 0 (and weigh 0 anyway).
     *
     *        readiness  n_r = (r − 0.25) ÷ 0.75   gap  n_g = gap ÷ 1   100·⅔·n_r        100·⅓·n_g        score
     *   A    0.25       0                          1    1               0.00             33.33 (33.333)   33.33
     *   B    0.50       1/3                        0.5  0.5             22.22 (22.222)   16.67 (16.667)   38.89
     *   C    1.00       1                          0    0               66.67 (66.667)    0.00            66.67
     *   D    0.75       2/3                        1    1               44.44 (44.444)   33.33 (33.333)   77.77
     *
     * D's exact score is 77.777…, but the score is the sum of the rounded contributions: 77.77.
     */
    @Test
    void linearCriteriaAreNormalisedWeightedAndRoundedAsWorkedByHand() {
        Ranking ranking = ranker.rank(List.of(
                candidate("A", 100, 1000, 500, 0.25, NONE),
                candidate("B", 100, 1000, 500, 0.50, PARTIAL),
                candidate("C", 100, 1000, 500, 1.00, FULL),
                candidate("D", 100, 1000, 500, 0.75, NONE)), profile(READINESS, 2, ONLINE_GAP, 1));

        List<RankedProcedure> page = ranking.page(0, 10);
        assertThat(page).extracting(p -> p.candidate().code()).containsExactly("D", "C", "B", "A");
        assertThat(page).extracting(RankedProcedure::rank).containsExactly(1, 2, 3, 4);
        assertThat(page).extracting(RankedProcedure::score)
                .containsExactly(new BigDecimal("77.77"), new BigDecimal("66.67"), new BigDecimal("38.89"),
                        new BigDecimal("33.33"));

        RankedProcedure b = ranking.find("B").orElseThrow();
        assertThat(b.contribution(READINESS)).isEqualTo(new Contribution(READINESS, new BigDecimal("0.5"),
                new BigDecimal("0.333333"), new BigDecimal("0.666667"), new BigDecimal("22.22")));
        assertThat(b.contribution(ONLINE_GAP)).isEqualTo(new Contribution(ONLINE_GAP, new BigDecimal("0.5"),
                new BigDecimal("0.500000"), new BigDecimal("0.333333"), new BigDecimal("16.67")));
        assertThat(b.contribution(VOLUME)).isEqualTo(new Contribution(VOLUME, new BigDecimal("100"),
                new BigDecimal("0.000000"), new BigDecimal("0.000000"), new BigDecimal("0.00")));
        assertThat(b.contributions()).extracting(Contribution::criterion).containsExactly(Criterion.values());

        RankedProcedure d = ranking.find("D").orElseThrow();
        assertThat(d.contribution(READINESS).normalized()).isEqualByComparingTo("0.666667");
        assertThat(d.contribution(READINESS).contribution()).isEqualTo(new BigDecimal("44.44"));
        assertThat(d.contribution(ONLINE_GAP).contribution()).isEqualTo(new BigDecimal("33.33"));
    }

    /*
     * Weights VOLUME 1, ANNUAL_COST 1 → effective 0.5 each. Both are LOG criteria: x' = ln(1 + x).
     *
     *        volume  ln(1+v)    n_v                           cost    ln(1+c)     n_c
     *   A    0       0.000000   0                             999     6.907755    (6.907755−2.302585) ÷ 9.210340 = 0.5
     *   B    99      4.605170   4.605170 ÷ 7.600902 = 0.605872   9     2.302585    0
     *   C    1999    7.600902   1                             99999   11.512925   1
     *
     *   contributions 100 × 0.5 × n:  A 0.00 + 25.00 = 25.00;  B 30.29 (30.2936) + 0.00 = 30.29;
     *                                 C 50.00 + 50.00 = 100.00
     */
    @Test
    void logCriteriaAreTransformedWithLnOnePlusXBeforeNormalising() {
        Ranking ranking = ranker.rank(List.of(
                candidate("A", 0, 999, 0, 0, NONE),
                candidate("B", 99, 9, 0, 0, NONE),
                candidate("C", 1999, 99999, 0, 0, NONE)), profile(VOLUME, 1, ANNUAL_COST, 1));

        assertThat(ranking.page(0, 3)).extracting(p -> p.candidate().code() + " " + p.score())
                .containsExactly("C 100.00", "B 30.29", "A 25.00");
        RankedProcedure b = ranking.find("B").orElseThrow();
        assertThat(b.contribution(VOLUME).normalized()).isEqualTo(new BigDecimal("0.605872"));
        assertThat(b.contribution(VOLUME).contribution()).isEqualTo(new BigDecimal("30.29"));
        RankedProcedure a = ranking.find("A").orElseThrow();
        assertThat(a.contribution(ANNUAL_COST).raw()).isEqualTo(new BigDecimal("999"));
        assertThat(a.contribution(ANNUAL_COST).normalized()).isEqualTo(new BigDecimal("0.500000"));
        assertThat(a.contribution(ANNUAL_COST).contribution()).isEqualTo(new BigDecimal("25.00"));

        CriterionNormalization volume = ranking.normalization().get(VOLUME.ordinal());
        assertThat(volume).isEqualTo(new CriterionNormalization(VOLUME, Criterion.Scale.LOG, BigDecimal.ONE,
                new BigDecimal("0.500000"), new BigDecimal("0.000000"), new BigDecimal("7.600902")));
        CriterionNormalization cost = ranking.normalization().get(ANNUAL_COST.ordinal());
        assertThat(cost.min()).isEqualTo(new BigDecimal("2.302585"));
        assertThat(cost.max()).isEqualTo(new BigDecimal("11.512925"));
    }

    @Test
    void contributionsSumExactlyToTheScoreWhichStaysWithinZeroAndHundred() {
        Random random = new Random(7);
        OnlineLevel[] levels = OnlineLevel.values();
        List<PriorityCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            candidates.add(candidate("P" + i, random.nextInt(1_000_000), random.nextInt(2_000_000_000),
                    random.nextInt(1_000_000), random.nextInt(1001) / 1000.0, levels[random.nextInt(3)]));
        }
        for (PriorityProfile profile : List.of(PriorityProfile.balanced(),
                profile(VOLUME, 1, ANNUAL_COST, 1, SAVING_POTENTIAL, 1, READINESS, 1, ONLINE_GAP, 2),
                profile(VOLUME, "0.3", READINESS, "0.7"),
                profile(VOLUME, 3, ANNUAL_COST, 3, SAVING_POTENTIAL, 3, READINESS, 7, ONLINE_GAP, 11))) {
            Ranking ranking = ranker.rank(candidates, profile);
            for (RankedProcedure ranked : ranking.page(0, 1000)) {
                BigDecimal sum = ranked.contributions().stream().map(Contribution::contribution)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).isEqualTo(ranked.score());
                assertThat(ranked.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100.00"));
                assertThat(ranked.score().scale()).isEqualTo(2);
            }
        }
    }

    /*
     * Weights 1, 1, 1, 1, 2 → 1/6 each for the first four, 2/6 for the online gap. A candidate best on every
     * criterion gets 16.667 → 16.67 four times and 33.333 → 33.33: 100.01. The hundredth in excess comes off the
     * contribution rounding lifted most, the first of the four equal ones in criterion order (VOLUME).
     */
    @Test
    void roundingNeverLiftsAScorePastHundred() {
        Ranking ranking = ranker.rank(List.of(
                candidate("TOP", 1000, 1000, 1000, 1, NONE),
                candidate("LOW", 1, 1, 1, 0, FULL)),
                profile(VOLUME, 1, ANNUAL_COST, 1, SAVING_POTENTIAL, 1, READINESS, 1, ONLINE_GAP, 2));

        RankedProcedure top = ranking.page(0, 1).get(0);
        assertThat(top.score()).isEqualTo(new BigDecimal("100.00"));
        assertThat(top.contributions()).extracting(Contribution::contribution).containsExactly(
                new BigDecimal("16.66"), new BigDecimal("16.67"), new BigDecimal("16.67"), new BigDecimal("16.67"),
                new BigDecimal("33.33"), new BigDecimal("0.00"));
    }

    /*
     * Effective weights READINESS 1/8 = 0.125, ONLINE_GAP 7/8. Readiness 0 / 0.25 / 1 normalises 0.25 to 0.25;
     * 100 × 0.125 × 0.25 = 3.125 exactly (a binary fraction), which half-up rounds to 3.13.
     */
    @Test
    void anExactHalfHundredthRoundsUp() {
        Ranking ranking = ranker.rank(List.of(
                candidate("LOW", 1, 1, 1, 0, NONE),
                candidate("MID", 1, 1, 1, 0.25, NONE),
                candidate("TOP", 1, 1, 1, 1, NONE)), profile(READINESS, 1, ONLINE_GAP, 7));

        assertThat(ranking.find("MID").orElseThrow().score()).isEqualTo(new BigDecimal("3.13"));
    }

    /*
     * Rounding is half-up of the double product w × n, taken exactly: the double nearest 0.009 is
     * 0.00899999999999999931…, so 100 × 0.25 × n is 0.2249999… points, which rounds to 0.22 — even though
     * multiplying by 10 000 in doubles would land on 22.5 and round up.
     */
    @Test
    void roundingIsHalfUpOfTheExactDoubleProduct() {
        Ranking ranking = ranker.rank(List.of(
                candidate("LOW", 1, 1, 1, 0, NONE),
                candidate("MID", 1, 1, 1, 0.009, NONE),
                candidate("TOP", 1, 1, 1, 1, NONE)), profile(READINESS, 1, ONLINE_GAP, 3));

        assertThat(ranking.find("MID").orElseThrow().score()).isEqualTo(new BigDecimal("0.22"));
    }

    @Test
    void tiesBreakByCostThenVolumeThenCodeWhateverTheInputOrder() {
        List<PriorityCandidate> candidates = new ArrayList<>(List.of(
                candidate("B-2", 10, 500, 0, 0.5, NONE),
                new PriorityCandidate(1, "A-1", "A", 10, new BigDecimal("500.00"), BigDecimal.ZERO, 0.5, NONE, 1),
                candidate("C-3", 1, 900, 0, 0.5, NONE),
                candidate("D-4", 50, 500, 0, 0.5, NONE),
                candidate("Z-9", 0, 0, 0, 0.9, NONE)));
        Random random = new Random(3);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(candidates, random);
            Ranking ranking = ranker.rank(candidates, profile(READINESS, 1));
            assertThat(ranking.page(0, 10)).extracting(p -> p.rank() + " " + p.candidate().code())
                    .containsExactly("1 Z-9", "2 C-3", "3 D-4", "4 A-1", "5 B-2");
        }
    }

    @Test
    void aCriterionOnWhichAllCandidatesAreEqualNormalisesToZero() {
        Ranking ranking = ranker.rank(List.of(
                candidate("A", 100, 1000, 500, 0.5, PARTIAL),
                candidate("B", 100, 2000, 500, 0.5, PARTIAL)), profile(VOLUME, 1, ANNUAL_COST, 1));

        for (RankedProcedure ranked : ranking.page(0, 2)) {
            assertThat(ranked.contribution(VOLUME).normalized()).isEqualByComparingTo("0");
            assertThat(ranked.contribution(VOLUME).contribution()).isEqualByComparingTo("0");
        }
        assertThat(ranking.find("B").orElseThrow().score()).isEqualTo(new BigDecimal("50.00"));
        assertThat(ranking.find("A").orElseThrow().score()).isEqualTo(new BigDecimal("0.00"));
        CriterionNormalization volume = ranking.normalization().get(VOLUME.ordinal());
        assertThat(volume.min()).isEqualTo(volume.max()).isEqualTo(new BigDecimal("4.615121"));
    }

    @Test
    void aSingleCandidateScoresZero() {
        Ranking ranking = ranker.rank(List.of(candidate("ONLY", 5, 5, 5, 1, NONE)),
                PriorityProfile.balanced());

        assertThat(ranking.size()).isEqualTo(1);
        assertThat(ranking.page(0, 1).get(0).score()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void anEmptyCandidateSetGivesAnEmptyRanking() {
        Ranking ranking = ranker.rank(List.of(), PriorityProfile.balanced());

        assertThat(ranking.size()).isZero();
        assertThat(ranking.page(0, 10)).isEmpty();
        assertThat(ranking.find("X")).isEmpty();
        assertThat(ranking.normalization()).hasSize(Criterion.values().length)
                .allSatisfy(n -> assertThat(n.min()).isEqualByComparingTo("0"));
    }

    @Test
    void normalizationReportsGivenAndEffectiveWeightsOfEveryCriterion() {
        Ranking ranking = ranker.rank(List.of(candidate("A", 1, 1, 1, 0, NONE)), PriorityProfile.balanced());

        assertThat(ranking.profile()).isEqualTo(PriorityProfile.balanced());
        assertThat(ranking.normalization()).extracting(CriterionNormalization::criterion)
                .containsExactly(Criterion.values());
        assertThat(ranking.normalization()).extracting(n -> n.weight().toPlainString() + "→" + n.effectiveWeight())
                .containsExactly("0.25→0.250000", "0.25→0.250000", "0.25→0.250000", "0.15→0.150000",
                        "0.10→0.100000", "0→0.000000");
    }

    @Test
    void findLocatesAProcedureWithItsRank() {
        Ranking ranking = ranker.rank(List.of(
                candidate("A", 1, 1, 1, 0.1, NONE),
                candidate("B", 1, 1, 1, 0.9, NONE),
                candidate("C", 1, 1, 1, 0.5, NONE)), profile(READINESS, 1));

        assertThat(ranking.find("C")).hasValueSatisfying(c -> assertThat(c.rank()).isEqualTo(2));
        assertThat(ranking.find("B")).hasValueSatisfying(b -> assertThat(b.rank()).isEqualTo(1));
        assertThat(ranking.find("NOPE")).isEmpty();
    }

    @Test
    void ranksAreDenseAndFollowTheScoreDescending() {
        Random random = new Random(11);
        List<PriorityCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            candidates.add(candidate("P" + i, random.nextInt(100), random.nextInt(100), random.nextInt(100),
                    random.nextInt(5) / 4.0, OnlineLevel.values()[random.nextInt(3)]));
        }
        Ranking ranking = ranker.rank(candidates, PriorityProfile.balanced());

        List<RankedProcedure> all = new ArrayList<>();
        for (int offset = 0; offset < ranking.size(); offset += 1000) {
            all.addAll(ranking.page(offset, 1000));
        }
        assertThat(all).hasSize(2500);
        assertThat(all).extracting(RankedProcedure::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 2500).boxed().toList());
        for (int i = 1; i < all.size(); i++) {
            RankedProcedure before = all.get(i - 1);
            RankedProcedure after = all.get(i);
            int byScore = before.score().compareTo(after.score());
            assertThat(byScore).isGreaterThanOrEqualTo(0);
            if (byScore == 0) {
                int byCost = before.candidate().annualCostVnd().compareTo(after.candidate().annualCostVnd());
                assertThat(byCost).isGreaterThanOrEqualTo(0);
                if (byCost == 0) {
                    assertThat(before.candidate().volume()).isGreaterThanOrEqualTo(after.candidate().volume());
                    if (before.candidate().volume() == after.candidate().volume()) {
                        assertThat(before.candidate().code()).isLessThan(after.candidate().code());
                    }
                }
            }
        }
    }

    @Test
    void duplicateCodesAndMissingCandidatesAreRefusedWithTheirPosition() {
        List<PriorityCandidate> candidates = Arrays.asList(
                candidate("A", 1, 1, 1, 0, NONE), null, candidate("A", 2, 2, 2, 0, NONE));

        assertThatThrownBy(() -> ranker.rank(candidates, PriorityProfile.balanced()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("candidates[1]", "candidates[2].code"));
        assertThatThrownBy(() -> ranker.rank(List.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("profile"));
    }
}
