package procedo.modeler.web.guard;

import io.javalin.http.Context;

/**
 * The headers every answer carries — pages, static files, the favicon, API answers and error pages: a content
 * security policy that runs only the server's own scripts (no inline script, no {@code eval}), reaches only the
 * server itself and lets no other site frame the pages, plus nosniff, no framing, and a referrer only for the
 * server's own pages ({@code same-origin}: with {@code no-referrer} a browser sends {@code Origin: null} on its own
 * pages' changes, which {@link RequestGuard} would refuse).
 */
public final class SecurityHeaders {

    /**
     * The content security policy. Style sheets come only from the server; {@code style} attributes are allowed
     * ({@code style-src-attr 'unsafe-inline'}) because bpmn-js sets them on the elements it creates (the editor is
     * reported blocked without it), while inline {@code <style>} elements stay refused.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    /** Sets the headers on the answer being made. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
