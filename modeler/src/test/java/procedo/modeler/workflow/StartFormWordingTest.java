package procedo.modeler.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Messages;

/**
 * A start form's refusals name each field by its label as the form shows it, in Vietnamese unless English is
 * asked for; the field's id stays the problem's place.
 */
class StartFormWordingTest {

    private static final StartForm FORM = new StartForm("1.001193", "TEMPLATE", "Tờ khai đăng ký khai sinh", "1",
            JsonNodeFactory.instance.objectNode(), List.of(
                    new StartForm.Field("tre_ngay_sinh", "Ngày sinh của trẻ", "date", true, null, Set.of(), List.of()),
                    new StartForm.Field("tre_ho_ten", "Họ, chữ đệm, tên của trẻ", "text", true, null, Set.of(),
                            List.of()),
                    new StartForm.Field("con", "Con", "list", false, null, Set.of(), List.of(
                            new StartForm.Field("ngay_sinh", "Ngày sinh", "date", false, null, Set.of(), List.of())))));

    @Test
    void aDayTheCalendarDoesNotHaveIsNamedByTheFieldsLabel() {
        List<Problem> problems = FORM.check(Map.of("tre_ngay_sinh", "2025-02-31"));

        assertThat(problems).extracting(Problem::location).containsExactly("tre_ngay_sinh", "tre_ho_ten");
        assertThat(said(problems.get(0), Messages.VIETNAMESE)).isEqualTo("Ngày sinh của trẻ: ngày 31/02/2025 không tồn tại");
        assertThat(said(problems.get(1), Messages.VIETNAMESE)).isEqualTo("Họ, chữ đệm, tên của trẻ: bắt buộc phải nhập");
        assertThat(said(problems.get(0), Messages.ENGLISH)).isEqualTo("Ngày sinh của trẻ: the date 31/02/2025 does not exist");
        assertThat(said(problems.get(1), Messages.ENGLISH)).isEqualTo("Họ, chữ đệm, tên của trẻ: is required");
    }

    @Test
    void aFieldOfARowIsNamedByTheListTheRowAndTheColumn() {
        List<Problem> problems = FORM.check(Map.of("tre_ngay_sinh", "2025-07-05", "tre_ho_ten", "Nguyễn Văn An",
                "con", List.of(Map.of("ngay_sinh", "1990-03-20"), Map.of("ngay_sinh", "1990-20-03"))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("con[1].ngay_sinh");
            assertThat(said(p, Messages.VIETNAMESE)).isEqualTo("Con, dòng 2: Ngày sinh: ngày 03/20/1990 không tồn tại");
        });
    }

    @Test
    void whatIsNoDateAtAllSaysWhatADateLooksLike() {
        assertThat(FORM.check(Map.of("tre_ngay_sinh", "05/07/2025", "tre_ho_ten", "An")))
                .singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("must be a date (YYYY-MM-DD)");
                    assertThat(Messages.render(p.text(), Messages.VIETNAMESE)).isEqualTo("phải là một ngày (ngày/tháng/năm)");
                });
    }

    private static String said(Problem problem, Locale locale) {
        return Messages.render(problem.label(), locale) + ": " + Messages.render(problem.text(), locale);
    }
}
