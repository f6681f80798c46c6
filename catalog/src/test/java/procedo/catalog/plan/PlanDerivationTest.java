package procedo.catalog.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.catalog.Samples.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.cost.ComplianceCostCalculator;
import procedo.catalog.cost.CostComparison;
import procedo.catalog.cost.CostInput;
import procedo.catalog.cost.Quantity;
import procedo.catalog.procedure.Procedure;

class PlanDerivationTest {

    private static final BigDecimal TARIFF = d("43750");
    private final PlanDerivation derivation = new PlanDerivation();
    private final Procedure procedure = PlanSamples.residence("2.000001");

    private DerivedToBe derive(List<Measure> measures, List<ActivityEdit> edits) {
        return derivation.derive(procedure, d("50000"), d("30000"), measures, edits);
    }

    /**
     * Once-only for A and removal of B: 2 of 3 components gone, preparation and copying × 1/3:
     * PREPARE 1.5 h → 0.5 h, 10 000 → 3 333.33 → 3 333; COPY 0.5 h → 0.16666… → 0.1667 h, 15 000 → 5 000.
     * Online removes TRAVEL and WAIT and sets the online fee 30 000; −50 % → 15 000. Days 5 → 2.
     * To-be per dossier: 21 875 + (0.5 × 43 750 + 3 333 = 25 208) + (0.1667 × 43 750 + 5 000 = 12 293.125)
     * + 12 937.5 + 15 000 = 87 313.625. With 1 000 dossiers: 254 687 500 before, 87 313 625 after,
     * saving 167 373 875 = 65.72 %.
     */
    @Test
    void derivesTheToBeOfTheFullPlanAsWorkedOutByHand() {
        DerivedToBe toBe = derive(PlanSamples.fullPlan(), List.of());

        assertThat(toBe.activities()).extracting(ToBeActivity::name)
                .containsExactly("Tìm hiểu thủ tục", "Chuẩn bị hồ sơ", "Sao y, chứng thực", "Nộp hồ sơ");
        ToBeActivity prepare = toBe.activities().get(1);
        assertThat(prepare.hours()).isEqualByComparingTo("0.5");
        assertThat(prepare.outOfPocketVnd()).isEqualByComparingTo("3333");
        assertThat(prepare.changedBy()).containsExactly("once-only: reuse '" + PlanSamples.A + "' from POPULATION_DB",
                "remove component '" + PlanSamples.B + "'");
        ToBeActivity copy = toBe.activities().get(2);
        assertThat(copy.hours()).isEqualByComparingTo("0.1667");
        assertThat(copy.outOfPocketVnd()).isEqualByComparingTo("5000");
        assertThat(toBe.activities().get(0).changedBy()).isEmpty();
        assertThat(toBe.removedActivities()).extracting(DerivedToBe.Removed::name).containsExactly("Đi lại", "Chờ tại quầy");
        assertThat(toBe.removedActivities()).allSatisfy(r -> assertThat(r.by()).isEqualTo("online submission and delivery"));
        assertThat(toBe.dossier()).extracting(DerivedToBe.ComponentOutcome::outcome).containsExactly("REUSED", "REMOVED", "KEPT");
        assertThat(toBe.feesVnd()).isEqualByComparingTo("15000");
        assertThat(toBe.processingDays()).isEqualTo(2);

        Quantity quantity = Quantity.recorded(d("1000"));
        CostComparison comparison = new ComplianceCostCalculator().compare(
                new CostInput(TARIFF, quantity, d("50000"), procedure.asIsActivities()),
                new CostInput(TARIFF, quantity, toBe.feesVnd(), toBe.plainActivities()));
        assertThat(comparison.asIs().costPerDossierVnd()).isEqualByComparingTo("254687.5");
        assertThat(comparison.toBe().costPerDossierVnd()).isEqualByComparingTo("87313.625");
        Saving saving = Saving.of(comparison);
        assertThat(saving.beforeVnd()).isEqualByComparingTo("254687500");
        assertThat(saving.afterVnd()).isEqualByComparingTo("87313625");
        assertThat(saving.savingVnd()).isEqualByComparingTo("167373875");
        assertThat(saving.savingPercent()).isEqualByComparingTo("65.72");
    }

    /** The same measures in another order give the same to-be: measures apply by kind in a fixed order. */
    @Test
    void isDeterministicWhateverTheOrderOfTheMeasures() {
        List<Measure> reversed = new java.util.ArrayList<>(PlanSamples.fullPlan());
        java.util.Collections.reverse(reversed);

        assertThat(derive(reversed, List.of()).plainActivities()).isEqualTo(derive(PlanSamples.fullPlan(), List.of()).plainActivities());
        assertThat(derive(reversed, List.of()).feesVnd()).isEqualByComparingTo("15000");
    }

    /**
     * Merging with two linked procedures (bundle of 3): INFORMATION share 1 → 0.333333, TRAVEL 0.6 → 0.2,
     * WAIT 0.6 → 0.2, SUBMIT 1 → 0.333333; PREPARE and COPY keep share 1.
     */
    @Test
    void mergeDividesTheSharedStepsByTheBundleSize() {
        DerivedToBe toBe = derive(List.of(new Measure.Merge(List.of("1.001193", "1.001022"), "Liên thông khai sinh")), List.of());

        assertThat(toBe.activities()).extracting(a -> a.share().toPlainString())
                .containsExactly("0.333333", "1", "1", "0.2", "0.2", "0.333333");
        assertThat(toBe.feesVnd()).isEqualByComparingTo("50000");
    }

    /** Hand edits replace, remove or add activities after the measures, and say so. */
    @Test
    void handEditsOverrideTheDerivationAndAreExplained() {
        DerivedToBe toBe = derive(List.of(new Measure.Online()), List.of(
                new ActivityEdit("Chuẩn bị hồ sơ", null, d("1"), null, null, false),
                new ActivityEdit("Tìm hiểu thủ tục", null, null, null, null, true),
                new ActivityEdit("Xác thực VNeID", ActivityKind.SUBMIT, d("0.1"), null, null, false)));

        assertThat(toBe.activities()).extracting(ToBeActivity::name)
                .containsExactly("Chuẩn bị hồ sơ", "Sao y, chứng thực", "Nộp hồ sơ", "Xác thực VNeID");
        assertThat(toBe.activities().get(0).hours()).isEqualByComparingTo("1");
        assertThat(toBe.activities().get(0).outOfPocketVnd()).isEqualByComparingTo("10000");
        assertThat(toBe.activities().get(0).changedBy()).containsExactly(ToBeActivity.HAND_EDIT);
        assertThat(toBe.activities().get(3).share()).isEqualByComparingTo("1");
        assertThat(toBe.removedActivities()).extracting(DerivedToBe.Removed::by)
                .containsExactly("online submission and delivery", "online submission and delivery", ToBeActivity.HAND_EDIT);
    }

    @Test
    void withoutMeasuresTheToBeIsTheAsIs() {
        DerivedToBe toBe = derive(List.of(), List.of());

        assertThat(toBe.plainActivities()).isEqualTo(procedure.asIsActivities());
        assertThat(toBe.feesVnd()).isEqualByComparingTo("50000");
        assertThat(toBe.processingDays()).isEqualTo(5);
    }
}
