package procedo.engine.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** A holiday file that cannot be used; lists every problem found, each at {@code file:line}. */
public class InvalidCalendarException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** One problem: the file, the line (1-based; 0 when it is about the whole file) and what is wrong. */
    public record Problem(String source, int line, String message) {
        public String location() {
            return line > 0 ? source + ":" + line : source;
        }

        @Override
        public String toString() {
            return location() + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public InvalidCalendarException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        String head = problems.size() == 1 ? "Invalid holiday calendar: "
                : "Invalid holiday calendar (" + problems.size() + " problems):\n";
        return head + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
