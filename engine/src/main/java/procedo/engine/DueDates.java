package procedo.engine;

import java.time.Instant;

/** The legal deadline of a case: received at an instant, decided within so many working days. */
@FunctionalInterface
public interface DueDates {

    Instant due(Instant received, int processingDays);
}
