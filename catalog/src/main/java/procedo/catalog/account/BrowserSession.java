package procedo.catalog.account;

/** A browser session just started: the cookie's value (kept only as a digest) and the session's CSRF token. */
public record BrowserSession(String cookieValue, String csrfToken, Principal principal) {
}
