package procedo.modeler.web;

import procedo.modeler.web.http.RefusedRequestException;
import procedo.modeler.web.http.Authentication;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.text.Text;
import procedo.catalog.account.Principal;
import procedo.modeler.web.http.Access;
import procedo.modeler.web.http.Params;
import io.javalin.json.JavalinJackson;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.Access;
import procedo.modeler.web.guard.RequestGuard;
import procedo.modeler.web.guard.SecurityHeaders;
import procedo.modeler.web.guard.ServedHosts;
import procedo.modeler.web.guard.UploadSlots;
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
    /** The sign-in page, the one page served without a session. */
    public static final String SIGN_IN_PAGE = "/signin.html";

    /** The pages anyone may open without signing in: the sign-in page and the public dossier status page. */
    private static final Set<String> PUBLIC_PAGES = Set.of(SIGN_IN_PAGE, "/status.html");
    /** Signing in: the one change made without a session's CSRF token (there is no session yet). */
    private static final String SIGN_IN_ROUTE = "/api/session";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** What a person whose password must change may still do. */
    private static final Set<String> BEFORE_PASSWORD_CHANGE = Set.of("/api/session", "/api/me", "/api/me/password");

    private final Authentication authentication;
    private final ObjectMapper json = Json.mapper();
    private final ServedHosts hosts;

    public WebServer(WebServices services, Authentication authentication) {
        this(services, authentication, ServedHosts.loopback());
    }

    private WebServer(WebServices services, Authentication authentication, ServedHosts hosts) {
        this.services = services;
        this.authentication = authentication;
        this.hosts = hosts;
    }

    /**
     * This server answering also to the given public host names ({@code host} or {@code host:port}), beside
     * {@code localhost}, {@code 127.0.0.1} and {@code [::1]} on its own port.
     */
    public WebServer withPublicHosts(Collection<String> names) {
        return new WebServer(services, authentication, ServedHosts.with(names));
    }

    /** The route table ({@link Routes}): every route of the application with the least role allowed to call it. */
    public List<Route> routes() {
        return Routes.of(services, authentication, json);
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
                files.roles = Set.of();
            });
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            files.roles = Set.of();
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
        if (ctx.routeRoles().isEmpty() && !ctx.path().startsWith("/api/") && !isPage(ctx.path())) {
            return; // a script, style or image: public, and nobody to look up for it
        }
        Optional<Authentication.Caller> caller = authentication.caller(ctx);
        caller.ifPresent(c -> {
            ctx.attribute(Authentication.CALLER, c);
            ctx.attribute(Params.PRINCIPAL, c.principal());
            ctx.attribute(Params.ACTOR, c.principal().actor());
        });
        var declared = ctx.routeRoles();
        if (declared.isEmpty()) {
            if (ctx.path().startsWith("/api/")) {
                throw new NotAllowedException(Text.of("modeler.access.noRule"));
            }
            guardPage(ctx, caller);
            return;
        }
        Access required = (Access) declared.iterator().next();
        if (caller.isPresent() && caller.get().bySession() && !SAFE_METHODS.contains(ctx.method().name())
                && !(routePath(ctx).equals(SIGN_IN_ROUTE) && ctx.method().name().equals("POST"))) {
            String sent = ctx.header(Authentication.CSRF_HEADER);
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    caller.get().csrfToken().orElseThrow().getBytes(StandardCharsets.UTF_8))) {
                throw new NotAllowedException(Text.of("modeler.access.csrf", Authentication.CSRF_HEADER));
            }
        }
        if (required == Access.PUBLIC) {
            return;
        }
        Principal principal = caller.orElseThrow(
                () -> RefusedRequestException.unauthorized(Text.of("modeler.access.signIn"))).principal();
        if (principal.mustChangePassword() && !BEFORE_PASSWORD_CHANGE.contains(routePath(ctx))) {
            throw new NotAllowedException(Text.of("modeler.access.changePassword"));
        }
        if (!required.admits(principal)) {
            throw new NotAllowedException(Text.of("modeler.access.role", required, principal.username(),
                    roles(principal), required.name()));
        }
        if (required == Access.LOCALITY && ctx.pathParamMap().containsKey("locality")
                && !principal.mayActForLocality(ctx.pathParam("locality"))) {
            throw new NotAllowedException(Text.of("modeler.access.province", principal.username(),
                    province(ctx.pathParam("locality"))));
        }
    }

    /** A province as a person knows it: its name and code ("Thành phố Hà Nội (01)"), or the code alone. */
    private String province(String code) {
        return services.localities().locality(code).map(l -> l.name() + " (" + code + ")").orElse(code);
    }

    /** The roles {@code principal} holds, each by its name in the reader's language, separated by commas. */
    private static Object roles(Principal principal) {
        List<procedo.catalog.account.Grant> grants = principal.grants();
        if (grants.isEmpty()) {
            return Text.of("modeler.access.noRoles");
        }
        Object names = grants.get(grants.size() - 1).role();
        for (int i = grants.size() - 2; i >= 0; i--) {
            names = Text.of("modeler.list.more", grants.get(i).role(), names);
        }
        return names;
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".html");
    }

    /** The path of the route the request matched, as declared (with its {parameters}). */
    private static String routePath(Context ctx) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? ctx.path() : endpoint.path;
    }

    /** Pages need a signed-in person (the public pages aside); their scripts, styles and images do not. */
    private static void guardPage(Context ctx, Optional<Authentication.Caller> caller) {
        String path = ctx.path();
        if (!isPage(path) || PUBLIC_PAGES.contains(path)) {
            return;
        }
        if (caller.isEmpty()) {
            String next = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
            ctx.redirect(SIGN_IN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
            return;
        }
        if (caller.get().principal().mustChangePassword()) {
            ctx.redirect(SIGN_IN_PAGE + "?change=1", HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
        }
    }
}
