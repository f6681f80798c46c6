package procedo.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.engine.calendar.VietnameseLunarCalendar.LunarDate;

/**
 * The bundled holiday file checked against the Labour Code (Điều 112) and against the lunar calendar computed
 * astronomically for UTC+7, year by year.
 */
class BundledCalendarTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.vietnam();
    private static final Pattern CHAP = Pattern.compile("\\((\\d+) tháng Chạp\\)");
    private static final Pattern GIENG = Pattern.compile("\\(mùng (\\d+) tháng Giêng\\)");

    static List<Integer> years() {
        return List.of(2024, 2025, 2026, 2027);
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyYearIsCovered(int year) {
        assertThat(CALENDAR.years()).contains(year);
    }

    @ParameterizedTest
    @MethodSource("years")
    void lunarNewYearLiesInsideTheTetBlock(int year) {
        LocalDate tet = VietnameseLunarCalendar.toSolar(year, 1, 1);
        // the run of non-working days around the lunar new year
        LocalDate first = tet;
        while (!CALENDAR.isWorkingDay(first.minusDays(1))) {
            first = first.minusDays(1);
        }
        LocalDate last = tet;
        while (!CALENDAR.isWorkingDay(last.plusDays(1))) {
            last = last.plusDays(1);
        }
        assertThat(CALENDAR.isWorkingDay(tet)).as("lunar new year %s", tet).isFalse();
        List<Holiday> tetDays = CALENDAR.holidays(year).stream()
                .filter(h -> h.name().startsWith("Tết Nguyên đán")).toList();
        assertThat(tetDays).as("Tết days of %d", year).hasSize(5);
        for (Holiday h : tetDays) {
            assertThat(h.date()).as(h.name()).isBetween(first, last);
        }
        // a weekday off is listed as Tết only when it is within the block
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                assertThat(CALENDAR.holidayName(d)).as("%s", d)
                        .hasValueSatisfying(n -> assertThat(n).startsWith("Tết Nguyên đán"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void lunarDaysNamedInTheFileAreRight(int year) {
        int checked = 0;
        for (Holiday h : CALENDAR.holidays(year)) {
            LunarDate lunar = VietnameseLunarCalendar.toLunar(h.date());
            Matcher chap = CHAP.matcher(h.name());
            if (chap.find()) {
                assertThat(lunar.month()).as(h.toString()).isEqualTo(12);
                assertThat(lunar.day()).as(h.toString()).isEqualTo(Integer.parseInt(chap.group(1)));
                checked++;
            }
            Matcher gieng = GIENG.matcher(h.name());
            if (gieng.find()) {
                assertThat(lunar.month()).as(h.toString()).isEqualTo(1);
                assertThat(lunar.day()).as(h.toString()).isEqualTo(Integer.parseInt(gieng.group(1)));
                checked++;
            }
        }
        assertThat(checked).as("Tết days named by their lunar date in %d", year).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("years")
    void hungKingsDayOrItsCompensationIsOff(int year) {
        LocalDate gioTo = VietnameseLunarCalendar.toSolar(year, 3, 10);
        LocalDate dayOff = gioTo;
        while (dayOff.getDayOfWeek() == DayOfWeek.SATURDAY || dayOff.getDayOfWeek() == DayOfWeek.SUNDAY) {
            dayOff = dayOff.plusDays(1);
        }
        assertThat(CALENDAR.holidayName(dayOff)).as("Giỗ Tổ %d (10/3 âm lịch = %s)", year, gioTo)
                .hasValueSatisfying(n -> assertThat(n).contains("Giỗ Tổ Hùng Vương"));
    }

    @ParameterizedTest
    @MethodSource("years")
    void fixedDateHolidaysOrTheirCompensationAreOff(int year) {
        List<LocalDate> expectedOff = withCompensation(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2)));
        for (LocalDate day : expectedOff) {
            assertThat(CALENDAR.holidayName(day)).as("%s", day).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void nationalDayIsTwoDaysWithTheDayBeforeOrAfter(int year) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        boolean before = withCompensation(List.of(nationalDay.minusDays(1), nationalDay)).stream()
                .allMatch(d -> CALENDAR.holidayName(d).filter(n -> n.startsWith("Quốc khánh")).isPresent());
        boolean after = withCompensation(List.of(nationalDay, nationalDay.plusDays(1))).stream()
                .allMatch(d -> CALENDAR.holidayName(d).filter(n -> n.startsWith("Quốc khánh")).isPresent());
        assertThat(before || after).as("Quốc khánh %d: 2/9 and 1/9 or 3/9 (or their compensation days)", year)
                .isTrue();
    }

    /** The weekdays off for legal holidays in date order: the day itself, or the next free weekday (Điều 111.3). */
    private static List<LocalDate> withCompensation(List<LocalDate> legalDays) {
        Set<LocalDate> used = new HashSet<>(legalDays);
        List<LocalDate> off = new ArrayList<>();
        for (LocalDate day : legalDays) {
            if (!isWeekend(day)) {
                off.add(day);
                continue;
            }
            LocalDate compensation = day.plusDays(1);
            while (isWeekend(compensation) || used.contains(compensation)) {
                compensation = compensation.plusDays(1);
            }
            used.add(compensation);
            off.add(compensation);
        }
        return off;
    }

    @ParameterizedTest
    @MethodSource("years")
    void atLeastElevenHolidaysOnWeekdays(int year) {
        List<Holiday> off = CALENDAR.holidays(year).stream().filter(h -> h.kind() == DayKind.HOLIDAY).toList();
        assertThat(off).allSatisfy(h -> assertThat(isWeekend(h.date())).isFalse());
        assertThat(off).hasSizeGreaterThanOrEqualTo(11);
        // every Saturday worked pays back exactly one weekday given off in exchange
        long worked = CALENDAR.holidays(year).stream().filter(h -> h.kind() == DayKind.WORKDAY).count();
        long exchanged = off.stream().filter(h -> h.name().startsWith("Nghỉ hoán đổi")).count();
        assertThat(worked).isLessThanOrEqualTo(exchanged);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
