package procedo.modeler.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import procedo.modeler.cli.Main;
import procedo.modeler.json.Json;

/**
 * {@code procedo serve} in a JVM of its own on a data folder, as a user runs it, with an HTTP client for its API.
 * Every request is built in {@link #request}, where credentials are added.
 */
final class ServedProcess implements AutoCloseable {

    private static final ObjectMapper JSON = Json.mapper();

    /** The first administrator's password, given to the served process where the server has accounts. */
    static final String ADMIN_PASSWORD = "Ba Đình bền vững 2026!";

    final Process process;
    final int port;
    final List<String> output;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile Optional<String> token;

    private ServedProcess(Process process, int port, List<String> output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** An answer: its status and body (JSON when it is). */
    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** Starts {@code procedo serve} on {@code data} and waits until it is ready. */
    static ServedProcess start(Path data) {
        ServedProcess served = launch(data, freePort());
        served.awaitReady();
        return served;
    }

    /** Starts {@code procedo serve} on {@code data} without waiting: for a start that is expected to fail. */
    static ServedProcess launch(Path data, int port) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--port", Integer.toString(port), "--data", data.toString()));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PROCEDO_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Process process = builder.start();
            List<String> output = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        output.add(line);
                    }
                } catch (IOException e) {
                    output.add("read failed: " + e);
                }
            }, "served-output");
            reader.setDaemon(true);
            reader.start();
            return new ServedProcess(process, port, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + 180_000;
        while (output.stream().noneMatch(l -> l.contains("Procedo is ready")) && process.isAlive()
                && System.currentTimeMillis() < deadline) {
            sleep(100);
        }
        assertThat(output).as(String.join("\n", output)).anyMatch(l -> l.contains("Procedo is ready"));
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) {
        try {
            assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as(String.join("\n", output))
                    .isTrue();
            sleep(200); // the last lines of output
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: the process ends at once, without its shutdown hook. */
    void kill() {
        process.destroyForcibly();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String address() {
        return "http://localhost:" + port;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Reply put(String path, String json) {
        return send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Reply send(String method, String path, String contentType, byte[] body) {
        try {
            return reply(client.send(request(method, path, contentType, body), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting; the answer completes the future (exceptionally when the server dies first). */
    CompletableFuture<Reply> sendAsync(String method, String path, String contentType, byte[] body) {
        return client.sendAsync(request(method, path, contentType, body), HttpResponse.BodyHandlers.ofString())
                .thenApply(ServedProcess::reply);
    }

    private static Reply reply(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.body());
    }

    /** The one place where requests to the served process are built, with the API token where there is one. */
    private HttpRequest request(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(address() + path))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        token().ifPresent(secret -> builder.header("Authorization", "Bearer " + secret));
        return builder.build();
    }

    /**
     * An API token of the first administrator ({@code POST /api/tokens} with the password), taken once; empty
     * where the server has no such route (no accounts: every loopback caller may edit).
     */
    Optional<String> token() {
        if (token == null) {
            synchronized (this) {
                if (token == null) {
                    token = requestToken();
                }
            }
        }
        return token;
    }

    private Optional<String> requestToken() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(address() + "/api/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                            "username", "admin", "password", ADMIN_PASSWORD, "label", "durability test"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return Optional.of(JSON.readTree(response.body()).get("secret").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as Ctrl-C does; waits for the process to stop. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
