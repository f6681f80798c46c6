package procedo.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import procedo.engine.ElementProblem;
import procedo.engine.FormField;
import procedo.engine.FormFieldType;

/** A task's date field takes only a real calendar day in ISO form: no 31 February, no month 20, no day/month swap. */
class TaskFormDateTest {

    private static final List<FormField> FORM = List.of(
            new FormField("ngayHen", "Ngày hẹn trả kết quả", FormFieldType.DATE, true, null, Map.of()));

    /** A day written the ISO way that the calendar does not have is named; anything else is not a date at all. */
    private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void keepsTheFifthOfJulyAsTheFifthOfJuly() {
        List<ElementProblem> problems = new ArrayList<>();
        Map<String, Object> values = TaskForm.values(FORM, Map.of("ngayHen", "2025-07-05"), problems);
        assertThat(problems).isEmpty();
        assertThat(values.get("ngayHen")).isEqualTo(
                Date.from(LocalDate.of(2025, 7, 5).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Test
    void refusesDaysTheCalendarDoesNotHave() {
        for (String impossible : List.of("2025-02-31", "2025-20-01", "2025-00-10", "2025-01-00", "2025-04-31",
                "2026-02-29", "05/07/2025", "2025-7-5", "2025-07-05T00:00")) {
            List<ElementProblem> problems = new ArrayList<>();
            assertThat(TaskForm.values(FORM, Map.of("ngayHen", impossible), problems)).as(impossible).isEmpty();
            assertThat(problems).as(impossible).singleElement().satisfies(p -> {
                assertThat(p.elementId()).isEqualTo("ngayHen");
                assertThat(p.message()).isEqualTo(WELL_FORMED.matcher(impossible).matches()
                        ? "the date " + impossible.substring(8) + "/" + impossible.substring(5, 7) + "/"
                                + impossible.substring(0, 4) + " does not exist"
                        : "must be a date (YYYY-MM-DD)");
            });
        }
    }

    @Test
    void takesTheTwentyNinthOfFebruaryInALeapYear() {
        List<ElementProblem> problems = new ArrayList<>();
        assertThat(TaskForm.values(FORM, Map.of("ngayHen", "2024-02-29"), problems)).containsKey("ngayHen");
        assertThat(problems).isEmpty();
    }
}
