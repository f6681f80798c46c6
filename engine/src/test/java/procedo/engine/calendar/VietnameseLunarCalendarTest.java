package procedo.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import procedo.engine.calendar.VietnameseLunarCalendar.LunarDate;

/** The test-only lunar converter agrees with well-known Vietnamese lunar dates, so it can check the holiday file. */
class VietnameseLunarCalendarTest {

    @Test
    void lunarNewYears() {
        assertThat(VietnameseLunarCalendar.toSolar(2020, 1, 1)).isEqualTo(LocalDate.of(2020, 1, 25));
        assertThat(VietnameseLunarCalendar.toSolar(2021, 1, 1)).isEqualTo(LocalDate.of(2021, 2, 12));
        assertThat(VietnameseLunarCalendar.toSolar(2022, 1, 1)).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(VietnameseLunarCalendar.toSolar(2023, 1, 1)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(VietnameseLunarCalendar.toSolar(2024, 1, 1)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(VietnameseLunarCalendar.toSolar(2025, 1, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(VietnameseLunarCalendar.toSolar(2026, 1, 1)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void theVietnameseTimeZoneMatters() {
        // years when the Vietnamese (UTC+7) and Chinese (UTC+8) lunar new years differ
        assertThat(VietnameseLunarCalendar.toSolar(1985, 1, 1)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(VietnameseLunarCalendar.toSolar(2007, 1, 1)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void leapMonths() {
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(2020, 4, 1, true));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 2, 20))).isEqualTo(new LunarDate(2023, 2, 1, false));
    }

    @Test
    void hungKingsCommemorations() {
        assertThat(VietnameseLunarCalendar.toSolar(2022, 3, 10)).isEqualTo(LocalDate.of(2022, 4, 10));
        assertThat(VietnameseLunarCalendar.toSolar(2023, 3, 10)).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(new LunarDate(2024, 12, 29, false));
    }
}
