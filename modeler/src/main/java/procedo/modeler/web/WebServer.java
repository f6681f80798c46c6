package procedo.modeler.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.json.JavalinJackson;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import procedo.modeler.json.Json;
import procedo.modeler.web.guard.RequestGuard;
import procedo.modeler.web.guard.SecurityHeaders;
import procedo.modeler.web.guard.ServedHosts;
import procedo.modeler.web.guard.UploadSlots;
import procedo.modeler.web.http.Role;
import procedo.modeler.web.http.Route;

/**
 * The web application: one Javalin server serving the route table ({@link Routes}), each route behind its access
 * rule, errors mapped to HTTP answers once ({@link ErrorMapping}), and the browser pages as static files. Every
 * request first passes the {@link RequestGuard} (served host names, same-origin changes, body types), every answer
 * carries the {@link SecurityHeaders}, and uploads are handled a few at a time ({@link UploadSlots}).
 */
public final class WebServer {

    /** Largest request body accepted (bytes); larger ones get 413. */
    public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    /**
     * Largest multipart upload (bytes): the body limit above covers bodies read whole; uploads (template
     * workbooks) are streamed from multipart parts bounded here, and the import route bounds its stream itself.
     */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final WebServices services;
    private final AccessPolicy access;
    private final ObjectMapper json = Json.mapper();
    private final ServedHosts hosts;

    public WebServer(WebServices services, AccessPolicy access) {
        this(services, access, ServedHosts.loopback());
    }

    private WebServer(WebServices services, AccessPolicy access, ServedHosts hosts) {
        this.services = services;
        this.access = access;
        this.hosts = hosts;
    }

    /**
     * This server answering also to the given public host names ({@code host} or {@code host:port}), beside
     * {@code localhost}, {@code 127.0.0.1} and {@code [::1]} on its own port.
     */
    public WebServer withPublicHosts(Collection<String> names) {
        return new WebServer(services, access, ServedHosts.with(names));
    }

    /** The route table ({@link Routes}): every route of the application with the least role allowed to call it. */
    public List<Route> routes() {
        return Routes.of(services, json);
    }

    public Javalin create() {
        List<Route> routes = routes();
        return Javalin.create(config -> configure(config, routes));
    }

    private void configure(JavalinConfig config, List<Route> routes) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES + 64 * 1024, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, io.javalin.config.SizeUnit.BYTES);
        config.jsonMapper(new JavalinJackson(json, false));
        String webDirectory = System.getenv("PROCEDO_WEB_DIR");
        if (webDirectory != null && !webDirectory.isBlank()) {
            // For front-end work: pages are served from this directory (e.g. modeler/src/main/resources/web) and
            // reloaded without a rebuild; what it lacks (the bundled vendor files) still comes from the jar.
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = webDirectory;
                files.location = io.javalin.http.staticfiles.Location.EXTERNAL;
                files.roles = Set.of(Role.READER);
            });
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            files.roles = Set.of(Role.READER);
        });
        Set<String> uploads = routes.stream().filter(r -> r.payload() == Route.Payload.UPLOAD)
                .map(r -> r.method().name() + " " + r.path()).collect(Collectors.toSet());
        RequestGuard guard = new RequestGuard(hosts, uploads);
        config.routes.before(SecurityHeaders::apply);
        config.routes.before(guard::checkHost);
        config.routes.before(guard::checkOrigin);
        config.routes.beforeMatched(guard::checkBodyType);
        config.routes.beforeMatched(ctx -> authorize(ctx));
        UploadSlots slots = new UploadSlots(UploadSlots.DEFAULT_SLOTS);
        for (Route route : routes) {
            var handler = route.payload() == Route.Payload.UPLOAD ? slots.bound(route.handler()) : route.handler();
            config.routes.addHttpHandler(route.method(), route.path(), handler, route.role());
        }
        ErrorMapping.register(config);
    }

    private void authorize(Context ctx) {
        String named = procedo.modeler.web.http.Params.decodedHeader(ctx, "X-User");
        String username = named == null || named.isBlank() ? "local" : named.strip();
        ctx.attribute(procedo.modeler.web.http.Params.ACTOR,
                new procedo.catalog.account.Actor(username, username, ctx.req().getRemoteAddr()));
        var declared = ctx.routeRoles();
        if (declared.isEmpty()) {
            if (ctx.path().startsWith("/api/")) {
                throw new ForbiddenResponse("This route has no access rule");
            }
            return;
        }
        Role required = (Role) declared.iterator().next();
        if (!access.roleOf(ctx).allows(required)) {
            throw new ForbiddenResponse("This action needs the " + required + " role");
        }
    }
}
