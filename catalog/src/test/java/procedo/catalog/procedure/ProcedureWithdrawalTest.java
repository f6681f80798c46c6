package procedo.catalog.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.SIMPLIFICATION_PLANS;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.account.Actor;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PortfolioRequest;
import procedo.catalog.assessment.RankingRequest;
import procedo.catalog.assessment.Scope;
import procedo.catalog.error.ConflictException;
import procedo.catalog.excel.CatalogWorkbookExport;
import procedo.catalog.persistence.JooqCatalogTransfer;
import procedo.catalog.plan.Measure;
import procedo.catalog.plan.PlanFixture;
import procedo.catalog.plan.PlanSamples;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.plan.SimplificationPlan;
import procedo.catalog.transfer.CatalogTable;

/** Deleting keeps history, on H2 and PostgreSQL: what something depends on is withdrawn, never destroyed. */
class ProcedureWithdrawalTest extends StoreTest {

    private static final Actor ANALYST = new Actor("lan", "Nguyễn Thị Lan", "127.0.0.1");

    private PlanFixture f;

    @BeforeEach
    void setUp() {
        f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
        f.procedures.create(PlanSamples.residence("2.000002"), ANALYST);
    }

    @Test
    void aProcedureNothingDependsOnIsDeleted() {
        Removal removal = f.procedures.delete("2.000002", ANALYST, "nhập nhầm");

        assertThat(removal.outcome()).isEqualTo(Removal.Outcome.DELETED);
        assertThat(removal.dependents().isEmpty()).isTrue();
        assertThat(store.procedures().findByCode("2.000002")).isEmpty();
    }

    @Test
    void aProcedureWithAnApprovedPlanIsWithdrawnAndKeepsItsPlanAndHistory() {
        SimplificationPlan plan = f.approved("2.000001", List.of(new Measure.Online()));
        List<ProcedureVersion> versions = f.procedures.versions("2.000001");

        Removal removal = f.procedures.delete("2.000001", ANALYST, "Bãi bỏ theo Quyết định 123/QĐ-BTP");

        assertThat(removal.outcome()).isEqualTo(Removal.Outcome.WITHDRAWN);
        assertThat(removal.dependents().counts()).containsEntry(Dependents.PLANS, 1L).containsEntry(Dependents.USAGE, 1L);
        assertThat(removal.withdrawal().by()).isEqualTo("lan");
        assertThat(removal.withdrawal().reason()).isEqualTo("Bãi bỏ theo Quyết định 123/QĐ-BTP");
        assertThat(f.procedures.get("2.000001").name()).isEqualTo(PlanSamples.residence("2.000001").name());
        assertThat(f.procedures.withdrawal("2.000001")).contains(removal.withdrawal());
        assertThat(f.procedures.versions("2.000001")).isNotEmpty().isEqualTo(versions);
        assertThat(f.plans.get(plan.id()).status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(f.plans.forProcedure("2.000001")).extracting(SimplificationPlan::id).containsExactly(plan.id());
        assertThat(store.usage().forProcedure("2.000001")).hasSize(1);
    }

    @Test
    void noDeletionTakesAnApprovedPlanWithIt() {
        SimplificationPlan plan = f.approved("2.000001", List.of(new Measure.Online()));

        assertThatThrownBy(() -> store.procedures().delete("2.000001")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("simplification plans");
        assertThatThrownBy(() -> store.dsl().deleteFrom(PROCEDURES).where(PROCEDURES.CODE.eq("2.000001")).execute())
                .isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(store.dsl().fetchCount(SIMPLIFICATION_PLANS, SIMPLIFICATION_PLANS.ID.eq(plan.id()))).isEqualTo(1);
        assertThat(f.plans.get(plan.id()).status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aWithdrawnProcedureLeavesRankingsPortfoliosListsAndTheExportUntilReinstated() {
        f.add(PlanSamples.residence("2.000003"), 500);
        RankingRequest ranking = new RankingRequest(Scope.NATIONAL, null, ProcedureFilter.none(),
                OnlineInclusion.INCLUDE_FULLY_ONLINE, 0, 50);
        PortfolioRequest portfolio = new PortfolioRequest(Scope.NATIONAL, ProcedureFilter.none(),
                OnlineInclusion.INCLUDE_FULLY_ONLINE, 10_000);
        assertThat(codes(ranking)).contains("2.000001");

        f.procedures.delete("2.000001", ANALYST, "");

        assertThat(codes(ranking)).doesNotContain("2.000001").contains("2.000003");
        assertThat(f.assessment.portfolioCandidates(portfolio)).extracting(c -> c.code()).doesNotContain("2.000001");
        assertThat(listed(WithdrawnFilter.EXCLUDE)).containsExactly("2.000002", "2.000003");
        assertThat(listed(WithdrawnFilter.ONLY)).containsExactly("2.000001");
        assertThat(listed(WithdrawnFilter.INCLUDE)).containsExactly("2.000001", "2.000002", "2.000003");
        assertThat(f.procedures.find(new ProcedureFilter(null, null, null, null, null, null, null, null,
                WithdrawnFilter.ONLY), 0, 10).items().get(0).withdrawal().by()).isEqualTo("lan");
        assertThat(exported(WithdrawnFilter.EXCLUDE)).containsExactly("2.000002", "2.000003");
        assertThat(exported(WithdrawnFilter.INCLUDE)).containsExactly("2.000001", "2.000002", "2.000003");
        assertThat(f.assessment.costBasis("2.000001", Scope.NATIONAL)).isNotNull();

        f.procedures.reinstate("2.000001", ANALYST);

        assertThat(f.procedures.withdrawal("2.000001")).isEmpty();
        assertThat(codes(ranking)).contains("2.000001");
        assertThat(listed(WithdrawnFilter.EXCLUDE)).containsExactly("2.000001", "2.000002", "2.000003");
        assertThatThrownBy(() -> f.procedures.reinstate("2.000001", ANALYST)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not withdrawn");
    }

    @Test
    void aWithdrawnProceduresCodeIsNotGivenToANewOne() {
        f.procedures.delete("2.000001", ANALYST, "");

        assertThatThrownBy(() -> f.procedures.create(PlanSamples.residence("2.000001"), ANALYST))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("withdrawn procedure").hasMessageContaining("/api/procedures/2.000001/reinstate");
        assertThatThrownBy(() -> f.procedures.update("2.000002", PlanSamples.residence("2.000001"), 1, ANALYST))
                .isInstanceOf(ConflictException.class).hasMessageContaining("withdrawn procedure");
    }

    @Test
    void deletingAWithdrawnProcedureAgainKeepsItsFirstMark() {
        Withdrawal first = f.procedures.delete("2.000001", ANALYST, "lần đầu").withdrawal();

        Removal again = f.procedures.delete("2.000001", new Actor("binh", null, null), "lần hai");

        assertThat(again.outcome()).isEqualTo(Removal.Outcome.WITHDRAWN);
        assertThat(again.withdrawal()).isEqualTo(first);
    }

    @Test
    void whatDependsOutsideTheCatalogAlsoKeepsAProcedureAndItsCode() {
        ProcedureService withOutside = new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { },
                new ProcedureDependents() {
                    @Override
                    public Dependents of(String code) {
                        return Dependents.of(Dependents.CASES, code.equals("2.000002") ? 3 : 0);
                    }

                    @Override
                    public Dependents leftUnder(String code) {
                        return Dependents.of(Dependents.DEPLOYMENTS, code.equals("2.000009") ? 1 : 0);
                    }
                });

        assertThat(withOutside.delete("2.000002", ANALYST, "").dependents().counts())
                .isEqualTo(Map.of(Dependents.CASES, 3L));
        assertThat(withOutside.withdrawal("2.000002")).isPresent();
        assertThatThrownBy(() -> withOutside.create(PlanSamples.residence("2.000009"), ANALYST))
                .isInstanceOf(ConflictException.class).hasMessageContaining("former procedure")
                .hasMessageContaining("1 deployments");
        assertThat(store.procedures().findByCode("2.000009")).isEmpty();
    }

    private List<String> codes(RankingRequest request) {
        return f.assessment.rank(request).items().stream().map(i -> i.code()).toList();
    }

    private List<String> listed(WithdrawnFilter withdrawn) {
        return f.procedures.find(new ProcedureFilter(null, null, null, null, null, null, null, null, withdrawn), 0, 50)
                .items().stream().map(ProcedureSummary::code).toList();
    }

    private List<String> exported(WithdrawnFilter withdrawn) {
        JooqCatalogTransfer transfer = new JooqCatalogTransfer(store.dsl());
        List<String> codes = new java.util.ArrayList<>();
        transfer.forEachRow(CatalogTable.PROCEDURES, withdrawn, row -> codes.add((String) row.get(0)));
        new CatalogWorkbookExport(transfer).write(new ByteArrayOutputStream(), withdrawn);
        return codes;
    }
}
