package procedo.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The holiday file format, and every way it can be wrong (each reported at file:line). */
class HolidayFileTest {

    private static HolidayCalendar read(String text) {
        return HolidayCalendar.read(new StringReader(text), "test.csv");
    }

    private static InvalidCalendarException invalid(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidCalendarException.class).isInstanceOf(IllegalArgumentException.class);
        return (InvalidCalendarException) thrown;
    }

    @Test
    void commentsBlankLinesQuotedNamesCrLfAndByteOrderMark() {
        HolidayCalendar calendar = read("\uFEFF# comment\r\n\r\ndate,kind,name\r\n"
                + "  # indented comment\r\n"
                + "2025-04-30,HOLIDAY,Ngày Chiến thắng\r\n"
                + "2025-05-02,HOLIDAY,\"Nghỉ hoán đổi, làm bù thứ Bảy 26/4\"\r\n"
                + "2025-04-26,WORKDAY,\"Làm bù cho \"\"thứ Sáu\"\" 2/5\"\r\n");
        assertThat(calendar.years()).containsExactly(2025);
        assertThat(calendar.source()).isEqualTo("test.csv");
        assertThat(calendar.holidayName(LocalDate.of(2025, 5, 2))).contains("Nghỉ hoán đổi, làm bù thứ Bảy 26/4");
        assertThat(calendar.holidays(2025)).extracting(Holiday::name)
                .containsExactly("Làm bù cho \"thứ Sáu\" 2/5", "Ngày Chiến thắng", "Nghỉ hoán đổi, làm bù thứ Bảy 26/4");
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 5))).isTrue();
    }

    @Test
    void badDate() {
        InvalidCalendarException e = invalid(() -> read("date,kind,name\n2025-01-01,HOLIDAY,Tết\n"
                + "2025-02-30,HOLIDAY,Không có\n25/04/2025,HOLIDAY,Sai dạng\n"));
        assertThat(e.problems()).extracting(InvalidCalendarException.Problem::toString).containsExactly(
                "test.csv:3: bad date '2025-02-30' (expected a real date written YYYY-MM-DD)",
                "test.csv:4: bad date '25/04/2025' (expected a real date written YYYY-MM-DD)");
        assertThat(e).hasMessageContaining("test.csv:3: bad date '2025-02-30'");
    }

    @Test
    void unknownKind() {
        InvalidCalendarException e = invalid(() -> read("date,kind,name\n2025-01-01,HOLIDAY,Tết\n"
                + "2025-04-30,FEAST,Ngày Chiến thắng\n"));
        assertThat(e).hasMessage("Invalid holiday calendar: test.csv:3: unknown kind 'FEAST' (expected HOLIDAY or WORKDAY)");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("test.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.location()).isEqualTo("test.csv:3");
        });
    }

    @Test
    void duplicatedDate() {
        InvalidCalendarException e = invalid(() -> read("date,kind,name\n2025-04-30,HOLIDAY,Ngày Chiến thắng\n"
                + "# again\n2025-04-30,HOLIDAY,Giải phóng miền Nam\n"));
        assertThat(e).hasMessage("Invalid holiday calendar: test.csv:4: duplicated date 2025-04-30 (already on line 2)");
    }

    @Test
    void holidayOnAWeekendIsNotHowCompensationIsWritten() {
        InvalidCalendarException e = invalid(() -> read("date,kind,name\n2027-01-01,HOLIDAY,Tết Dương lịch\n"
                + "2027-05-01,HOLIDAY,Ngày Quốc tế Lao động\n"));
        assertThat(e).hasMessage("Invalid holiday calendar: test.csv:3: HOLIDAY on a weekend: 2027-05-01 is a "
                + "Saturday; list the weekday given off in compensation instead");
    }

    @Test
    void workdayOnAWeekday() {
        InvalidCalendarException e = invalid(() -> read("date,kind,name\n2025-01-01,HOLIDAY,Tết\n"
                + "2025-04-28,WORKDAY,Làm bù\n"));
        assertThat(e).hasMessage("Invalid holiday calendar: test.csv:3: WORKDAY on a weekday: 2025-04-28 is a "
                + "Monday; a WORKDAY is a Saturday or Sunday worked in exchange");
    }

    @Test
    void missingHeader() {
        InvalidCalendarException e = invalid(() -> read("# holidays\n2025-01-01,HOLIDAY,Tết Dương lịch\n"));
        assertThat(e).hasMessage("Invalid holiday calendar: test.csv:2: missing header line 'date,kind,name' "
                + "before the first date");
        InvalidCalendarException empty = invalid(() -> read("# nothing here\n\n"));
        assertThat(empty).hasMessage("Invalid holiday calendar: test.csv: missing header line 'date,kind,name' "
                + "(the file has no data)");
    }

    @Test
    void aFileWithoutHolidaysCoversNoYear() {
        assertThat(invalid(() -> read("date,kind,name\n"))).hasMessage(
                "Invalid holiday calendar: test.csv: no HOLIDAY line: the calendar covers no year");
        assertThat(invalid(() -> read("date,kind,name\n2025-01-01,HOLIDAY,Tết\n2026-01-10,WORKDAY,Làm bù\n")))
                .hasMessageStartingWith("Invalid holiday calendar: test.csv:3: WORKDAY in 2026, a year with no HOLIDAY");
    }

    @Test
    void wrongNumberOfFieldsAndOpenQuote() {
        InvalidCalendarException e = invalid(() -> read("date,kind,name\n2025-01-01,HOLIDAY,Tết\n"
                + "2025-04-30,HOLIDAY,Ngày Chiến thắng, 1975\n2025-05-01,HOLIDAY\n"
                + "2025-09-02,HOLIDAY,\"Quốc khánh\n"));
        assertThat(e.problems()).extracting(InvalidCalendarException.Problem::toString).containsExactly(
                "test.csv:3: expected 3 fields (date,kind,name), found 4",
                "test.csv:4: expected 3 fields (date,kind,name), found 2",
                "test.csv:5: unterminated quoted name");
    }

    @Test
    void emptyName() {
        assertThat(invalid(() -> read("date,kind,name\n2025-01-01,HOLIDAY,  \n")))
                .hasMessage("Invalid holiday calendar: test.csv:2: empty name");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        InvalidCalendarException e = invalid(() -> read("2025-01-01,HOLIDAY,Tết Dương lịch\n"
                + "2025-13-01,HOLIDAY,Tháng 13\n"
                + "2025-04-30,HOLIDAY,Ngày Chiến thắng\n"
                + "2025-04-30,HOLIDAY,Lặp lại\n"
                + "2025-05-03,HOLIDAY,Thứ Bảy\n"
                + "2025-05-05,WORKDAY,Thứ Hai\n"
                + "2025-05-06,OFF,Không rõ\n"
                + "nonsense,OFF,\n"));
        assertThat(e.problems()).extracting(InvalidCalendarException.Problem::line)
                .containsExactly(1, 2, 4, 5, 6, 7, 8, 8, 8);
        assertThat(e.getMessage()).startsWith("Invalid holiday calendar (9 problems):\n"
                + "test.csv:1: missing header line 'date,kind,name' before the first date\n"
                + "test.csv:2: bad date '2025-13-01'");
        assertThat(e.getMessage()).contains("test.csv:4: duplicated date 2025-04-30 (already on line 3)",
                "test.csv:5: HOLIDAY on a weekend: 2025-05-03 is a Saturday",
                "test.csv:6: WORKDAY on a weekday: 2025-05-05 is a Monday",
                "test.csv:7: unknown kind 'OFF'", "test.csv:8: bad date 'nonsense'", "test.csv:8: unknown kind 'OFF'",
                "test.csv:8: empty name");
    }

    @Test
    void aFileOverOneMebibyteIsRefused(@TempDir Path dir) throws Exception {
        StringBuilder big = new StringBuilder("date,kind,name\n2025-01-01,HOLIDAY,Tết\n");
        while (big.length() <= HolidayCalendar.MAX_FILE_BYTES) {
            big.append("# padding padding padding padding padding padding padding padding padding\n");
        }
        assertThat(invalid(() -> read(big.toString())))
                .hasMessage("Invalid holiday calendar: test.csv: the file is larger than 1048576 bytes (1 MiB)");
        Path file = dir.resolve("big.csv");
        Files.writeString(file, big, StandardCharsets.UTF_8);
        assertThat(invalid(() -> HolidayCalendar.load(file)))
                .hasMessage("Invalid holiday calendar: " + file + ": the file is larger than 1048576 bytes (1 MiB)");
    }

    @Test
    void loadNamesTheFileInProblemsAndGaps(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("holidays.csv");
        Files.writeString(good, "date,kind,name\n2030-01-01,HOLIDAY,Tết Dương lịch\n", StandardCharsets.UTF_8);
        HolidayCalendar calendar = HolidayCalendar.load(good);
        assertThat(calendar.years()).containsExactly(2030);
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 1, 2)))
                .isInstanceOf(CalendarGapException.class).hasMessageContaining(good.toString())
                .hasMessageContaining("2031");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,kind,name\n2030-01-05,HOLIDAY,Thứ Bảy\n", StandardCharsets.UTF_8);
        assertThat(invalid(() -> HolidayCalendar.load(bad))).hasMessageStartingWith(
                "Invalid holiday calendar: " + bad + ":2: HOLIDAY on a weekend: 2030-01-05 is a Saturday");
    }
}
