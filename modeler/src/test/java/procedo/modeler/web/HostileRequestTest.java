package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.modeler.web.guard.SecurityHeaders;

/**
 * What a hostile page or a rebound host name can make a browser send, against the real server: a foreign
 * {@code Host} (DNS rebinding), a change from another origin, and a form-like body to a JSON route are refused before
 * any handler runs; every answer — page, file, favicon, API answer, error — carries the security headers.
 */
class HostileRequestTest {

    private TestServer server;
    /** The signed-in administrator's {@code Authorization} value, sent by every raw request of these tests. */
    private static String authorization;

    @BeforeEach
    void start() {
        server = TestServer.start();
        authorization = server.bearer();
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedBeforeAnyHandlerRuns() throws IOException {
        int port = server.server.port();

        RawAnswer rebound = RawAnswer.send(port, "GET", "/api/health", "attacker.example:" + port, Map.of(), "");
        RawAnswer otherPort = RawAnswer.send(port, "GET", "/", "127.0.0.1:" + (port + 1), Map.of(), "");
        RawAnswer create = RawAnswer.send(port, "POST", "/api/procedures", "attacker.example",
                Map.of("Content-Type", "application/json"), CatalogApiTest.BIRTH);

        assertThat(rebound.status()).isEqualTo(421);
        assertThat(rebound.body()).contains("attacker.example");
        assertThat(otherPort.status()).isEqualTo(421);
        assertThat(create.status()).isEqualTo(421);
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(404);
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
            assertThat(RawAnswer.send(port, "GET", "/api/health", host, Map.of(), "").status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void aConfiguredPublicHostIsServed() throws IOException {
        var app = server.application.webServer()
                .withPublicHosts(List.of("procedo.example.gov.vn", "proxy.example:8443")).create().start("127.0.0.1", 0);
        try {
            int port = app.port();
            assertThat(RawAnswer.send(port, "GET", "/api/health", "procedo.example.gov.vn", Map.of(), "").status())
                    .isEqualTo(200);
            assertThat(RawAnswer.send(port, "GET", "/api/health", "proxy.example:8443", Map.of(), "").status())
                    .isEqualTo(200);
            assertThat(RawAnswer.send(port, "GET", "/api/health", "proxy.example:9999", Map.of(), "").status())
                    .isEqualTo(421);
            assertThat(RawAnswer.send(port, "GET", "/api/health", "evil.example", Map.of(), "").status())
                    .isEqualTo(421);
        } finally {
            app.stop();
        }
    }

    @Test
    void aChangeFromAnotherOriginIsRefusedAndChangesNothing() {
        String own = "http://127.0.0.1:" + server.server.port();

        var foreign = server.send("POST", "/api/procedures", bytes(CatalogApiTest.BIRTH), "application/json",
                "Origin", "http://evil.example");
        var nullOrigin = server.send("POST", "/api/procedures", bytes(CatalogApiTest.BIRTH), "application/json",
                "Origin", "null");
        var foreignReferrer = server.send("POST", "/api/procedures", bytes(CatalogApiTest.BIRTH), "application/json",
                "Referer", "http://evil.example/page.html");
        var otherLocalPort = server.send("POST", "/api/procedures", bytes(CatalogApiTest.BIRTH), "application/json",
                "Origin", "http://127.0.0.1:" + (server.server.port() + 1));

        assertThat(List.of(foreign, nullOrigin, foreignReferrer, otherLocalPort)).allSatisfy(r -> {
            assertThat(r.status()).as(r.raw().body()).isEqualTo(403);
            assertThat(r.body().get("message").asText()).contains("another site");
        });
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(404);

        var sameOrigin = server.send("POST", "/api/procedures", bytes(CatalogApiTest.BIRTH), "application/json",
                "Origin", own, "Referer", own + "/procedure.html");
        assertThat(sameOrigin.status()).as(sameOrigin.raw().body()).isEqualTo(201);

        var foreignDelete = server.send("DELETE", "/api/procedures/1.001193", new byte[0], "application/json",
                "Origin", "https://evil.example");
        assertThat(foreignDelete.status()).isEqualTo(403);
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(200);
        assertThat(server.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void aJsonRouteRefusesTheBodiesAPlainFormCanSend() {
        for (String type : List.of("text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            var refused = server.send("POST", "/api/procedures", bytes(CatalogApiTest.BIRTH), type);
            assertThat(refused.status()).as(type).isEqualTo(415);
            assertThat(refused.body().get("message").asText()).contains("application/json");
        }
        assertThat(server.send("PUT", "/api/tariffs/CITIZEN/2025", bytes("{}"), "text/plain").status()).isEqualTo(415);
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(404);

        var upload = server.send("POST", "/api/templates/import", bytes("--x\r\nContent-Disposition: form-data; "
                + "name=\"file\"; filename=\"p.json\"\r\n\r\n{}\r\n--x--\r\n"), "multipart/form-data; boundary=x");
        assertThat(upload.status()).as("an upload route takes forms").isEqualTo(400);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws IOException {
        int port = server.server.port();
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("/", 200);
        answers.put("/app.css", 200);
        answers.put("/signin.html", 200);
        answers.put("/favicon.ico", 200);
        answers.put("/favicon.svg", 200);
        answers.put("/api/health", 200);
        answers.put("/api/no-such-route", 404);
        answers.put("/no-such-page.html", 404);
        answers.put("/api/procedures?limit=0", 400);
        for (var answer : answers.entrySet()) {
            RawAnswer raw = RawAnswer.send(port, "GET", answer.getKey(), "127.0.0.1:" + port, Map.of(), "");
            assertThat(raw.status()).as(answer.getKey()).isEqualTo(answer.getValue());
            assertSecurityHeaders(raw, answer.getKey());
        }
        assertSecurityHeaders(RawAnswer.send(port, "GET", "/", "evil.example", Map.of(), ""), "refused host");
        RawAnswer favicon = RawAnswer.send(port, "GET", "/favicon.ico", "127.0.0.1:" + port, Map.of(), "");
        assertThat(favicon.headers().get("content-type")).startsWith("image/");
        assertThat(favicon.bodyBytes()).startsWith(0, 0, 1, 0);
    }

    private static void assertSecurityHeaders(RawAnswer raw, String what) {
        Map<String, String> headers = raw.headers();
        assertThat(headers.get("content-security-policy")).as(what).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "script-src 'self'");
        assertThat(scriptSources(headers.get("content-security-policy"))).as(what).doesNotContain("'unsafe-inline'",
                "'unsafe-eval'");
        assertThat(headers.get("x-content-type-options")).as(what).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).as(what).isEqualTo("same-origin");
        assertThat(headers.get("x-frame-options")).as(what).isEqualTo("DENY");
    }

    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src") || directive.strip().startsWith("default-src")) {
                return directive;
            }
        }
        return "";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One HTTP/1.1 exchange over a plain socket: unlike {@code java.net.http}, it sends the {@code Host} header it is
     * given, as a browser does for a rebound name.
     */
    record RawAnswer(int status, Map<String, String> headers, byte[] bodyBytes) {

        String body() {
            return new String(bodyBytes, StandardCharsets.UTF_8);
        }

        static RawAnswer send(int port, String method, String path, String host, Map<String, String> headers,
                              String body) throws IOException {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\nAuthorization: " + authorization
                    + "\r\nContent-Length: " + content.length + "\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                return read(socket.getInputStream());
            }
        }

        static RawAnswer read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            boolean chunked = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.put(name, lines[i].substring(colon + 1).strip());
                chunked |= name.equals("transfer-encoding") && lines[i].toLowerCase(Locale.ROOT).contains("chunked");
            }
            byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            return new RawAnswer(status, headers, chunked ? unchunk(rest) : rest);
        }

        private static byte[] unchunk(byte[] data) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int at = 0;
            while (at < data.length) {
                int lineEnd = at;
                while (lineEnd + 1 < data.length && !(data[lineEnd] == '\r' && data[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String size = new String(data, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (n == 0) {
                    break;
                }
                out.write(data, lineEnd + 2, n);
                at = lineEnd + 2 + n + 2;
            }
            return out.toByteArray();
        }
    }
}
