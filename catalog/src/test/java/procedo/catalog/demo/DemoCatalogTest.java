package procedo.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.procedure.LegalDocument;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcessingTime;
import procedo.catalog.procedure.RecordPart;
import procedo.catalog.procedure.SourceCheck;
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
    void birthRegistrationCarriesItsChannelsTimesLegalDocumentsAndSources() {
        Procedure birth = store.procedures().findByCode("1.001193").orElseThrow();

        assertThat(birth.channels()).containsExactly(FeeChannel.IN_PERSON, FeeChannel.ONLINE, FeeChannel.POST);
        assertThat(birth.processingTimes()).extracting(ProcessingTime::channel).containsExactlyElementsOf(birth.channels());
        assertThat(birth.legalDocuments()).extracting(LegalDocument::number).contains("60/2014/QH13", "123/2015/NĐ-CP");
        assertThat(birth.legalDocuments().get(0).issuedOn()).isEqualTo(LocalDate.of(2014, 11, 20));
        assertThat(birth.sources()).extracting(SourceCheck::part).containsExactlyInAnyOrder(RecordPart.values());
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
