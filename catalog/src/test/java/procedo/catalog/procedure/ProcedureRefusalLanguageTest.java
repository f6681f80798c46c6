package procedo.catalog.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static procedo.catalog.Samples.d;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.plan.PlanFixture;
import procedo.catalog.plan.PlanSamples;
import procedo.catalog.text.Messages;

/**
 * A procedure refused, on H2 and PostgreSQL, reads in Vietnamese naming each field as the procedure page does, and
 * in English as it always has.
 */
class ProcedureRefusalLanguageTest extends StoreTest {

    private PlanFixture f;

    @BeforeEach
    void setUp() {
        f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
    }

    private static List<String> inVietnamese(InvalidInputException refused) {
        return refused.problems().stream().map(p -> Messages.label(p.location(), Messages.VIETNAMESE).orElseThrow()
                + ": " + Messages.render(p.text(), Messages.VIETNAMESE)).toList();
    }

    @Test
    void aMissingNameAndANegativeFeeAreNamedByTheirLabels() {
        Procedure p = PlanSamples.residence("2.000009");
        Procedure bad = new Procedure(p.code(), null, p.field(), p.level(), p.agencyCode(), p.localityCode(),
                p.applicantType(), p.processingDays(), p.onlineLevel(), p.legalBasis(), p.decision(), p.status(),
                p.formerCode(), p.validFrom(), p.effortDays(), p.applicantPopulation(), p.frequencyPerYear(),
                p.dossierComponents(), List.of(p.fees().get(0), new Fee(FeeChannel.ONLINE, "Lệ phí", d("-1000"))),
                p.asIsActivities(), p.toBeActivities(), 0);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> f.procedures.create(bad, TESTER));

        assertThat(refused.problems()).extracting(Problem::location).containsExactly("name", "fees[1].amountVnd");
        assertThat(inVietnamese(refused)).containsExactly("Tên: bắt buộc phải nhập",
                "Phí, lệ phí 2: mức thu (đ): không được là số âm");
        assertThat(refused.problems()).extracting(Problem::toString)
                .containsExactly("name: is required", "fees[1].amountVnd: must not be negative");
    }

    @Test
    void aCodeInUseAndAStaleUpdateAreConflictsInVietnamese() {
        ConflictException taken = catchThrowableOfType(ConflictException.class,
                () -> store.procedures().create(PlanSamples.residence("2.000001")));
        ConflictException stale = catchThrowableOfType(ConflictException.class,
                () -> f.procedures.update("2.000001", PlanSamples.residence("2.000001"), 7, TESTER));

        assertThat(Messages.render(taken.text(), Messages.VIETNAMESE))
                .isEqualTo("Mã thủ tục '2.000001' đã được dùng cho một thủ tục khác");
        assertThat(taken.getMessage()).isEqualTo("procedure code '2.000001' is already in use");
        assertThat(Messages.render(stale.text(), Messages.VIETNAMESE)).isEqualTo("Thủ tục '2.000001' vừa được người"
                + " khác sửa: dữ liệu hiện là phiên bản 1, còn bản bạn sửa là phiên bản 7. Hãy tải lại trang rồi sửa lại");
        assertThat(stale.getMessage()).isEqualTo("procedure '2.000001' was changed by someone else: it is at version 1,"
                + " the update was based on version 7");
    }

    @Test
    void aWithdrawnProceduresCodeIsRefusedWithTheWayBackInVietnamese() {
        f.procedures.delete("2.000001", TESTER, "");

        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> f.procedures.create(PlanSamples.residence("2.000001"), TESTER));

        assertThat(Messages.render(refused.text(), Messages.VIETNAMESE))
                .startsWith("Mã thủ tục '2.000001' là của thủ tục đã bãi bỏ 'Đăng ký thường trú' (bãi bỏ ngày ")
                .endsWith(", người thực hiện: tester): hãy khôi phục thủ tục đó (nút Khôi phục thủ tục trên trang"
                        + " của thủ tục) thay vì tạo lại")
                .doesNotContain("/api/");
        assertThat(refused.getMessage()).contains("belongs to the withdrawn procedure 'Đăng ký thường trú'",
                "reinstate it with POST /api/procedures/2.000001/reinstate");
    }

    @Test
    void whatKeepsAProcedureIsCountedInTheReadersLanguage() {
        Dependents dependents = Dependents.of(Dependents.PLANS, 2).and(Dependents.CASES, 1).and("other", 3);

        assertThat(Messages.render(dependents.text(), Messages.VIETNAMESE))
                .isEqualTo("2 phương án đơn giản hóa, 1 hồ sơ, 3 other");
        assertThat(Messages.render(dependents.text(), Messages.ENGLISH)).isEqualTo(dependents.toString())
                .isEqualTo("2 plans, 1 cases, 3 other");
    }
}
