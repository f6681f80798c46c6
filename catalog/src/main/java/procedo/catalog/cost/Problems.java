package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.number.Decimals;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

/**
 * Collects what is wrong with an input before refusing it, so that all problems are reported at once. The
 * checks return whether the value passed; their messages are shared by the records and the JSON reader.
 */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String location, String message) {
        found.add(new Problem(location, message));
    }

    int count() {
        return found.size();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    boolean requirePresent(String location, Object value) {
        if (value == null) {
            add(location, "is required");
            return false;
        }
        return true;
    }

    boolean requireText(String location, String text) {
        if (!requirePresent(location, text)) {
            return false;
        }
        if (text.isBlank()) {
            add(location, "must not be blank");
            return false;
        }
        return true;
    }

    boolean requireNonNegative(String location, BigDecimal value) {
        if (!requirePresent(location, value)) {
            return false;
        }
        if (value.signum() < 0) {
            add(location, "must not be negative");
            return false;
        }
        return true;
    }

    boolean requireFraction(String location, BigDecimal value) {
        if (!requirePresent(location, value)) {
            return false;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            add(location, "must be between 0 and 1");
            return false;
        }
        return true;
    }

    boolean requireAtMost(String location, BigDecimal value, BigDecimal max) {
        if (value.compareTo(max) > 0) {
            add(location, "must not exceed " + max.toPlainString());
            return false;
        }
        return true;
    }

    boolean requireDecimalPlaces(String location, BigDecimal value, int maxPlaces) {
        if (Decimals.places(value) > maxPlaces) {
            add(location, "must not have more than " + maxPlaces + " decimal places");
            return false;
        }
        return true;
    }

    boolean requireNoNullElement(String location, List<?> values) {
        if (!requirePresent(location, values)) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                add(location + "[" + i + "]", "is required");
                return false;
            }
        }
        return true;
    }
}
