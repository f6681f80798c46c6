package procedo.modeler.web.http;

import io.javalin.http.Context;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Text;

/**
 * The version a client read, for optimistic locking: the {@code If-Match} header ({@code "N"}, {@code N} or
 * {@code W/"N"}) when given, else the {@code version} of the request body.
 */
public final class Versions {

    private Versions() {
    }

    /** The version sent, or null when neither the header nor the body names one. */
    public static Integer expected(Context ctx, Integer bodyVersion) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            return bodyVersion;
        }
        String value = header.trim().replace("W/", "").replace("\"", "").trim();
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of("If-Match", Text.of("modeler.version.ifMatch", header));
    }

    /** The version sent; an update without one is refused. */
    public static int required(Context ctx, Integer bodyVersion) {
        Integer expected = expected(ctx, bodyVersion);
        if (expected == null) {
            throw InvalidInputException.of("version", Text.of("modeler.version.required"));
        }
        return expected;
    }

    /** The {@code ETag} of a stored state with {@code version}. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
