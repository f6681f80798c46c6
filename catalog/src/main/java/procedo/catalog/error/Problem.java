package procedo.catalog.error;

import java.util.Objects;
import procedo.catalog.text.Text;

/**
 * One thing wrong with an input: where it is and what is wrong. {@code location} is the machine-readable place
 * (a path into the input such as {@code activities[2].share}, a column name, or {@code sheet!C12}); {@code text}
 * says what is wrong in the reader's language; {@code label}, when not null, is how a person sees the place
 * ("Lệ phí, dòng 3, cột E (Số tiền)"); otherwise the web derives it from the location's entry in the bundles.
 */
public record Problem(String location, Text text, Text label) {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }

    public Problem(String location, Text text) {
        this(location, text, null);
    }

    /** A problem whose words come from elsewhere and read the same in every language. */
    public Problem(String location, String message) {
        this(location, Text.verbatim(Objects.requireNonNull(message, "message")), null);
    }

    /** What is wrong, in English (logs, scripts, the CLI). */
    public String message() {
        return text.toString();
    }

    @Override
    public String toString() {
        return location.isEmpty() ? message() : location + ": " + message();
    }
}
