package procedo.catalog.plan;

import procedo.catalog.StoreTest;
import procedo.catalog.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import procedo.catalog.Samples;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.persistence.JooqActivitySource;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.persistence.JooqPlanRepository;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.report.CostReductionReports;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

/** The plan and report services wired over one store, as the application wires them. */
public final class PlanFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);

    public final JooqCatalogStore store;
    public final CatalogAssessment assessment;
    public final ProcedureService procedures;
    public final JooqPlanRepository repository;
    public final PlanService plans;
    public final CostReductionReports reports;
    public final AuditTrail audit;

    public PlanFixture(JooqCatalogStore store) {
        this.store = store;
        this.audit = StoreTest.auditOf(store);
        this.assessment = new CatalogAssessment(store.snapshots(), store.profiles(),
                store.tariffs(), store.localities());
        this.procedures = new ProcedureService(store.procedures(), store.localities(), audit, assessment::procedureChanged);
        this.repository = new JooqPlanRepository(store.dsl());
        this.plans = new PlanService(repository, procedures, assessment, audit, CLOCK);
        this.reports = new CostReductionReports(store, assessment, repository, plans,
                new JooqActivitySource(store.dsl()), CLOCK);
        store.localities().saveAgency(Samples.COMMUNE);
    }

    /** Stores {@code procedure} with {@code dossiers} dossiers in 2024 in Hà Nội, none online. */
    public Procedure add(Procedure procedure, long dossiers) {
        Procedure created = procedures.create(procedure, StoreTest.TESTER);
        store.usage().save(List.of(new UsageStat(procedure.code(), "01", 2024, UsageSource.IMPORTED, dossiers, 0, dossiers)));
        assessment.procedureChanged(procedure.code());
        return created;
    }

    /** A plan with {@code measures}, proposed and approved. */
    public SimplificationPlan approved(String code, List<Measure> measures) {
        SimplificationPlan plan = plans.create(code, new PlanRequest("Phương án " + code, "", "Nguyễn Văn A", measures, List.of(), null), StoreTest.TESTER);
        plans.changeStatus(plan.id(), "PROPOSED", StoreTest.named("Nguyễn Văn A"), null);
        return plans.changeStatus(plan.id(), "APPROVED", StoreTest.named("Trần Thị B"), null);
    }
}
