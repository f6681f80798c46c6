package procedo.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.TestDatabase;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.RankingRequest;
import procedo.catalog.assessment.Scope;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureService;

class SyntheticCatalogTest extends StoreTest {

    @Test
    void writesValidLocalizedProceduresInBulkThatRankInTheirProvince() {
        int written = new SyntheticCatalog(store).generate(2_500, 7, 2024);

        CatalogAssessment assessment = new CatalogAssessment(store.snapshots(), store.profiles(),
                store.tariffs(), store.localities());
        var national = assessment.rank(new RankingRequest(Scope.NATIONAL, null, ProcedureFilter.none(),
                OnlineInclusion.INCLUDE_FULLY_ONLINE, 0, 1));
        var hanoi = assessment.rank(new RankingRequest(Scope.parse("01"), null, ProcedureFilter.none(),
                OnlineInclusion.INCLUDE_FULLY_ONLINE, 0, 1000));

        assertThat(written).isEqualTo(2_500);
        assertThat(store.procedures().find(ProcedureFilter.none(), 0, 1).total()).isEqualTo(2_500);
        assertThat(national.total()).isEqualTo(2_500);
        assertThat(hanoi.total()).isBetween(1, 2_499);
        assertThat(hanoi.items()).allSatisfy(item -> assertThat(item.localityCode()).isEqualTo("01"));
        ProcedureService service = new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { });
        String first = national.items().get(0).code();
        service.validate(store.procedures().findByCode(first).orElseThrow());
        assertThat(store.usage().forProcedure(first)).hasSize(1);
    }

    @Test
    void theSameSeedGivesTheSameCatalog() {
        new SyntheticCatalog(store).generate(50, 11, 2024);
        TestDatabase.Instance other = database.create();
        try (JooqCatalogStore second = JooqCatalogStore.open(other.settings())) {
            new SyntheticCatalog(second).generate(50, 11, 2024);
            var code = store.procedures().find(ProcedureFilter.none(), 17, 1).items().get(0).code();
            assertThat(second.procedures().findByCode(code)).isEqualTo(store.procedures().findByCode(code));
        } finally {
            other.close();
        }
    }
}
