package procedo.modeler.web.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One route of the API: its method and path, the access rule to call it, the sentence the OpenAPI
 * description shows, and its handler. Every feature declares its routes with the factories below.
 */
public record Route(HandlerType method, String path, Access role, String summary, Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, () -> "route " + method + " " + path + " has no access rule");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
    }

    public static Route get(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.GET, path, role, summary, handler);
    }

    public static Route post(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.POST, path, role, summary, handler);
    }

    public static Route put(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.PUT, path, role, summary, handler);
    }

    public static Route delete(String path, Access role, String summary, Handler handler) {
        return new Route(HandlerType.DELETE, path, role, summary, handler);
    }
}
