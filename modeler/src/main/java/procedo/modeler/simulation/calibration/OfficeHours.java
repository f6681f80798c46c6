package procedo.modeler.simulation.calibration;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import procedo.engine.calendar.CalendarGapException;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.simulation.WorkingHours;

/**
 * Hours of work between two instants: the parts of the working hours of working days (the holiday calendar's, and
 * Monday to Friday in a year it does not cover) that lie between them, as the simulator counts time.
 */
final class OfficeHours {

    private final HolidayCalendar calendar;
    private final ZoneId zone;
    private final Map<LocalDate, Boolean> working = new HashMap<>();

    OfficeHours(HolidayCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    double between(Instant start, Instant end, WorkingHours hours) {
        if (!end.isAfter(start)) {
            return 0;
        }
        LocalDateTime from = LocalDateTime.ofInstant(start, zone);
        LocalDateTime to = LocalDateTime.ofInstant(end, zone);
        double total = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingHours.Period period : hours.periods()) {
                LocalDateTime open = day.atTime(period.from());
                LocalDateTime close = day.atTime(period.to());
                LocalDateTime a = from.isAfter(open) ? from : open;
                LocalDateTime b = to.isBefore(close) ? to : close;
                if (b.isAfter(a)) {
                    total += java.time.Duration.between(a, b).toMillis() / 3_600_000.0;
                }
            }
        }
        return total;
    }

    int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    boolean isWorkingDay(LocalDate day) {
        return working.computeIfAbsent(day, d -> {
            try {
                return calendar.isWorkingDay(d);
            } catch (CalendarGapException e) {
                return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            }
        });
    }
}
