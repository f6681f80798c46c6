package procedo.modeler.web;

import procedo.modeler.workflow.StartFormSamples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.modeler.json.Json;
import procedo.modeler.web.guard.UploadSlots;

/**
 * Requests that race: two officers completing one task (one wins, the other gets 409), two catalog imports at once
 * (the second gets 409 while the first runs), and more uploads at once than the server handles (503 with
 * {@code Retry-After}, nothing written). Uploads are held open by bodies that arrive only when the test lets them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentRequestTest {

    private static final String BIRTH = "1.001193";

    private final ObjectMapper json = Json.mapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void twoOfficersCompletingOneTaskAtOnceGetOneSuccessAndOneConflict() throws Exception {
        String duc = "Bearer " + server.tokenFor("pham-minh-duc", "Phạm Minh Đức",
                procedo.catalog.account.Grant.of(procedo.catalog.account.AccountRole.ADMIN));
        String ha = "Bearer " + server.tokenFor("le-thu-ha", "Lê Thu Hà",
                procedo.catalog.account.Grant.of(procedo.catalog.account.AccountRole.ADMIN));
        assertThat(server.post("/api/procedures/" + BIRTH + "/deployments", "").status())
                .isEqualTo(201);
        ObjectNode start = json.createObjectNode().put("procedureCode", BIRTH).put("locality", "01")
                .put("channel", "ONLINE");
        start.set("data", json.valueToTree(new StartFormSamples(1).sample(
                server.application.workflows().startForm(BIRTH, "01"), "01")));

        for (int round = 0; round < 8; round++) {
            var started = server.post("/api/cases", json.writeValueAsString(start));
            assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
            JsonNode task = started.body().get("openTasks").get(0);
            ObjectNode data = json.createObjectNode();
            task.get("form").forEach(f -> data.put(f.get("id").asText(), true));
            String body = json.writeValueAsString(json.createObjectNode().set("data", data));
            String path = "/api/tasks/" + task.get("id").asText() + "/complete";

            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String who : List.of(duc, ha)) {
                answers.add(client.sendAsync(request(path, who, HttpRequest.BodyPublishers.ofString(body),
                        "application/json"), HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
            }
            assertThat(statuses).as(answers.get(0).get().body() + " / " + answers.get(1).get().body())
                    .containsExactlyInAnyOrder(200, 409);
            var again = server.post(path, body);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body().get("message").asText()).contains("completed already");
        }
    }

    @Test
    void aSecondCatalogImportWhileOneRunsGets409AndTheFirstCompletes() throws Exception {
        byte[] workbook = server.download("/api/catalog/export.xlsx").body();
        long before = server.get("/api/procedures?limit=1").body().get("total").asLong();
        HeldUpload first = new HeldUpload("/api/catalog/import", workbook, "application/octet-stream");
        Thread.sleep(500);

        var second = client.send(request("/api/catalog/import", server.bearer(),
                HttpRequest.BodyPublishers.ofByteArray(workbook), "application/octet-stream"),
                HttpResponse.BodyHandlers.ofString());
        var done = first.finish();

        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains("Another catalog import is running");
        assertThat(done.status()).as("the first import ran: " + done.body()).isEqualTo(201);
        assertThat(done.body()).contains("\"changed\":[]", "\"unchanged\":" + before);
        assertThat(server.get("/api/procedures?limit=1").body().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void uploadsBeyondTheSlotsAreRefusedWith503AndRetryAfterAndWriteNothing() throws Exception {
        long packages = server.get("/api/templates").body().size();
        List<HeldUpload> holding = new ArrayList<>();
        for (int i = 0; i < UploadSlots.DEFAULT_SLOTS; i++) {
            holding.add(new HeldUpload("/api/templates/import",
                    "{\"not\": \"a package\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
        }
        Thread.sleep(500);

        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            refused.add(client.send(request(i % 2 == 0 ? "/api/templates/import" : "/api/catalog/import", server.bearer(),
                    HttpRequest.BodyPublishers.ofByteArray(new byte[200_000]), "application/octet-stream"),
                    HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(refused).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        });
        for (HeldUpload upload : holding) {
            assertThat(upload.finish().status()).isEqualTo(400);
        }
        var afterwards = client.send(request("/api/templates/import", server.bearer(),
                HttpRequest.BodyPublishers.ofString("{}"), "application/json"), HttpResponse.BodyHandlers.ofString());
        assertThat(afterwards.statusCode()).as("the slots are free again: " + afterwards.body()).isEqualTo(400);
        assertThat(server.get("/api/templates").body().size()).isEqualTo(packages);
    }

    /**
     * The one place this test's own requests are built (a header every request needs is added here); they ask for
     * English, in which the refusals are worded below.
     */
    private HttpRequest request(String path, String authorization, HttpRequest.BodyPublisher body,
                                String contentType) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + path))
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .header("Accept-Language", "en")
                .POST(body).build();
    }

    /**
     * An upload over a plain socket whose headers and first byte are sent at once and the rest only when finished:
     * the server's handler is then reading it, holding what it holds.
     */
    private final class HeldUpload {

        private final Socket socket;
        private final byte[] body;

        HeldUpload(String path, byte[] body, String contentType) throws IOException {
            this.body = body;
            socket = new Socket("127.0.0.1", server.server.port());
            socket.setSoTimeout(120_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.server.port()
                    + "\r\nConnection: close\r\nAuthorization: " + server.bearer() + "\r\nContent-Type: " + contentType
                    + "\r\nAccept-Language: en\r\nContent-Length: " + body.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 1);
            out.flush();
        }

        /** Sends the rest of the body and reads the answer. */
        HostileRequestTest.RawAnswer finish() throws IOException {
            try (socket) {
                OutputStream out = socket.getOutputStream();
                out.write(body, 1, body.length - 1);
                out.flush();
                return HostileRequestTest.RawAnswer.read(socket.getInputStream());
            }
        }
    }
}
