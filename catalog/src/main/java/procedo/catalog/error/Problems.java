package procedo.catalog.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Text;

/**
 * Collects what is wrong with one input, each problem with its location (a field path such as
 * {@code activities[2].share}, or a {@link CellLocation} of a workbook such as {@code Fees!E2 (amount_vnd)}), then
 * refuses the input with one {@link InvalidInputException} listing all of them, so that the caller learns every
 * problem at once; an import that words its refusal its own way reads the cell problems back instead. A collector
 * may keep at most a given number of problems ({@link #keepingAtMost}): once {@link #full()}, further problems are
 * dropped, and only a closing note ({@link #addBeyondLimit}) is still kept. The checks return whether the value
 * passed; their messages are shared by every input of the catalog.
 */
public final class Problems {

    /** A problem located in a cell of a workbook. */
    public record CellProblem(CellLocation cell, Text text) {

        /** What is wrong, in English. */
        public String message() {
            return text.toString();
        }
    }

    private final List<Problem> found = new ArrayList<>();
    private final List<CellProblem> cells = new ArrayList<>();
    private final int max;
    private final Text overflowNote;
    private boolean overflowed;

    public Problems() {
        this(Integer.MAX_VALUE, null);
    }

    private Problems(int max, Text overflowNote) {
        this.max = max;
        this.overflowNote = overflowNote;
    }

    /** A collector that keeps the first {@code max} problems and drops the rest. */
    public static Problems keepingAtMost(int max) {
        return new Problems(max, null);
    }

    /**
     * A collector that keeps the first {@code max} problems; the first problem dropped is replaced by
     * {@code note}, at its place, and the rest are dropped.
     */
    public static Problems keepingAtMost(int max, Text note) {
        return new Problems(max, note);
    }

    /** As {@link #keepingAtMost(int, Text)}, with a note in the same words in every language. */
    public static Problems keepingAtMost(int max, String note) {
        return new Problems(max, Text.verbatim(note));
    }

    public void add(String location, Text message) {
        if (!full()) {
            found.add(new Problem(location, message));
        } else if (overflow()) {
            found.add(new Problem(location, overflowNote));
        }
    }

    /** As {@link #add(String, Text)}, with words that read the same in every language. */
    public void add(String location, String message) {
        add(location, Text.verbatim(message));
    }

    /**
     * Records a problem at {@code location} that people see named {@code label}: for a location whose label in the
     * bundles names another input's field of the same path.
     */
    public void add(String location, Text message, Text label) {
        if (!full()) {
            found.add(new Problem(location, message, label));
        } else if (overflow()) {
            found.add(new Problem(location, overflowNote, label));
        }
    }

    /** Records a problem located in a cell, at its {@link CellLocation#toString() location}. */
    public void at(CellLocation cell, Text message) {
        if (!full()) {
            addBeyondLimit(cell, message);
        } else if (overflow()) {
            addBeyondLimit(new CellLocation(cell.sheet(), cell.row(), cell.column(), null), overflowNote);
        }
    }

    /** As {@link #at(CellLocation, Text)}, with words that read the same in every language. */
    public void at(CellLocation cell, String message) {
        at(cell, Text.verbatim(message));
    }

    private boolean overflow() {
        boolean first = !overflowed && overflowNote != null;
        overflowed = true;
        return first;
    }

    /** Records a problem even when the collector is full: the note that closes a list cut short. */
    public void addBeyondLimit(CellLocation cell, Text message) {
        found.add(new Problem(cell.toString(), message, cell.label()));
        cells.add(new CellProblem(cell, message));
    }

    /** As {@link #addBeyondLimit(CellLocation, Text)}, with words that read the same in every language. */
    public void addBeyondLimit(CellLocation cell, String message) {
        addBeyondLimit(cell, Text.verbatim(message));
    }

    /** Records a problem even when the collector is full: the note that closes a list cut short. */
    public void addBeyondLimit(String location, Text message) {
        found.add(new Problem(location, message));
    }

    /** As {@link #addBeyondLimit(String, Text)}, with words that read the same in every language. */
    public void addBeyondLimit(String location, String message) {
        addBeyondLimit(location, Text.verbatim(message));
    }

    /** Whether as many problems were kept as this collector keeps. */
    public boolean full() {
        return found.size() >= max;
    }

    /** Whether a problem was dropped because the collector was full. */
    public boolean overflowed() {
        return overflowed;
    }

    /** The problems recorded with a cell, in the order they were added. */
    public List<CellProblem> cellProblems() {
        return List.copyOf(cells);
    }

    /** Records {@code message} at {@code location} when {@code broken} holds; returns whether it did. */
    public boolean addIf(boolean broken, String location, Text message) {
        if (broken) {
            add(location, message);
        }
        return broken;
    }

    /** As {@link #addIf(boolean, String, Text)}, with words that read the same in every language. */
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
            add(location, Text.of("catalog.problem.required"));
            return false;
        }
        return true;
    }

    public boolean requireText(String location, String text) {
        if (!requirePresent(location, text)) {
            return false;
        }
        if (text.isBlank()) {
            add(location, Text.of("catalog.problem.blank"));
            return false;
        }
        return true;
    }

    public boolean requireNonNegative(String location, BigDecimal value) {
        if (!requirePresent(location, value)) {
            return false;
        }
        if (value.signum() < 0) {
            add(location, Text.of("catalog.problem.negative"));
            return false;
        }
        return true;
    }

    public boolean requireFraction(String location, BigDecimal value) {
        if (!requirePresent(location, value)) {
            return false;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            add(location, Text.of("catalog.problem.fraction"));
            return false;
        }
        return true;
    }

    public boolean requireAtMost(String location, BigDecimal value, BigDecimal max) {
        if (value.compareTo(max) > 0) {
            add(location, Text.of("catalog.problem.notExceed", max));
            return false;
        }
        return true;
    }

    public boolean requireDecimalPlaces(String location, BigDecimal value, int maxPlaces) {
        if (Decimals.places(value) > maxPlaces) {
            add(location, Text.of("catalog.problem.decimalPlaces", maxPlaces));
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
                add(location + "[" + i + "]", Text.of("catalog.problem.required"));
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
            add(location, Text.of("catalog.problem.negative"));
        } else if (value.compareTo(max) > 0) {
            add(location, Text.of("catalog.problem.atMost", max));
        } else if (Decimals.places(value) > places) {
            add(location, Text.of("catalog.problem.decimals", places));
        }
    }

    /** An optional text (null or blank allowed) of at most {@code maxChars} characters. */
    public void checkLength(String location, String value, int maxChars) {
        if (value != null && value.length() > maxChars) {
            add(location, Text.of("catalog.problem.tooLong", maxChars));
        }
    }

    /** A required text of at most {@code maxChars} characters. */
    public void checkText(String location, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            add(location, Text.of("catalog.problem.required"));
        } else if (value.length() > maxChars) {
            add(location, Text.of("catalog.problem.tooLong", maxChars));
        }
    }
}
