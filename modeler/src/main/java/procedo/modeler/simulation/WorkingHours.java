package procedo.modeler.simulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hours of a working day in which work is done, as periods in order that do not overlap, written
 * {@code 08:00-12:00,13:00-17:00} (in JSON and in BPSim alike). Days off come from the holiday calendar.
 */
public record WorkingHours(List<Period> periods) {

    /** Office hours of a Vietnamese agency: 08:00–12:00 and 13:00–17:00, eight hours. */
    public static final WorkingHours OFFICE = parse("08:00-12:00,13:00-17:00");

    /** One period of work, from its start to its end on the same day. */
    public record Period(LocalTime from, LocalTime to) {
        public Period {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a period of work must end after it starts: " + from + "-" + to);
            }
        }
    }

    public WorkingHours {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("working hours need at least one period");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).from().isBefore(periods.get(i - 1).to())) {
                throw new IllegalArgumentException("periods of work must be in order and not overlap: " + periods);
            }
        }
    }

    /** Reads {@code 08:00-12:00,13:00-17:00}; {@link IllegalArgumentException} says what is wrong. */
    @JsonCreator
    public static WorkingHours parse(String text) {
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("working hours are written 08:00-12:00,13:00-17:00, not '" + text
                        + "'");
            }
            try {
                periods.add(new Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("working hours are written 08:00-12:00,13:00-17:00, not '" + text
                        + "'", e);
            }
        }
        return new WorkingHours(periods);
    }

    /** Hours of work in one working day. */
    public double hoursPerDay() {
        return periods.stream().mapToDouble(p -> (p.to().toSecondOfDay() - p.from().toSecondOfDay()) / 3600.0).sum();
    }

    @JsonValue
    @Override
    public String toString() {
        return periods.stream().map(p -> p.from() + "-" + p.to()).collect(Collectors.joining(","));
    }
}
