package procedo.catalog.priority;

import java.util.ArrayList;
import java.util.List;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

/** Collects every problem of one input so that the caller learns all of them at once. */
final class InputProblems {

    private final List<Problem> problems = new ArrayList<>();

    /** Records {@code message} at {@code location} when {@code broken} holds; returns whether it did. */
    boolean add(boolean broken, String location, String message) {
        if (broken) {
            problems.add(new Problem(location, message));
        }
        return broken;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
