package procedo.catalog.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static procedo.catalog.Samples.d;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.assessment.Scope;
import procedo.catalog.assessment.ToBeBasis;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Messages;

/** Plans stored on H2 and PostgreSQL: changes, workflow, optimistic locking, preview, suggestions. */
class PlanServiceTest extends StoreTest {

    private PlanFixture f;

    @BeforeEach
    void setUp() {
        f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
        f.add(PlanSamples.residence("2.000002"), 10);
    }

    private PlanRequest request(List<Measure> measures, Integer version) {
        return new PlanRequest("Đơn giản hóa đăng ký thường trú", "ghi chú", "Nguyễn Văn A", measures,
                List.of(new ActivityEdit("Xác thực VNeID", procedo.catalog.cost.ActivityKind.SUBMIT, d("0.1"), null, null, false)),
                version);
    }

    @Test
    void storesEveryKindOfMeasureAndReadsItBack() {
        List<Measure> measures = List.of(new Measure.OnceOnly(PlanSamples.A, null), new Measure.RemoveComponent(PlanSamples.B),
                new Measure.Online(), new Measure.CutProcessingTime(2), new Measure.CutFee(d("12.5")),
                new Measure.Merge(List.of("2.000002"), "Liên thông cư trú"));

        SimplificationPlan created = f.plans.create("2.000001", request(measures, null), TESTER);
        SimplificationPlan read = f.plans.get(created.id());

        assertThat(read.measures()).containsExactly(new Measure.OnceOnly(PlanSamples.A, "POPULATION_DB"),
                new Measure.RemoveComponent(PlanSamples.B), new Measure.Online(), new Measure.CutProcessingTime(2),
                new Measure.CutFee(d("12.5")), new Measure.Merge(List.of("2.000002"), "Liên thông cư trú"));
        assertThat(read.edits()).hasSize(1);
        assertThat(read.edits().get(0).hours()).isEqualByComparingTo("0.1");
        assertThat(read.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.history()).as("created by the person acting, whatever the request says")
                .containsExactly(new StatusChange(null, PlanStatus.DRAFT, TESTER.username(), PlanFixture.CLOCK.instant()));
        assertThat(f.plans.forProcedure("2.000001")).extracting(SimplificationPlan::id).containsExactly(created.id());
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        SimplificationPlan created = f.plans.create("2.000001", request(List.of(new Measure.Online()), null), TESTER);

        SimplificationPlan updated = f.plans.update(created.id(), request(List.of(new Measure.CutFee(d("100"))), 1), TESTER);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.measures()).containsExactly(new Measure.CutFee(d("100")));
        assertThatThrownBy(() -> f.plans.update(created.id(), request(List.of(), 1), TESTER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
    }

    @Test
    void refusesBadMeasuresNamingEachOne() {
        assertThatThrownBy(() -> f.plans.create("2.000001", new PlanRequest("", null, "A", List.of(
                new Measure.RemoveComponent("Không có"), new Measure.CutFee(d("120")), new Measure.CutProcessingTime(9),
                new Measure.Merge(List.of("9.999999"), "X"), new Measure.OnceOnly(PlanSamples.B, null)), List.of(), null), TESTER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactlyInAnyOrder("title", "measures[0].component",
                                "measures[1].percent", "measures[2].days", "measures[3].linkedCodes[0]",
                                "measures[4].database"));
        assertThat(f.plans.forProcedure("2.000001")).isEmpty();
        assertThatThrownBy(() -> f.plans.create("9.9", request(List.of(), null), TESTER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void followsTheWorkflowRecordingWhoAndWhen() {
        SimplificationPlan plan = f.plans.create("2.000001", request(PlanSamples.fullPlan(), null), named("Nguyễn Văn A"));

        assertThatThrownBy(() -> f.plans.changeStatus(plan.id(), "APPROVED", named("B"), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("DRAFT to APPROVED");
        assertThatThrownBy(() -> f.plans.changeStatus(plan.id(), "DONE", TESTER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("status"));
        f.plans.changeStatus(plan.id(), "PROPOSED", named("Nguyễn Văn A"), null);
        assertThatThrownBy(() -> f.plans.changeStatus(plan.id(), "approved", named("Nguyễn Văn A"), 2))
                .as("separation of duties").isInstanceOf(procedo.catalog.error.NotAllowedException.class)
                .hasMessageContaining("someone else must approve it");
        SimplificationPlan approved = f.plans.changeStatus(plan.id(), "approved", named("Trần Thị B"), 2);

        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.history()).extracting(StatusChange::to, StatusChange::by).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlanStatus.DRAFT, "Nguyễn Văn A"),
                org.assertj.core.groups.Tuple.tuple(PlanStatus.PROPOSED, "Nguyễn Văn A"),
                org.assertj.core.groups.Tuple.tuple(PlanStatus.APPROVED, "Trần Thị B"));
        assertThatThrownBy(() -> f.plans.update(plan.id(), request(List.of(), 3), TESTER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.plans.delete(plan.id(), TESTER)).isInstanceOf(ConflictException.class);
        assertThat(f.plans.changeStatus(plan.id(), "IMPLEMENTED", named("C"), null).status()).isEqualTo(PlanStatus.IMPLEMENTED);
        assertThatThrownBy(() -> f.plans.changeStatus(plan.id(), "DRAFT", named("C"), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("final");
    }

    /** Approval makes the derived to-be the procedure's designed to-be, used by the procedure's cost and ranking. */
    @Test
    void anApprovedPlanBecomesTheProceduresToBe() {
        f.approved("2.000001", PlanSamples.fullPlan());

        assertThat(f.procedures.get("2.000001").toBeActivities()).extracting(a -> a.name())
                .containsExactly("Tìm hiểu thủ tục", "Chuẩn bị hồ sơ", "Sao y, chứng thực", "Nộp hồ sơ");
        var cost = new ProcedureCosts(store.procedures(), f.assessment).of("2.000001", Scope.NATIONAL);
        assertThat(cost.toBeBasis()).isEqualTo(ToBeBasis.DESIGNED);
        assertThat(cost.comparison().toBe().costPerDossierVnd()).isEqualByComparingTo("102313.625");
    }

    /** The preview's figures are those worked out in {@link PlanDerivationTest}. */
    @Test
    void previewShowsBeforeAndAfterAsWorkedOutByHand() {
        SimplificationPlan plan = f.plans.create("2.000001", new PlanRequest("P", null, "A", PlanSamples.fullPlan(), List.of(), null), TESTER);

        PlanPreview preview = f.plans.preview(plan.id());

        assertThat(preview.basis().tariffVndPerHour()).isEqualByComparingTo("43750");
        assertThat(preview.basis().dossiersPerYear()).isEqualByComparingTo("1000");
        assertThat(preview.saving().beforeVnd()).isEqualByComparingTo("254687500");
        assertThat(preview.saving().afterVnd()).isEqualByComparingTo("87313625");
        assertThat(preview.saving().savingPercent()).isEqualByComparingTo("65.72");
        assertThat(preview.processingDaysAfter()).isEqualTo(2);
    }

    /**
     * Suggestions: once-only for A (reusable from POPULATION_DB): 1 of 3 components, preparation and copying × 2/3:
     * PREPARE 1 h, 6 667; COPY 0.3333 h, 10 000 → saves (75 625 − 50 417) + (36 875 − (14 581.875 + 10 000))
     * = 25 208 + 12 293.125 = 37 501.125 per dossier → 37 501 125 a year; online saves travel and waiting
     * 44 250 + 13 125 + (50 000 − 30 000) fees = 77 375 per dossier → 77 375 000; the fee waiver 50 000 000.
     */
    @Test
    void suggestsTheMeasuresTheDataSupportsWithTheirSavings() {
        List<Suggestion> suggestions = f.plans.suggestions("2.000001");

        assertThat(suggestions).extracting(s -> s.measure().kindName()).containsExactly("ONCE_ONLY", "ONLINE", "CUT_FEE");
        assertThat(suggestions).extracting(s -> s.savingVnd().toPlainString())
                .containsExactly("37501125", "77375000", "50000000");
    }

    @Test
    void savingsListEachProceduresLeadingPlanWithItsAnnualSaving() {
        SimplificationPlan draft = f.plans.create("2.000001", new PlanRequest("P", null, "A", PlanSamples.fullPlan(),
                List.of(), null), TESTER);
        SimplificationPlan other = f.plans.create("2.000002", new PlanRequest("Q", null, "A",
                List.of(new Measure.Online()), List.of(), null), TESTER);

        List<PlanSaving> savings = f.plans.savings();

        assertThat(savings).extracting(PlanSaving::procedureCode).containsExactly("2.000001", "2.000002");
        assertThat(savings).extracting(PlanSaving::planId).containsExactly(draft.id(), other.id());
        assertThat(savings.get(0).status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(savings.get(0).savingVnd()).isEqualByComparingTo(f.plans.preview(draft.id()).saving().savingVnd());
        assertThat(savings.get(0).savingPercent()).isEqualByComparingTo("65.72");
    }

    @Test
    void workflowRefusalsReadInVietnameseNamingTheStatusesAsThePageDoes() {
        SimplificationPlan plan = f.plans.create("2.000001", request(PlanSamples.fullPlan(), null), named("Nguyễn Văn A"));

        ConflictException skipped = catchThrowableOfType(ConflictException.class,
                () -> f.plans.changeStatus(plan.id(), "APPROVED", named("B"), null));
        f.plans.changeStatus(plan.id(), "PROPOSED", named("Nguyễn Văn A"), null);
        NotAllowedException own = catchThrowableOfType(NotAllowedException.class,
                () -> f.plans.changeStatus(plan.id(), "APPROVED", named("Nguyễn Văn A"), 2));

        assertThat(Messages.render(skipped.text(), Messages.VIETNAMESE)).isEqualTo("Phương án " + plan.id()
                + " không chuyển được từ “Dự thảo” sang “Đã phê duyệt”; chỉ chuyển được sang: Đã đề xuất");
        assertThat(skipped.getMessage())
                .isEqualTo("plan " + plan.id() + " cannot go from DRAFT to APPROVED; allowed: [PROPOSED]");
        assertThat(Messages.render(own.text(), Messages.VIETNAMESE)).isEqualTo("Phương án " + plan.id()
                + " do Nguyễn Văn A đề xuất: người phê duyệt phải là người khác");
        assertThat(own.getMessage())
                .isEqualTo("plan " + plan.id() + " was proposed by Nguyễn Văn A: someone else must approve it");
    }

    @Test
    void badMeasuresReadInVietnameseWithTheFieldsOfThePlanEditor() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> f.plans.create(
                "2.000001", new PlanRequest("Đơn giản hóa", null, "A", List.of(new Measure.CutFee(d("120")),
                        new Measure.CutProcessingTime(9), new Measure.Online(), new Measure.Online()), List.of(), null),
                TESTER));

        assertThat(refused.problems()).extracting(p -> Messages.label(p.location(), Messages.VIETNAMESE).orElseThrow()
                + ": " + Messages.render(p.text(), Messages.VIETNAMESE)).containsExactly(
                "Biện pháp 1: % cắt giảm: phải lớn hơn 0 và không quá 100 (100 là miễn phí, lệ phí),"
                        + " tối đa 2 chữ số thập phân",
                "Biện pháp 2: ngày làm việc: phải ít hơn thời hạn hiện nay là 5 ngày làm việc",
                "Biện pháp 4: mỗi phương án chỉ có một biện pháp “Nộp và trả kết quả trực tuyến”");
        assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
                "measures[0].percent: must be above 0 and at most 100 (100 waives the fees), 2 decimals at most",
                "measures[1].days: must be less than the current 5 working days",
                "measures[3]: a plan has at most one ONLINE measure");
    }
}
