package procedo.modeler.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import procedo.engine.calendar.CalendarGapException;
import procedo.engine.calendar.HolidayCalendar;

/**
 * Which days of a run are working days, by their number from the run's first day: the holiday calendar's answer,
 * and for a year it does not cover, Monday to Friday. Filled as the run goes.
 */
final class WorkingDays {

    private final HolidayCalendar calendar;
    private final LocalDate first;
    private byte[] known = new byte[512];

    WorkingDays(HolidayCalendar calendar, LocalDate first) {
        this.calendar = calendar;
        this.first = first;
    }

    LocalDate date(int day) {
        return first.plusDays(day);
    }

    boolean isWorking(int day) {
        if (day >= known.length) {
            known = Arrays.copyOf(known, Math.max(day + 1, known.length * 2));
        }
        if (known[day] == 0) {
            known[day] = (byte) (working(first.plusDays(day)) ? 1 : 2);
        }
        return known[day] == 1;
    }

    private boolean working(LocalDate date) {
        try {
            return calendar.isWorkingDay(date);
        } catch (CalendarGapException e) {
            DayOfWeek d = date.getDayOfWeek();
            return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
        }
    }
}
