package procedo.engine.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One line of the holiday file: a date, whether it is off or worked, and its name (for display). */
public record Holiday(LocalDate date, DayKind kind, String name) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
