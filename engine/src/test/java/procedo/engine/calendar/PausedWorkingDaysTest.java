package procedo.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import procedo.engine.DueDates;

/** The working days a pause of the legal clock takes: the working days whose office hours closed during it. */
class PausedWorkingDaysTest {

    private static final DueDates VIETNAM = Deadlines.vietnam()::due;

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(Deadlines.VIETNAM_ZONE).toInstant();
    }

    @Test
    void countsTheWorkingDaysWhoseCloseFellInThePause() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(VIETNAM.workingDaysPassed(at(monday, 10), at(monday, 16))).isZero();
        assertThat(VIETNAM.workingDaysPassed(at(monday, 10), at(monday, 17))).isEqualTo(1);
        assertThat(VIETNAM.workingDaysPassed(at(monday, 18), at(monday.plusDays(1), 9))).isZero();
        assertThat(VIETNAM.workingDaysPassed(at(monday.plusDays(1), 10), at(monday.plusDays(4), 15))).isEqualTo(3);
        // Friday 10:00 to the next Tuesday 10:00: Friday and Monday closed, the weekend is no working time
        assertThat(VIETNAM.workingDaysPassed(at(monday.plusDays(4), 10), at(monday.plusDays(8), 10))).isEqualTo(2);
        // over the Reunification and Labour Day holidays (30 April, 1 May 2026)
        LocalDate april29 = LocalDate.of(2026, 4, 29);
        assertThat(VIETNAM.workingDaysPassed(at(april29, 10), at(LocalDate.of(2026, 5, 5), 10))).isEqualTo(2);
    }
}
