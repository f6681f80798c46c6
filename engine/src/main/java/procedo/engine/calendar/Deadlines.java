package procedo.engine.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Legal deadlines of a dossier: a processing time in working days, counted from the local day of receipt, ends at
 * the close of office hours of its last day. Immutable and thread-safe.
 */
public final class Deadlines {

    /** Viet Nam's time zone. */
    public static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The close of office hours used for Viet Nam. */
    public static final LocalTime VIETNAM_END_OF_DAY = LocalTime.of(17, 0);

    private final HolidayCalendar calendar;
    private final ZoneId zone;
    private final LocalTime endOfDay;

    public Deadlines(HolidayCalendar calendar, ZoneId zone, LocalTime endOfDay) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.endOfDay = Objects.requireNonNull(endOfDay, "endOfDay");
    }

    /** The bundled calendar of Viet Nam, zone Asia/Ho_Chi_Minh, office hours ending at 17:00. */
    public static Deadlines vietnam() {
        return new Deadlines(HolidayCalendar.vietnam(), VIETNAM_ZONE, VIETNAM_END_OF_DAY);
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime endOfDay() {
        return endOfDay;
    }

    /** The local date of {@code instant} in this zone. */
    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * When a dossier received at {@code received} with a time limit of {@code processingDays} working days is due:
     * the close of office hours on {@link HolidayCalendar#addWorkingDays} of the local day of receipt.
     */
    public Instant due(Instant received, int processingDays) {
        Objects.requireNonNull(received, "received");
        LocalDate lastDay = calendar.addWorkingDays(localDate(received), processingDays);
        return lastDay.atTime(endOfDay).atZone(zone).toInstant();
    }

    /** Whether {@code at} is past {@code due}. */
    public boolean isLate(Instant due, Instant at) {
        return at.isAfter(due);
    }

    /**
     * How many working days late a dossier due at {@code due} is at {@code at}: the working days after the due day
     * up to and including the day of {@code at}; 0 when it is not late (or late on the due day itself).
     */
    public int workingDaysLate(Instant due, Instant at) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(at, "at");
        if (!isLate(due, at)) {
            return 0;
        }
        return calendar.workingDaysBetween(localDate(due), localDate(at));
    }
}
