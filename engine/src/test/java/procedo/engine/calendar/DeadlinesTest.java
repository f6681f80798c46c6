package procedo.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final Deadlines deadlines = Deadlines.vietnam();

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void dueAtFivePmHanoiTimeOnTheLastWorkingDay() {
        // received Fri 24/1/2025 10:00, 5 working days across Tết: Fri 7/2/2025 17:00 +07:00
        Instant due = deadlines.due(at("2025-01-24T10:00:00+07:00"), 5);
        assertThat(due).isEqualTo(at("2025-02-07T17:00:00+07:00"));
        assertThat(due).isEqualTo(Instant.parse("2025-02-07T10:00:00Z"));
    }

    @Test
    void theDayOfReceiptIsTheLocalDayInVietnam() {
        // 18:30 UTC on Thu 6/3/2025 is 01:30 on Fri 7/3 in Hà Nội: received Friday, 1 day → Mon 10/3 17:00
        assertThat(deadlines.due(Instant.parse("2025-03-06T18:30:00Z"), 1))
                .isEqualTo(at("2025-03-10T17:00:00+07:00"));
        // 16:00 UTC on the same Thursday is 23:00 Thursday local: 1 day → Fri 7/3 17:00
        assertThat(deadlines.due(Instant.parse("2025-03-06T16:00:00Z"), 1))
                .isEqualTo(at("2025-03-07T17:00:00+07:00"));
    }

    @Test
    void withinTheDayAndReceivedOnAHoliday() {
        assertThat(deadlines.due(at("2025-03-11T09:00:00+07:00"), 0)).isEqualTo(at("2025-03-11T17:00:00+07:00"));
        // received on Sunday 9/3/2025, within the day: Monday 17:00
        assertThat(deadlines.due(at("2025-03-09T09:00:00+07:00"), 0)).isEqualTo(at("2025-03-10T17:00:00+07:00"));
        // received on 30/4/2025, 1 day: Mon 5/5 17:00
        assertThat(deadlines.due(at("2025-04-30T08:00:00+07:00"), 1)).isEqualTo(at("2025-05-05T17:00:00+07:00"));
    }

    @Test
    void workingDaysLate() {
        Instant due = deadlines.due(at("2025-04-25T09:00:00+07:00"), 3); // Tue 29/4/2025 17:00
        assertThat(due).isEqualTo(at("2025-04-29T17:00:00+07:00"));
        assertThat(deadlines.workingDaysLate(due, at("2025-04-29T16:59:00+07:00"))).isZero();
        assertThat(deadlines.isLate(due, at("2025-04-29T16:59:00+07:00"))).isFalse();
        // late on the due day itself: late, but not by a working day
        assertThat(deadlines.isLate(due, at("2025-04-29T18:00:00+07:00"))).isTrue();
        assertThat(deadlines.workingDaysLate(due, at("2025-04-29T18:00:00+07:00"))).isZero();
        // Wed 30/4 – Sun 4/5 are off: on Sun 4/5 still 0 working days late, Mon 5/5 one, Tue 6/5 two
        assertThat(deadlines.workingDaysLate(due, at("2025-05-04T10:00:00+07:00"))).isZero();
        assertThat(deadlines.workingDaysLate(due, at("2025-05-05T08:00:00+07:00"))).isEqualTo(1);
        assertThat(deadlines.workingDaysLate(due, at("2025-05-06T09:00:00+07:00"))).isEqualTo(2);
        assertThat(deadlines.workingDaysLate(due, at("2025-04-01T09:00:00+07:00"))).isZero();
    }

    @Test
    void zoneAndEndOfDayAreTheOnesGiven() {
        Deadlines utc = new Deadlines(HolidayCalendar.vietnam(), ZoneOffset.UTC, LocalTime.of(16, 30));
        // 20:00 UTC Thu 6/3/2025 is still Thursday in UTC: 1 day → Fri 7/3 16:30 UTC
        assertThat(utc.due(Instant.parse("2025-03-06T20:00:00Z"), 1)).isEqualTo(Instant.parse("2025-03-07T16:30:00Z"));
        assertThat(utc.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(deadlines.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(deadlines.endOfDay()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void aDeadlineBeyondTheCalendarIsRefused() {
        assertThatThrownBy(() -> deadlines.due(at("2027-12-28T09:00:00+07:00"), 10))
                .isInstanceOf(CalendarGapException.class).hasMessageContaining("2028");
        assertThatThrownBy(() -> deadlines.due(at("2025-03-11T09:00:00+07:00"), -2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
