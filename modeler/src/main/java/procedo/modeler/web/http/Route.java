package procedo.modeler.web.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One route of the API: its method and path, the access rule to call it, the sentence the OpenAPI
 * description shows, its handler, and what its body is ({@link Payload}). Every feature declares its routes with the
 * factories below.
 */
public record Route(HandlerType method, String path, Access role, String summary, Handler handler, Payload payload) {

    /**
     * What a route's body is. Data routes take JSON (or XML, or nothing) and refuse the body types a plain HTML form
     * sends; uploads take files, from forms too, and only a few are handled at once.
     */
    public enum Payload {
        DATA,
        UPLOAD
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, () -> "route " + method + " " + path + " has no access rule");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(payload, "payload");
    }

    /** A route taking data (JSON, XML or nothing). */
    public Route(HandlerType method, String path, Access role, String summary, Handler handler) {
        this(method, path, role, summary, handler, Payload.DATA);
    }

    public static Route get(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.GET, path, role, summary, handler);
    }

    public static Route post(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.POST, path, role, summary, handler);
    }

    /** A POST taking a file (raw or as a multipart form field). */
    public static Route upload(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.POST, path, role, summary, handler, Payload.UPLOAD);
    }

    public static Route put(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.PUT, path, role, summary, handler);
    }

    public static Route delete(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.DELETE, path, role, summary, handler);
    }
}
