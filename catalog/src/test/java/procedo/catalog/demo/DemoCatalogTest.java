package procedo.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PriorityItem;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.assessment.RankingRequest;
import procedo.catalog.assessment.RankingResult;
import procedo.catalog.assessment.Scope;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.procedure.ProcedureSummary;
import procedo.catalog.usage.UsageStat;

class DemoCatalogTest extends StoreTest {

    private CatalogAssessment assessment;

    @BeforeEach
    void load() {
        assessment = new CatalogAssessment(store.snapshots(), store.profiles(), store.tariffs(), store.localities());
        ProcedureService procedures = new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { });
        new DemoCatalog(store, procedures).load();
    }

    @Test
    void loadsAtLeastFortyValidProceduresAcrossTheRequiredFields() {
        List<ProcedureSummary> all = store.procedures().find(ProcedureFilter.none(), 0, 500).items();

        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(ProcedureSummary::field).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(8);
        assertThat(store.procedures().find(ProcedureFilter.none().withText("dang ky khai sinh"), 0, 10).total())
                .isPositive();
    }

    @Test
    void spreadsNationalVolumesOverTheThirtyFourProvinces() {
        String code = store.procedures().find(ProcedureFilter.none().withText("dang ky khai sinh"), 0, 1)
                .items().get(0).code();

        List<UsageStat> usage = store.usage().forProcedure(code);

        assertThat(usage).hasSize(34);
        assertThat(usage).allSatisfy(u -> {
            assertThat(u.year()).isEqualTo(DemoCatalog.USAGE_YEAR);
            assertThat(u.dossiersOnline()).isLessThanOrEqualTo(u.dossiersTotal());
        });
        assertThat(usage.stream().filter(u -> u.localityCode().equals("79")).findFirst().orElseThrow().dossiersTotal())
                .isGreaterThan(usage.stream().filter(u -> u.localityCode().equals("12")).findFirst().orElseThrow()
                        .dossiersTotal());
    }

    @Test
    void ranksTheDemoCatalogWithCostsThatRecomputeThroughTheCalculator() {
        RankingResult ranking = assessment.rank(new RankingRequest(Scope.NATIONAL, "balanced", ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 500));
        ProcedureCosts costs = new ProcedureCosts(store.procedures(), assessment);

        assertThat(ranking.total()).isGreaterThanOrEqualTo(20);
        for (PriorityItem item : ranking.items()) {
            var cost = costs.of(item.code(), Scope.NATIONAL);
            assertThat(item.annualCostVnd()).as(item.code()).isEqualByComparingTo(cost.comparison().asIs().annualCostVnd());
            assertThat(item.savingPotentialVnd()).as(item.code())
                    .isEqualByComparingTo(cost.comparison().savingVnd().max(java.math.BigDecimal.ZERO));
        }
        assertThat(ranking.items().get(0).score()).isGreaterThan(ranking.items().get(ranking.items().size() - 1).score());
    }
}
