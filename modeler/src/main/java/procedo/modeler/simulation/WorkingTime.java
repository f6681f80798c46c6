package procedo.modeler.simulation;

import java.util.Arrays;

/**
 * The clock of one set of working hours over a run: time is hours since 00:00 of the run's first day; work
 * advances only in the working hours of working days, so that two hours of work started on a Friday at 16:00 end
 * at 09:00 on the next working day.
 */
final class WorkingTime {

    private static final double DAY = 24;
    /** The most days a run may reach (about 270 years). */
    static final int MAX_DAYS = 100_000;

    /** A run went beyond {@link #MAX_DAYS}. */
    static final class BeyondCalendarException extends RuntimeException {
        BeyondCalendarException() {
            super("a run went beyond " + MAX_DAYS + " days", null, false, false);
        }
    }

    private final WorkingDays days;
    private final double[] from;
    private final double[] to;
    private final double perDay;
    /** Hours of work before each day, for the days reached so far. */
    private double[] before = new double[512];
    private int filled;

    WorkingTime(WorkingDays days, WorkingHours hours) {
        this.days = days;
        int n = hours.periods().size();
        from = new double[n];
        to = new double[n];
        for (int i = 0; i < n; i++) {
            from[i] = hours.periods().get(i).from().toSecondOfDay() / 3600.0;
            to[i] = hours.periods().get(i).to().toSecondOfDay() / 3600.0;
        }
        perDay = hours.hoursPerDay();
    }

    double hoursPerDay() {
        return perDay;
    }

    /** Hours of work from the start of the run to {@code time}. */
    double worked(double time) {
        int day = (int) Math.floor(time / DAY);
        ensure(day);
        double total = before[day];
        if (days.isWorking(day)) {
            double hour = time - day * DAY;
            for (int i = 0; i < from.length && hour > from[i]; i++) {
                total += Math.min(hour, to[i]) - from[i];
            }
        }
        return total;
    }

    /** The earliest time at which {@code hours} of work started at {@code time} are done. */
    double advance(double time, double hours) {
        if (hours <= 0) {
            return time;
        }
        return at(worked(time) + hours);
    }

    /** The earliest time at which the run has {@code work} (more than 0) hours of work behind it. */
    double at(double work) {
        while (before[filled] < work) {
            if (filled > MAX_DAYS) {
                throw new BeyondCalendarException();
            }
            ensure(filled + 64);
        }
        int low = 0;
        int high = filled - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (before[mid + 1] >= work) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int day = low;
        double rest = work - before[day];
        for (int i = 0; i < from.length; i++) {
            double length = to[i] - from[i];
            if (rest <= length) {
                return day * DAY + from[i] + rest;
            }
            rest -= length;
        }
        return day * DAY + to[to.length - 1];
    }

    /** Makes {@code before} known up to {@code day}. */
    private void ensure(int day) {
        if (day <= filled) {
            return;
        }
        if (day > MAX_DAYS) {
            throw new BeyondCalendarException();
        }
        if (day >= before.length) {
            before = Arrays.copyOf(before, Math.max(day + 1, before.length * 2));
        }
        for (int d = filled; d < day; d++) {
            before[d + 1] = before[d] + (days.isWorking(d) ? perDay : 0);
        }
        filled = day;
    }
}
