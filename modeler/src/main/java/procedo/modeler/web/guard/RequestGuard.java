package procedo.modeler.web.guard;

import procedo.modeler.web.http.RefusedRequestException;
import procedo.catalog.text.Text;
import procedo.catalog.error.NotAllowedException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import procedo.modeler.web.guard.ServedHosts.Authority;

/**
 * Refuses, before any handler runs, what a hostile page or a rebound host name can make a browser send: a request
 * naming a host this server does not answer to (421), a change (POST, PUT, PATCH, DELETE) sent from a page of
 * another origin as told by {@code Origin} or, without it, {@code Referer} (403), and a body of a type a plain HTML
 * form can send without asking ({@code text/plain}, form-encoded, multipart) to a route that is not an upload (415).
 * Scripts and the command line send neither header and are not affected by the origin check.
 */
public final class RequestGuard {

    private static final Set<HandlerType> CHANGES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    private static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    private final ServedHosts hosts;
    private final Set<String> uploads;

    /**
     * @param uploads the upload routes as {@code METHOD path} (e.g. {@code POST /api/catalog/import}): they take
     *                files from forms
     */
    public RequestGuard(ServedHosts hosts, Set<String> uploads) {
        this.hosts = hosts;
        this.uploads = Set.copyOf(uploads);
    }

    /** Refuses a request whose {@code Host} is not one this server answers to. */
    public void checkHost(Context ctx) {
        String header = ctx.header("Host");
        Optional<Authority> host = header == null ? Optional.empty() : Authority.parse(header.strip(), 80);
        if (host.isEmpty() || !hosts.serves(host.get(), ctx.req().getLocalPort())) {
            throw new RefusedRequestException(421, Text.of("modeler.guard.host", String.valueOf(header)));
        }
    }

    /** Refuses a change sent from a page of another origin. */
    public void checkOrigin(Context ctx) {
        if (!CHANGES.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        String header = origin != null ? "Origin" : "Referer";
        String source = origin != null ? origin : ctx.header("Referer");
        if (source == null) {
            return;
        }
        Optional<Authority> from = Authority.ofUrl(source);
        Optional<Authority> host = Authority.parse(String.valueOf(ctx.header("Host")).strip(), 80);
        boolean sameOrigin = from.isPresent() && (from.equals(host) || hosts.isPublic(from.get()));
        if (!sameOrigin) {
            throw new NotAllowedException(Text.of("modeler.guard.origin", header, source));
        }
    }

    /** Refuses a form-like body (plain text, form-encoded, multipart) sent to a route that is not an upload. */
    public void checkBodyType(Context ctx) {
        if (!CHANGES.contains(ctx.method())) {
            return;
        }
        String type = ctx.contentType();
        if (type == null) {
            return;
        }
        String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? "" : endpoint.method.name() + " " + endpoint.path;
        if (FORM_TYPES.contains(media) && !uploads.contains(route)) {
            throw RefusedRequestException.unsupportedType(Text.of("modeler.guard.jsonOnly", media));
        }
    }
}
