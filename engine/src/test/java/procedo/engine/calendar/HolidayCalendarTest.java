package procedo.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days and time limits on the bundled calendar, each worked out by hand from the holiday file. */
class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.vietnam();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekendsAreNotCounted() {
        // Thu 6/3/2025 + 3: Fri 7 (1), Mon 10 (2), Tue 11 (3)
        assertThat(calendar.addWorkingDays(d("2025-03-06"), 3)).isEqualTo(d("2025-03-11"));
        // Fri 7/3/2025 + 1: Mon 10
        assertThat(calendar.addWorkingDays(d("2025-03-07"), 1)).isEqualTo(d("2025-03-10"));
        assertThat(calendar.isWorkingDay(d("2025-03-08"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2025-03-09"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2025-03-10"))).isTrue();
    }

    @Test
    void tet2025IsSkipped() {
        // Fri 24/1/2025 + 5: Sat 25 – Sun 2/2 off (Tết Mon 27 – Fri 31); Mon 3/2 (1) … Fri 7/2 (5)
        assertThat(calendar.addWorkingDays(d("2025-01-24"), 5)).isEqualTo(d("2025-02-07"));
        // Thu 23/1 + 2: Fri 24 (1), Mon 3/2 (2)
        assertThat(calendar.addWorkingDays(d("2025-01-23"), 2)).isEqualTo(d("2025-02-03"));
        assertThat(calendar.holidayName(d("2025-01-29"))).contains("Tết Nguyên đán (mùng 1 tháng Giêng)");
    }

    @Test
    void tet2026IsSkipped() {
        // Fri 13/2/2026 + 3: Sat 14 – Sun 22 off (Tết Mon 16 – Fri 20); Mon 23 (1), Tue 24 (2), Wed 25 (3)
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 3)).isEqualTo(d("2026-02-25"));
        // Thu 12/2 + 1: Fri 13; + 2: Mon 23
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 1)).isEqualTo(d("2026-02-13"));
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 2)).isEqualTo(d("2026-02-23"));
    }

    @Test
    void theSaturdayWorkedInExchangeCountsAndTheWeekdayGivenOffDoesNot2025() {
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).isTrue(); // Saturday worked (làm bù)
        assertThat(calendar.isWorkingDay(d("2025-05-02"))).isFalse(); // Friday off in exchange
        assertThat(calendar.holidayName(d("2025-04-26"))).isEmpty();
        // Fri 25/4/2025 + 3: Sat 26 (1), Mon 28 (2), Tue 29 (3)
        assertThat(calendar.addWorkingDays(d("2025-04-25"), 3)).isEqualTo(d("2025-04-29"));
        // + 5: Wed 30/4 – Sun 4/5 off; Mon 5/5 (4), Tue 6/5 (5)
        assertThat(calendar.addWorkingDays(d("2025-04-25"), 5)).isEqualTo(d("2025-05-06"));
        // received on the working Saturday, within the day: that Saturday
        assertThat(calendar.addWorkingDays(d("2025-04-26"), 0)).isEqualTo(d("2025-04-26"));
    }

    @Test
    void theSaturdayWorkedInExchangeCountsAndTheWeekdayGivenOffDoesNot2024() {
        // Fri 26/4/2024 + 2: Sat 27 – Wed 1/5 off (Mon 29 exchanged); Thu 2/5 (1), Fri 3/5 (2); + 3: Sat 4/5 worked
        assertThat(calendar.addWorkingDays(d("2024-04-26"), 2)).isEqualTo(d("2024-05-03"));
        assertThat(calendar.addWorkingDays(d("2024-04-26"), 3)).isEqualTo(d("2024-05-04"));
    }

    @Test
    void newYear2026ExchangeAcrossTheYearEnd() {
        // Wed 31/12/2025 + 2: Thu 1/1, Fri 2/1 (exchanged), Sat, Sun off; Mon 5/1 (1), Tue 6/1 (2)
        assertThat(calendar.addWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-06"));
        // Fri 9/1/2026 + 1: Sat 10/1 is worked in exchange
        assertThat(calendar.addWorkingDays(d("2026-01-09"), 1)).isEqualTo(d("2026-01-10"));
    }

    @Test
    void nationalDay2025() {
        // Fri 29/8/2025 + 1: Sat 30, Sun 31, Mon 1/9, Tue 2/9 off; Wed 3/9
        assertThat(calendar.addWorkingDays(d("2025-08-29"), 1)).isEqualTo(d("2025-09-03"));
    }

    @Test
    void zeroDaysMeansWithinTheDayOrTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(d("2025-03-11"), 0)).isEqualTo(d("2025-03-11"));
        assertThat(calendar.addWorkingDays(d("2025-03-08"), 0)).isEqualTo(d("2025-03-10")); // Saturday
        assertThat(calendar.addWorkingDays(d("2025-04-30"), 0)).isEqualTo(d("2025-05-05")); // holiday
    }

    @Test
    void receivedOnASundayCountsFromMonday() {
        // Sun 9/3/2025 + 1: Mon 10 is the first working day after the day of receipt
        assertThat(calendar.addWorkingDays(d("2025-03-09"), 1)).isEqualTo(d("2025-03-10"));
        assertThat(calendar.addWorkingDays(d("2025-03-09"), 2)).isEqualTo(d("2025-03-11"));
    }

    @Test
    void receivedOnAHoliday() {
        // Wed 30/4/2025 + 1: Thu 1/5, Fri 2/5 off, Sat 3, Sun 4 off; Mon 5/5
        assertThat(calendar.addWorkingDays(d("2025-04-30"), 1)).isEqualTo(d("2025-05-05"));
        // Giỗ Tổ Mon 7/4/2025 + 2: Tue 8 (1), Wed 9 (2)
        assertThat(calendar.addWorkingDays(d("2025-04-07"), 2)).isEqualTo(d("2025-04-09"));
    }

    @Test
    void negativeTimeLimitIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-03-11"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void workingDaysBetweenCountsTheHalfOpenInterval() {
        assertThat(calendar.workingDaysBetween(d("2025-01-24"), d("2025-02-07"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2025-03-06"), d("2025-03-11"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(d("2025-03-11"), d("2025-03-11"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2025-03-11"), d("2025-03-01"))).isZero();
        // the whole of 2025: 365 days − 104 weekend days − 11 holidays − 1 exchanged Friday + 1 worked Saturday
        assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(365 - 104 - 11);
    }

    @Test
    void addingThenCountingGivesBackTheTimeLimit() {
        for (LocalDate day = d("2024-01-01"); day.isBefore(d("2027-11-01")); day = day.plusDays(3)) {
            for (int days : new int[] {1, 5, 15, 30}) {
                LocalDate due = calendar.addWorkingDays(day, days);
                assertThat(calendar.isWorkingDay(due)).as("%s + %d", day, days).isTrue();
                assertThat(calendar.workingDaysBetween(day, due)).as("%s + %d", day, days).isEqualTo(days);
            }
        }
    }

    @Test
    void holidaysOfAYearForDisplay() {
        assertThat(calendar.years()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(calendar.holidays(2025)).extracting(Holiday::date).startsWith(d("2025-01-01"))
                .endsWith(d("2025-09-02")).isSorted();
        assertThat(calendar.holidays(2025)).contains(
                new Holiday(d("2025-04-30"), DayKind.HOLIDAY, "Ngày Chiến thắng"),
                new Holiday(d("2025-04-26"), DayKind.WORKDAY, "Làm bù cho thứ Sáu 2/5"));
        assertThat(calendar.holidays(2025)).filteredOn(h -> h.kind() == DayKind.HOLIDAY).hasSize(12);
        assertThat(calendar.holidayName(d("2026-04-27"))).hasValueSatisfying(n -> assertThat(n).contains("Giỗ Tổ"));
        assertThat(calendar.holidayName(d("2025-03-08"))).isEmpty(); // a plain Saturday has no name
    }

    @Test
    void aYearNotCoveredIsNeverGuessed() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2028-03-01")))
                .isInstanceOfSatisfying(CalendarGapException.class, e -> {
                    assertThat(e.year()).isEqualTo(2028);
                    assertThat(e.source()).isEqualTo(HolidayCalendar.VIETNAM_RESOURCE);
                })
                .hasMessageContaining("2028").hasMessageContaining("vn-holidays.csv").hasMessageContaining("extend");
        // a time limit running past the last covered year: Thu 30/12/2027 + 5 reaches 2028
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2027-12-30"), 5))
                .isInstanceOf(CalendarGapException.class).hasMessageContaining("2028");
        assertThatThrownBy(() -> calendar.workingDaysBetween(d("2023-12-20"), d("2024-01-05")))
                .isInstanceOf(CalendarGapException.class).hasMessageContaining("2023");
        assertThatThrownBy(() -> calendar.holidays(2023)).isInstanceOf(CalendarGapException.class)
                .hasMessageContaining("2023");
        assertThatThrownBy(() -> calendar.holidayName(d("2030-01-01"))).isInstanceOf(CalendarGapException.class);
    }
}
