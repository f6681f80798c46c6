package procedo.modeler.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.List;
import procedo.catalog.account.AccountRequest;
import procedo.catalog.account.AccountService;
import procedo.catalog.account.Actor;
import procedo.catalog.account.Grant;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;
import procedo.modeler.TestHashing;
import procedo.modeler.json.Json;

/**
 * A real Procedo server on a free loopback port over a private in-memory H2 database, and an HTTP client signed in
 * with an API token: the first administrator's, or (see {@link #as}) another user's, or none ({@link #anonymous}).
 */
final class TestServer implements AutoCloseable {

    /** The first administrator's password on every test server. */
    static final String ADMIN_PASSWORD = "Hồ Gươm 2026!";

    final Application application;
    final Javalin server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.mapper();
    private final Optional<String> token;
    private final boolean owner;
    private final Optional<String> language;

    private TestServer(Application application, Javalin server, Optional<String> token, boolean owner) {
        this(application, server, token, owner, Optional.of("en"));
    }

    private TestServer(Application application, Javalin server, Optional<String> token, boolean owner,
            Optional<String> language) {
        this.application = application;
        this.server = server;
        this.token = token;
        this.owner = owner;
        this.language = language;
    }

    private static TestServer signedInAsAdmin(Application application, Javalin server) {
        application.accounts().ensureFirstAdmin(Optional.of(ADMIN_PASSWORD));
        String token = application.accounts().createToken(AccountService.FIRST_ADMIN, "tests",
                Actor.system("tests")).secret();
        return new TestServer(application, server, Optional.of(token), true);
    }

    /** A server whose client acts as the first administrator. */
    static TestServer start() {
        Application application = Application.open(DatabaseSettings.inMemory("api-" + UUID.randomUUID()),
                Application.EngineOptions.quiet(), TestHashing.SMALL);
        Javalin server = application.webServer().create().start("127.0.0.1", 0);
        return signedInAsAdmin(application, server);
    }

    /** A server behind reverse proxies at {@code trustedProxies}, whose client acts as the first administrator. */
    static TestServer behindProxies(java.util.Set<String> trustedProxies) {
        Application application = Application.open(DatabaseSettings.inMemory("api-" + UUID.randomUUID()),
                Application.EngineOptions.quiet(), TestHashing.SMALL);
        Javalin server = application.webServer(trustedProxies).create().start("127.0.0.1", 0);
        return signedInAsAdmin(application, server);
    }

    /** The same server, with a client carrying {@code token} (closing it leaves the server running). */
    TestServer as(String token) {
        return new TestServer(application, server, Optional.of(token), false);
    }

    /** The {@code Authorization} header's value this client sends (for tests building their own requests). */
    String bearer() {
        return "Bearer " + token.orElseThrow(() -> new IllegalStateException("an anonymous client has no token"));
    }

    /**
     * The same client, naming no language: the server answers in Vietnamese, as it does for a page in Vietnamese.
     * (The other clients ask for English, in which most of the API tests word what they expect.)
     */
    TestServer inVietnamese() {
        return new TestServer(application, server, token, false, Optional.empty());
    }

    /** The same server, with a client that has not signed in. */
    TestServer anonymous() {
        return new TestServer(application, server, Optional.empty(), false);
    }

    /**
     * Creates a user holding {@code grants} whose password is already their own (so they may act), and returns an
     * API token of theirs.
     */
    String tokenFor(String username, Grant... grants) {
        return tokenFor(username, "Người dùng " + username, grants);
    }

    /** As {@link #tokenFor(String, Grant...)}, for a user with the given display name. */
    String tokenFor(String username, String displayName, Grant... grants) {
        var accounts = application.accounts();
        accounts.create(new AccountRequest(username, displayName, "Tạm thời 2026!", List.of(grants), null),
                Actor.system("tests"));
        accounts.changePassword(username, "Tạm thời 2026!", "Mật khẩu riêng 2026!", Actor.system("tests"));
        return accounts.createToken(username, "tests", Actor.system("tests")).secret();
    }

    /** A client of the same server acting as a new user holding {@code grants}. */
    TestServer asNewUser(String username, Grant... grants) {
        return as(tokenFor(username, grants));
    }

    /** A server on the given database, its engine started at once as {@code serve} does (one node of several). */
    static TestServer start(DatabaseSettings database, Application.EngineOptions engine) {
        Application application = Application.open(database, engine, TestHashing.SMALL);
        try {
            application.engine();
            return signedInAsAdmin(application, application.webServer().create().start("127.0.0.1", 0));
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
    }

    /** A response with its status, headers and JSON body. */
    record Response(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response get(String path, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)), headers).GET());
    }

    Response delete(String path, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)), headers).DELETE());
    }

    Response post(String path, String body, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)), headers)
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    Response put(String path, String body, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)), headers)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    /** Sends raw bytes (such as BPMN XML) with the given content type; the answer is read as JSON when it is. */
    Response send(String method, String path, byte[] body, String contentType, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)), headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose body is kept as bytes (downloads). */
    HttpResponse<byte[]> download(String path) {
        try {
            return client.send(signed(HttpRequest.newBuilder(uri(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response whose body is kept as bytes (downloads). */
    record Download(int status, String contentType, byte[] body) {
    }

    Download downloadFile(String path) {
        try {
            HttpResponse<byte[]> response = client.send(signed(HttpRequest.newBuilder(uri(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response postBytes(String path, byte[] body, String contentType, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)), headers)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType));
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /**
     * Adds this client's token and language, unless the request names its own {@code Authorization} or
     * {@code Accept-Language}.
     */
    private HttpRequest.Builder signed(HttpRequest.Builder request) {
        var named = request.copy().build().headers();
        if (token.isPresent() && named.firstValue("Authorization").isEmpty()) {
            request.header("Authorization", "Bearer " + token.get());
        }
        if (language.isPresent() && named.firstValue("Accept-Language").isEmpty()) {
            request.header("Accept-Language", language.get());
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        signed(request);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isBlank() ? null : tryParse(body);
            return new Response(response.statusCode(), response, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tryParse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (owner) {
            server.stop();
            application.close();
        }
    }
}
