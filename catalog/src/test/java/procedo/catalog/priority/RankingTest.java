package procedo.catalog.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static procedo.catalog.priority.Candidates.candidate;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.procedure.OnlineLevel;

class RankingTest {

    private final Ranking ranking = rankingOf(25);

    private static Ranking rankingOf(int size) {
        List<PriorityCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            candidates.add(candidate(String.format("P%02d", i), i, i * 10L, i * 5L, i / (double) size,
                    OnlineLevel.NONE));
        }
        return new PriorityRanker().rank(candidates, PriorityProfile.balanced());
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrOverlap() {
        List<RankedProcedure> first = ranking.page(0, 10);
        List<RankedProcedure> second = ranking.page(10, 10);
        List<RankedProcedure> last = ranking.page(20, 10);

        assertThat(first).extracting(RankedProcedure::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(second.get(0).rank()).isEqualTo(11);
        assertThat(last).extracting(RankedProcedure::rank).containsExactly(21, 22, 23, 24, 25);
        assertThat(first.get(0).candidate().code()).isEqualTo("P24");
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        assertThat(ranking.page(25, 10)).isEmpty();
        assertThat(ranking.page(Integer.MAX_VALUE, 1000)).isEmpty();
    }

    @Test
    void pageBoundsAreCheckedAndNamed() {
        assertThatThrownBy(() -> ranking.page(-1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("offset", "limit"));
        assertThatThrownBy(() -> ranking.page(0, 1001))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("limit"));
        assertThat(rankingOf(1200).page(0, 1000)).hasSize(1000);
        assertThat(ranking.page(3, 1)).singleElement().extracting(RankedProcedure::rank).isEqualTo(4);
    }

    @Test
    void findAgreesWithThePages() {
        for (RankedProcedure ranked : ranking.page(0, 1000)) {
            assertThat(ranking.find(ranked.candidate().code())).contains(ranked);
        }
    }
}
