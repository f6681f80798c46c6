package procedo.engine;

import java.time.Instant;

/** The legal deadline of a case: received at an instant, decided within so many working days. */
@FunctionalInterface
public interface DueDates {

    Instant due(Instant received, int processingDays);

    /**
     * The working days that passed from {@code from} to {@code to}: how many working days' close of office hours
     * fell in (from, to]. A pause of the legal clock over that time moves the due date by as many working days.
     */
    default int workingDaysPassed(Instant from, Instant to) {
        int passed = 0;
        for (int k = 0; ; k++) {
            Instant close = due(from, k);
            if (close.isAfter(to)) {
                return passed;
            }
            if (close.isAfter(from)) {
                passed++;
            }
        }
    }
}
