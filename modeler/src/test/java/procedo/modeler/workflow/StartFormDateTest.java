package procedo.modeler.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.Problem;

/** A start form's date field takes only a real calendar day in ISO form: no 31 February, no month 20. */
class StartFormDateTest {

    private static final StartForm FORM = new StartForm("1.001193", "TEMPLATE", "Tờ khai đăng ký khai sinh", "1",
            JsonNodeFactory.instance.objectNode(), List.of(
                    new StartForm.Field("tre_ngay_sinh", "Ngày sinh của trẻ", "date", true, null, Set.of(), List.of()),
                    new StartForm.Field("con", "Con", "list", false, null, Set.of(), List.of(
                            new StartForm.Field("ngay_sinh", "Ngày sinh", "date", false, null, Set.of(), List.of())))));

    @Test
    void keepsTheFifthOfJulyAsTheFifthOfJuly() {
        assertThat(FORM.check(Map.of("tre_ngay_sinh", "2025-07-05"))).isEmpty();
        assertThat(FORM.check(Map.of("tre_ngay_sinh", "2024-02-29"))).isEmpty();
    }

    @Test
    void refusesDaysTheCalendarDoesNotHave() {
        for (String impossible : List.of("2025-02-31", "2025-20-01", "2025-00-10", "2025-01-00", "2025-06-31",
                "2026-02-29", "31/02/2025", "05/07/2025", "2025-7-5", "2025-07-05T10:00", "2025-07-05x")) {
            assertThat(FORM.check(Map.of("tre_ngay_sinh", impossible))).as(impossible)
                    .extracting(Problem::location, Problem::message)
                    .containsExactly(tuple("tre_ngay_sinh", expected(impossible)));
        }
    }

    @Test
    void refusesThemInTheRowsOfAListToo() {
        assertThat(FORM.check(Map.of("tre_ngay_sinh", "2025-07-05",
                "con", List.of(Map.of("ngay_sinh", "1990-03-20"), Map.of("ngay_sinh", "1990-20-03")))))
                .extracting(Problem::location, Problem::message)
                .containsExactly(tuple("con[1].ngay_sinh", expected("1990-20-03")));
    }

    /** A day written the ISO way that the calendar does not have is named; anything else is not a date at all. */
    private static String expected(String refused) {
        return refused.matches("\\d{4}-\\d{2}-\\d{2}")
                ? "the date " + refused.substring(8) + "/" + refused.substring(5, 7) + "/" + refused.substring(0, 4)
                        + " does not exist"
                : "must be a date (YYYY-MM-DD)";
    }
}
