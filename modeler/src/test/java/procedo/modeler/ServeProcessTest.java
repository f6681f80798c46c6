package procedo.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.modeler.cli.Main;

/** {@code procedo serve} as a user runs it: a separate JVM, the embedded database, the demo, Ctrl-C / SIGTERM. */
@Tag("process")
class ServeProcessTest {

    @TempDir
    Path data;

    @Test
    void servesTheRankedDemoCatalogToItsFirstAdministratorAndStopsCleanlyOnSigterm() throws Exception {
        int port = freePort();
        Served first = serve(port);
        try {
            String base = "http://localhost:" + port;
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/priorities"))).statusCode())
                    .as("nobody signed in").isEqualTo(401);
            String oneTime = first.output.stream().map(ONE_TIME::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError(
                            "no one-time password in the log:\n" + String.join("\n", first.output)));

            HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .POST(json("{\"username\": \"admin\", \"password\": \"" + oneTime + "\"}")));
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("\"mustChangePassword\":true");
            String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = signIn.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/priorities")).header("Cookie", cookie))
                    .statusCode()).as("the one-time password must be changed first").isEqualTo(403);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/me/password")).header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf).PUT(json("{\"currentPassword\": \"" + oneTime
                            + "\", \"newPassword\": \"Ba Đình 2026!\"}"))).statusCode()).isEqualTo(200);

            HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                    .POST(json("{\"username\": \"admin\", \"password\": \"Ba Đình 2026!\", \"label\": \"test\"}")));
            assertThat(token.statusCode()).isEqualTo(201);
            String secret = token.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> ranking = send(HttpRequest.newBuilder(URI.create(base + "/api/priorities"))
                    .header("Authorization", "Bearer " + secret));
            assertThat(ranking.statusCode()).isEqualTo(200);
            assertThat(ranking.body()).contains("\"contributions\"", "\"score\"");
        } finally {
            terminate(first.process);
        }
        assertThat(first.stopped()).as("stopped within 30 s").isTrue();
        assertThat(first.output).anyMatch(line -> line.contains("Loaded the demo catalog"));
        assertThat(first.output).anyMatch(line -> line.contains("Stopping Procedo"));

        Served second = serve(port);
        terminate(second.process);
        assertThat(second.stopped()).isTrue();
        assertThat(second.output).noneMatch(line -> line.contains("Loaded the demo catalog"));
        assertThat(second.output).noneMatch(line -> line.contains("one-time password"));
    }

    private static final Pattern ONE_TIME = Pattern.compile("^\\s+([A-Za-z0-9_-]{12,})\\s*$");

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Served(Process process, List<String> output, Thread reader) {

        /** Waits for the process to end and for its last output to be read. */
        boolean stopped() throws InterruptedException {
            boolean ended = process.waitFor(30, TimeUnit.SECONDS);
            reader.join(5_000);
            return ended;
        }
    }

    private Served serve(int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", Integer.toString(port), "--data", data.toString())
                .redirectErrorStream(true);
        builder.environment().remove("PROCEDO_ADMIN_PASSWORD");
        Process process = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Object ready = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                    if (line.contains("Procedo is ready at http://localhost:" + port)) {
                        synchronized (ready) {
                            ready.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                output.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        // A JVM starting beside other test classes on two busy cores can take longer than on an idle machine.
        long deadline = System.currentTimeMillis() + 180_000;
        synchronized (ready) {
            while (output.stream().noneMatch(l -> l.contains("Procedo is ready")) && process.isAlive()
                    && System.currentTimeMillis() < deadline) {
                ready.wait(500);
            }
        }
        assertThat(output).as(String.join("\n", output)).anyMatch(l -> l.contains("Procedo is ready"));
        return new Served(process, output, reader);
    }

    /** SIGTERM, as Ctrl-C or a service manager sends it (Process.destroy would also close the output pipe). */
    private static void terminate(Process process) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
