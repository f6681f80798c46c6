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
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;
import procedo.modeler.json.Json;

/** A real Procedo server on a free loopback port over a private in-memory H2 database, and an HTTP client. */
final class TestServer implements AutoCloseable {

    final Application application;
    final Javalin server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.mapper();

    private TestServer(Application application, Javalin server) {
        this.application = application;
        this.server = server;
    }

    static TestServer start(Optional<String> editorToken) {
        Application application = Application.open(DatabaseSettings.inMemory("api-" + UUID.randomUUID()));
        Javalin server = application.webServer(editorToken).create().start("127.0.0.1", 0);
        return new TestServer(application, server);
    }

    /** A server on the given database, its engine started at once as {@code serve} does (one node of several). */
    static TestServer start(DatabaseSettings database, Application.EngineOptions engine) {
        Application application = Application.open(database, engine);
        try {
            application.engine();
            return new TestServer(application, application.webServer(Optional.empty()).create()
                    .start("127.0.0.1", 0));
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

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
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
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
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
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
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

    private Response send(HttpRequest.Builder request) {
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
        server.stop();
        application.close();
    }
}
