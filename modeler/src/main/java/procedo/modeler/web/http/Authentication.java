package procedo.modeler.web.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.Set;
import procedo.catalog.account.AccountService;
import procedo.catalog.account.BrowserSession;
import procedo.catalog.account.Principal;
import procedo.catalog.text.Text;

/**
 * Who sends a request: the owner of its bearer token ({@code Authorization: Bearer pdo_…}) or of its session
 * cookie, and from which address. Forwarded headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) are
 * believed only from the proxies named in configuration.
 */
public final class Authentication {

    /** The session cookie's name. */
    public static final String COOKIE = "procedo_session";
    /** The header a browser page sends its session's CSRF token in, on every request that changes something. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Request attribute under which the access check leaves the {@link Caller} it found. */
    public static final String CALLER = "procedo.caller";

    private final AccountService accounts;
    private final Set<String> trustedProxies;

    public Authentication(AccountService accounts, Set<String> trustedProxies) {
        this.accounts = accounts;
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /** How a request proved who sent it. */
    public record Caller(Principal principal, Optional<String> csrfToken) {
        /** Whether it came with a browser session (whose changes need the CSRF token). */
        public boolean bySession() {
            return csrfToken.isPresent();
        }
    }

    /**
     * The caller of a request, or empty when it carries neither a token nor a session. A token that is given but
     * not valid is refused (401), never taken as "no token".
     */
    public Optional<Caller> caller(Context ctx) {
        String address = clientAddress(ctx);
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw RefusedRequestException.unauthorized(Text.of("modeler.access.bearerOnly"));
            }
            Principal principal = accounts.byToken(authorization.substring(7).strip(), address)
                    .orElseThrow(() -> RefusedRequestException.unauthorized(Text.of("modeler.access.badToken")));
            return Optional.of(new Caller(principal, Optional.empty()));
        }
        return accounts.session(ctx.cookie(COOKIE), address)
                .map(session -> new Caller(session.principal(), Optional.of(session.csrfToken())));
    }

    /** The caller the access check already found for this request (no second look-up). */
    public static Optional<Caller> known(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }

    /** Starts a browser session for a person who just signed in: the cookie is set on the answer. */
    public BrowserSession startSession(Context ctx, Principal principal) {
        BrowserSession session = accounts.startSession(principal);
        Cookie cookie = new Cookie(COOKIE, session.cookieValue());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(isHttps(ctx));
        ctx.cookie(cookie);
        return session;
    }

    public void endSession(Context ctx) {
        accounts.endSession(ctx.cookie(COOKIE));
        Cookie cookie = new Cookie(COOKIE, "");
        cookie.setPath("/");
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(isHttps(ctx));
        ctx.cookie(cookie);
    }

    /** The client's address: the connection's, or the first address a trusted proxy forwarded for. */
    public String clientAddress(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    /** Whether the client reached us over HTTPS (directly, or as a trusted proxy says). */
    public boolean isHttps(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        if (proto != null && trustedProxies.contains(ctx.req().getRemoteAddr())) {
            return proto.strip().equalsIgnoreCase("https");
        }
        return "https".equalsIgnoreCase(ctx.scheme());
    }
}
