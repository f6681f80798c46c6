package procedo.catalog.error;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is and what is wrong. {@code location} is a path into the input
 * such as {@code activities[2].share}, a column name, or {@code sheet!C12}.
 */
public record Problem(String location, String message) {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
