package procedo.catalog.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.account.Actor;
import procedo.catalog.assessment.Scope;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditFilter;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.plan.PlanFixture;
import procedo.catalog.plan.PlanSamples;
import procedo.catalog.text.Messages;

/**
 * Usage figures recorded and corrected by people, on H2 and PostgreSQL: each keeps who recorded it, when and why;
 * a correction from a stale page is refused; a measured figure is never replaced by a person's.
 */
class UsageCorrectionTest extends StoreTest {

    private static final Actor OFFICER = new Actor("hoa", "Lê Thị Hoa", "127.0.0.1");
    private static final String CODE = "2.000001";

    private PlanFixture f;
    private UsageService usage;

    @BeforeEach
    void setUp() {
        f = new PlanFixture(store);
        f.add(PlanSamples.residence(CODE), 1000);
        usage = new UsageService(store.procedures(), store.localities(), store.usage(), f.audit,
                f.assessment::procedureChanged, PlanFixture.CLOCK);
    }

    private static UsageFigure figure(String locality, int year, UsageSource source, long total, Integer version,
                                      String note) {
        return new UsageFigure(locality, year, source, total, total / 2, total, null, version, note);
    }

    private RecordedUsage slot(String locality, int year, UsageSource source) {
        return usage.records(CODE).stream().filter(r -> r.stat().localityCode().equals(locality)
                && r.stat().year() == year && r.stat().source() == source).findFirst().orElseThrow();
    }

    @Test
    void aRecordedFigureKeepsItsPersonTimeAndReasonAndReachesTheCostBasis() {
        usage.record(CODE, List.of(figure("79", 2024, UsageSource.IMPORTED, 4200, 0,
                "Báo cáo tình hình giải quyết TTHC năm 2024 của UBND TP. Hồ Chí Minh")), OFFICER);

        RecordedUsage recorded = slot("79", 2024, UsageSource.IMPORTED);
        assertThat(recorded.version()).isEqualTo(1);
        assertThat(recorded.recordedBy()).isEqualTo("Lê Thị Hoa");
        assertThat(recorded.recordedAt()).isEqualTo(PlanFixture.CLOCK.instant());
        assertThat(recorded.note()).startsWith("Báo cáo tình hình");
        assertThat(f.assessment.costBasis(CODE, new Scope("79")).dossiersPerYear()).isEqualByComparingTo("4200");
    }

    @Test
    void aCorrectionNamesTheVersionItCorrectsAndAStaleOneChangesNothing() {
        usage.record(CODE, List.of(figure("79", 2024, UsageSource.IMPORTED, 4200, 0, null)), OFFICER);
        usage.record(CODE, List.of(figure("79", 2024, UsageSource.IMPORTED, 4300, 1, "Số liệu đã rà soát lại")),
                TESTER);

        RecordedUsage corrected = slot("79", 2024, UsageSource.IMPORTED);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.stat().dossiersTotal()).isEqualTo(4300);
        assertThat(corrected.recordedBy()).isEqualTo(TESTER.displayName());

        assertThatThrownBy(() -> usage.record(CODE,
                List.of(figure("79", 2024, UsageSource.IMPORTED, 9999, 1, null)), OFFICER))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(Messages.render(((ConflictException) e).text(), Messages.VIETNAMESE))
                        .contains("phiên bản 2").contains("phiên bản 1").contains("Thành phố Hồ Chí Minh"));
        assertThatThrownBy(() -> usage.record(CODE,
                List.of(figure("79", 2024, UsageSource.IMPORTED, 9999, 0, null)), OFFICER))
                .isInstanceOf(ConflictException.class);
        assertThat(slot("79", 2024, UsageSource.IMPORTED).stat().dossiersTotal()).isEqualTo(4300);
    }

    @Test
    void theSameFigureSentAgainIsNoChange() {
        usage.record(CODE, List.of(figure("79", 2024, UsageSource.IMPORTED, 4200, 0, "Báo cáo")), OFFICER);
        long audited = f.audit.find(AuditFilter.none(), 0, 500).total();

        usage.record(CODE, List.of(figure("79", 2024, UsageSource.IMPORTED, 4200, 1, "Báo cáo")), TESTER);

        assertThat(slot("79", 2024, UsageSource.IMPORTED).version()).isEqualTo(1);
        assertThat(slot("79", 2024, UsageSource.IMPORTED).recordedBy()).isEqualTo("Lê Thị Hoa");
        assertThat(f.audit.find(AuditFilter.none(), 0, 500).total()).isEqualTo(audited);
    }

    @Test
    void refusedFiguresAreLocatedAtTheirFields() {
        assertThatThrownBy(() -> usage.record(CODE, List.of(
                figure("79", 2024, UsageSource.IMPORTED, 10, 0, null),
                new UsageFigure("XX", 2026, UsageSource.IMPORTED, -5L, null, null, null, 0, "x".repeat(1001))),
                OFFICER))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
                        .containsExactlyInAnyOrder("stats[1].localityCode", "stats[1].year", "stats[1].dossiersTotal",
                                "stats[1].note"))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).filteredOn(
                                p -> p.location().equals("stats[1].year")).extracting(p -> Messages.render(p.text(),
                                Messages.VIETNAMESE)).containsExactly("không được sau năm hiện tại (2025)"));
        assertThat(usage.records(CODE)).extracting(r -> r.stat().localityCode()).doesNotContain("79");
    }

    @Test
    void aMeasuredFigureIsReplacedOnlyByTheWorkflowEngine() {
        Actor feed = Actor.system("measured usage");
        usage.record(CODE, List.of(figure("01", 2025, UsageSource.MEASURED, 120, null, null)), feed);

        assertThatThrownBy(() -> usage.record(CODE,
                List.of(figure("01", 2025, UsageSource.MEASURED, 500, 1, "sửa tay")), OFFICER))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
                        .containsExactly("stats[0].source"));
        usage.record(CODE, List.of(figure("01", 2025, UsageSource.IMPORTED, 500, 0, "Báo cáo năm")), OFFICER);
        usage.record(CODE, List.of(figure("01", 2025, UsageSource.MEASURED, 130, null, null)), feed);

        assertThat(slot("01", 2025, UsageSource.MEASURED).stat().dossiersTotal()).isEqualTo(130);
        assertThat(slot("01", 2025, UsageSource.MEASURED).version()).isEqualTo(2);
        assertThat(slot("01", 2025, UsageSource.IMPORTED).stat().dossiersTotal()).isEqualTo(500);
        assertThat(f.audit.find(AuditFilter.none(), 0, 500).items()).extracting(e -> e.action())
                .contains(AuditAction.USAGE_RECORDED.name());
    }
}
