package procedo.modeler.web.http;

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
import procedo.catalog.text.Text;

/**
 * Reads a request's parameters: query parameters collecting every problem with the parameter's name before
 * failing ({@link #check()}), and path parameters and headers failing at once with theirs. Every failure is an
 * {@link InvalidInputException}.
 */
public final class Params {

    private final Context ctx;
    private final List<Problem> problems = new ArrayList<>();

    public Params(Context ctx) {
        this.ctx = ctx;
    }

    public String text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                problems.add(new Problem(name, Text.of("modeler.param.between", min, max)));
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(new Problem(name, Text.of("modeler.param.wholeNumber", value)));
            return defaultValue;
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(name, Text.of("modeler.param.oneOf", Arrays.toString(type.getEnumConstants()))));
            return null;
        }
    }

    public boolean flag(String name) {
        String value = text(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(new Problem(name, Text.of("modeler.param.flag")));
        }
        return value.equals("true");
    }

    /** The catalog filters shared by every list: q, field, level, agency, locality, online, applicant, status. */
    public ProcedureFilter filter() {
        return new ProcedureFilter(text("q"), text("field"), choice("level", Level.class), text("agency"),
                text("locality"), choice("online", OnlineLevel.class), choice("applicant", ApplicantType.class),
                choice("status", ProcedureStatus.class), choice("withdrawn", procedo.catalog.procedure.WithdrawnFilter.class));
    }

    /** Fails with every problem found so far. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** An optional whole number of at least {@code min}; null when absent. */
    public Integer optionalInteger(String name, int min) {
        return text(name) == null ? null : integer(name, min, min, Integer.MAX_VALUE);
    }

    /**
     * The path parameter {@code name} as a whole number of at least {@code min}; when it is not, the failure names
     * {@code field} and says it must be {@code meaning} (a text such as "a plan number").
     */
    public static long pathNumber(Context ctx, String name, long min, String field, Text meaning) {
        String text = ctx.pathParam(name);
        try {
            long n = Long.parseLong(text.trim());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(field, Text.of("modeler.param.mustBe", meaning, text));
    }

    /** As {@link #pathNumber}, within the range of an {@code int}. */
    public static int pathInt(Context ctx, String name, int min, String field, Text meaning) {
        long n = pathNumber(ctx, name, min, field, meaning);
        if (n > Integer.MAX_VALUE) {
            throw InvalidInputException.of(field, Text.of("modeler.param.mustBe", meaning, ctx.pathParam(name)));
        }
        return (int) n;
    }

    /** A header's value URL-decoded as UTF-8 (so that names with diacritics travel in headers); null when absent. */
    public static String decodedHeader(Context ctx, String header) {
        String value = ctx.header(header);
        if (value == null) {
            return null;
        }
        try {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(header, Text.of("modeler.param.urlEncoded"));
        }
    }

    /** Request attribute under which the access check leaves the {@link procedo.catalog.account.Actor} acting. */
    public static final String ACTOR = "procedo.actor";

    /** Request attribute under which the access check leaves the signed-in {@link procedo.catalog.account.Principal}. */
    public static final String PRINCIPAL = "procedo.principal";

    /** The signed-in person on this request, with their roles. */
    public static procedo.catalog.account.Principal principal(Context ctx) {
        procedo.catalog.account.Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw RefusedRequestException.unauthorized(Text.of("modeler.access.signIn"));
        }
        return principal;
    }

    /** The person acting on this request, as established by the access check before the handler ran. */
    public static procedo.catalog.account.Actor actor(Context ctx) {
        procedo.catalog.account.Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw RefusedRequestException.unauthorized(Text.of("modeler.access.signIn"));
        }
        return actor;
    }

}
