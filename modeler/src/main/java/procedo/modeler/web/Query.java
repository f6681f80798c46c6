package procedo.modeler.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureStatus;

/** Reads query parameters, collecting every problem with the parameter's name before failing. */
final class Query {

    private final Context ctx;
    private final List<Problem> problems = new ArrayList<>();

    Query(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                problems.add(new Problem(name, "must be between " + min + " and " + max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(new Problem(name, "must be a whole number, not '" + value + "'"));
            return defaultValue;
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(name, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    boolean flag(String name) {
        String value = text(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(new Problem(name, "must be true or false"));
        }
        return value.equals("true");
    }

    /** The catalog filters shared by every list: q, field, level, agency, locality, online, applicant, status. */
    ProcedureFilter filter() {
        return new ProcedureFilter(text("q"), text("field"), choice("level", Level.class), text("agency"),
                text("locality"), choice("online", OnlineLevel.class), choice("applicant", ApplicantType.class),
                choice("status", ProcedureStatus.class));
    }

    /** Fails with every problem found so far. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
