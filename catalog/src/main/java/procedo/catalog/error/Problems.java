package procedo.catalog.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.number.Decimals;

/**
 * Collects what is wrong with one input, each problem with its location (a field path such as
 * {@code activities[2].share}, or a cell such as {@code Fees!E2 (amount_vnd)}), then refuses the input with one
 * {@link InvalidInputException} listing all of them, so that the caller learns every problem at once. The checks
 * return whether the value passed; their messages are shared by every input of the catalog.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(String location, String message) {
        found.add(new Problem(location, message));
    }

    /** Records {@code message} at {@code location} when {@code broken} holds; returns whether it did. */
    public boolean addIf(boolean broken, String location, String message) {
        if (broken) {
            add(location, message);
        }
        return broken;
    }

    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems found so far, in the order they were added. */
    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Refuses the input when anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    public boolean requirePresent(String location, Object value) {
        if (value == null) {
            add(location, "is required");
            return false;
        }
        return true;
    }

    public boolean requireText(String location, String text) {
        if (!requirePresent(location, text)) {
            return false;
        }
        if (text.isBlank()) {
            add(location, "must not be blank");
            return false;
        }
        return true;
    }

    public boolean requireNonNegative(String location, BigDecimal value) {
        if (!requirePresent(location, value)) {
            return false;
        }
        if (value.signum() < 0) {
            add(location, "must not be negative");
            return false;
        }
        return true;
    }

    public boolean requireFraction(String location, BigDecimal value) {
        if (!requirePresent(location, value)) {
            return false;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            add(location, "must be between 0 and 1");
            return false;
        }
        return true;
    }

    public boolean requireAtMost(String location, BigDecimal value, BigDecimal max) {
        if (value.compareTo(max) > 0) {
            add(location, "must not exceed " + max.toPlainString());
            return false;
        }
        return true;
    }

    public boolean requireDecimalPlaces(String location, BigDecimal value, int maxPlaces) {
        if (Decimals.places(value) > maxPlaces) {
            add(location, "must not have more than " + maxPlaces + " decimal places");
            return false;
        }
        return true;
    }

    public boolean requireNoNullElement(String location, List<?> values) {
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

    /**
     * A bounded amount, when given: not negative, at most {@code max}, with at most {@code places} decimals. The
     * first rule broken is the one reported.
     */
    public void checkRange(String location, BigDecimal value, BigDecimal max, int places) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            add(location, "must not be negative");
        } else if (value.compareTo(max) > 0) {
            add(location, "must be at most " + max.toPlainString());
        } else if (Decimals.places(value) > places) {
            add(location, "must have at most " + places + " decimals");
        }
    }

    /** A required text of at most {@code maxChars} characters. */
    public void checkText(String location, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            add(location, "is required");
        } else if (value.length() > maxChars) {
            add(location, "must be at most " + maxChars + " characters");
        }
    }
}
