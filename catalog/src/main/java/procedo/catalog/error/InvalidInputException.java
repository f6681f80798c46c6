package procedo.catalog.error;

import procedo.catalog.text.Text;

import java.util.List;
import java.util.stream.Collectors;

/** The input is wrong; every problem found is listed with its location (HTTP 400). Nothing was changed. */
public final class InvalidInputException extends ProcedoException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String location, Text message) {
        return new InvalidInputException(List.of(new Problem(location, message)));
    }

    /** One problem, in words that read the same in every language. */
    public static InvalidInputException of(String location, String message) {
        return new InvalidInputException(List.of(new Problem(location, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
