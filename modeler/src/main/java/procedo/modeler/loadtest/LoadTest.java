package procedo.modeler.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import procedo.modeler.json.Json;

/**
 * Signed-in clients calling a Procedo server at once for a while: each client is one person (an analyst or a case
 * officer of one province) looping over a mix of ranking and catalog reads, model saves with {@code If-Match}, and
 * for officers, receiving a dossier and working its tasks to the end. Afterwards every write the server
 * acknowledged is looked for: each saved model version and each started case exactly once, each case worked to its
 * end completed.
 */
public final class LoadTest {

    /** The procedure whose cases are received and worked. */
    public static final String CASE_PROCEDURE = "1.001193";
    /** Procedures whose to-be models the analysts keep saving. */
    public static final List<String> MODEL_PROCEDURES = List.of("1.000894", "1.013225", "2.001610", "3.000333");

    /** One client: the person's token, whether they are an analyst, and (officers) their province. */
    public record Client(String token, boolean analyst, String province) {
    }

    /** A valid start form's data for each officer's province (as an applicant would fill it in). */
    private final Map<String, Map<String, Object>> startData;

    /** Figures of one kind of call. */
    public record Operation(String name, long calls, long conflicts, long refused, long serverErrors,
                            long transportErrors, double p50Millis, double p99Millis) {
    }

    /** What a run measured and what the check afterwards found. */
    public record Result(double seconds, long calls, List<Operation> operations, long serverErrors,
                         long transportErrors, List<String> lost) {
        public double callsPerSecond() {
            return calls / seconds;
        }

        public boolean passed() {
            return serverErrors == 0 && transportErrors == 0 && lost.isEmpty();
        }
    }

    private final String base;
    private final String adminToken;
    private final List<Client> clients;
    private final Duration duration;
    private final long seed;
    private final HttpClient http;
    private final ObjectMapper json = Json.mapper();
    private final Map<String, Recorder> recorders = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> savedVersions = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> startedCases = new ConcurrentHashMap<>();
    private final Set<String> finishedCases = ConcurrentHashMap.newKeySet();

    public LoadTest(String base, String adminToken, List<Client> clients, Map<String, Map<String, Object>> startData,
                    Duration duration, long seed) {
        this.startData = Map.copyOf(startData);
        if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("the load test runs against this machine only (loopback): " + base);
        }
        this.base = base;
        this.adminToken = adminToken;
        this.clients = List.copyOf(clients);
        this.duration = duration;
        this.seed = seed;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Result run() throws InterruptedException {
        Map<String, Integer> versionsBefore = new LinkedHashMap<>();
        for (String code : MODEL_PROCEDURES) {
            versionsBefore.put(code, versionCount(code));
        }
        Map<String, Integer> casesBefore = new LinkedHashMap<>();
        for (String province : provinces()) {
            casesBefore.put(province, caseCount(province));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            Random random = new Random(seed * 31 + i);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    step(client, random);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> lost = new ArrayList<>();
        for (var before : versionsBefore.entrySet()) {
            long expected = before.getValue() + savedVersions.getOrDefault(before.getKey(), new AtomicLong()).get();
            int now = versionCount(before.getKey());
            if (now != expected) {
                lost.add("model of " + before.getKey() + ": " + now + " versions stored, " + expected + " acknowledged");
            }
        }
        for (var before : casesBefore.entrySet()) {
            long expected = before.getValue() + startedCases.getOrDefault(before.getKey(), new AtomicLong()).get();
            int now = caseCount(before.getKey());
            if (now != expected) {
                lost.add("cases in province " + before.getKey() + ": " + now + " stored, " + expected + " acknowledged");
            }
        }
        for (String id : finishedCases) {
            JsonNode found = call("verify", adminToken, HttpRequest.newBuilder(uri("/api/cases/" + id)).GET());
            if (found == null || !found.at("/summary/state").asText().equals("COMPLETED")) {
                lost.add("case " + id + " was worked to its end but is " + (found == null ? "missing"
                        : found.at("/summary/state").asText()));
            }
        }
        List<Operation> operations = recorders.entrySet().stream().filter(e -> !e.getKey().equals("verify"))
                .map(e -> e.getValue().figures(e.getKey())).sorted(java.util.Comparator.comparing(Operation::name))
                .toList();
        long calls = operations.stream().mapToLong(Operation::calls).sum();
        long serverErrors = operations.stream().mapToLong(Operation::serverErrors).sum();
        long transportErrors = operations.stream().mapToLong(Operation::transportErrors).sum();
        return new Result(seconds, calls, operations, serverErrors, transportErrors, lost);
    }

    private List<String> provinces() {
        return clients.stream().filter(c -> !c.analyst()).map(Client::province).distinct().sorted().toList();
    }

    private void step(Client client, Random random) {
        double dice = random.nextDouble();
        if (dice < 0.35) {
            call("ranking", client.token(), HttpRequest.newBuilder(uri("/api/priorities?limit=50")).GET());
        } else if (dice < 0.65) {
            boolean list = random.nextBoolean();
            call("catalog read", client.token(), HttpRequest.newBuilder(uri(list ? "/api/procedures?limit=50"
                    : "/api/procedures/" + MODEL_PROCEDURES.get(random.nextInt(MODEL_PROCEDURES.size())))).GET());
        } else if (client.analyst()) {
            saveModel(client, random);
        } else {
            workCase(client, random);
        }
    }

    private void saveModel(Client client, Random random) {
        String code = MODEL_PROCEDURES.get(random.nextInt(MODEL_PROCEDURES.size()));
        String path = "/api/procedures/" + code + "/models/TO_BE";
        HttpResponse<String> current = send("model read", client.token(), HttpRequest.newBuilder(uri(path)).GET());
        if (current == null || current.statusCode() != 200) {
            return;
        }
        String etag = current.headers().firstValue("ETag").orElse("\"0\"");
        String xml = current.body().replaceFirst("(<bpmn:process [^>]*name=\")([^\"]*)\"", "$1$2 ·\"");
        HttpResponse<String> saved = send("model save", client.token(), HttpRequest.newBuilder(uri(path))
                .header("If-Match", etag).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
        if (saved != null && saved.statusCode() == 201) {
            savedVersions.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
        }
    }

    private void workCase(Client client, Random random) {
        Map<String, Object> data = startData.get(client.province());
        Map<String, Object> request = Map.of("procedureCode", CASE_PROCEDURE, "locality", client.province(),
                "channel", random.nextBoolean() ? "ONLINE" : "COUNTER", "data", data);
        HttpResponse<String> started = send("case start", client.token(), HttpRequest.newBuilder(uri("/api/cases"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(request))));
        if (started == null || started.statusCode() != 201) {
            return;
        }
        startedCases.computeIfAbsent(client.province(), p -> new AtomicLong()).incrementAndGet();
        JsonNode view = read(started.body());
        String caseId = view.at("/summary/id").asText();
        for (int guard = 0; guard < 20 && view != null && view.get("openTasks").size() > 0; guard++) {
            JsonNode task = view.get("openTasks").get(0);
            Map<String, Object> answers = new LinkedHashMap<>();
            for (JsonNode field : task.get("form")) {
                answers.put(field.get("id").asText(), answer(field, random));
            }
            HttpResponse<String> done = send("task complete", client.token(), HttpRequest.newBuilder(
                    uri("/api/tasks/" + task.get("id").asText() + "/complete")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("data", answers)))));
            if (done == null || done.statusCode() != 200) {
                return;
            }
            view = read(done.body());
        }
        if (view != null && view.at("/summary/state").asText().equals("COMPLETED")) {
            finishedCases.add(caseId);
        }
    }

    /** An officer's answer to one field of a task form (mostly yes to yes/no questions). */
    private static Object answer(JsonNode field, Random random) {
        return switch (field.path("type").asText().toLowerCase(java.util.Locale.ROOT)) {
            case "boolean" -> random.nextDouble() < 0.9;
            case "long" -> 1;
            case "date" -> "2026-01-01";
            case "enum" -> field.path("options").fieldNames().hasNext() ? field.path("options").fieldNames().next() : "";
            default -> "Đã kiểm tra";
        };
    }

    private int versionCount(String code) {
        JsonNode versions = call("verify", adminToken, HttpRequest.newBuilder(
                uri("/api/procedures/" + code + "/models/TO_BE/versions")).GET());
        return versions == null ? -1 : versions.size();
    }

    private int caseCount(String province) {
        JsonNode cases = call("verify", adminToken, HttpRequest.newBuilder(uri("/api/cases?procedureCode="
                + CASE_PROCEDURE + "&locality=" + province + "&limit=1000")).GET());
        return cases == null ? -1 : cases.size();
    }

    private JsonNode call(String operation, String token, HttpRequest.Builder request) {
        HttpResponse<String> response = send(operation, token, request);
        return response == null || response.statusCode() >= 300 ? null : read(response.body());
    }

    private HttpResponse<String> send(String operation, String token, HttpRequest.Builder request) {
        Recorder recorder = recorders.computeIfAbsent(operation, o -> new Recorder());
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            recorder.record(System.nanoTime() - start, response.statusCode());
            return response;
        } catch (IOException e) {
            recorder.transportError();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Latencies and answers of one operation. */
    private static final class Recorder {
        private long[] nanos = new long[1024];
        private int size;
        private long conflicts;
        private long refused;
        private long serverErrors;
        private long transportErrors;

        synchronized void record(long elapsed, int status) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = elapsed;
            if (status == 409) {
                conflicts++;
            } else if (status >= 500) {
                serverErrors++;
            } else if (status >= 400) {
                refused++;
            }
        }

        synchronized void transportError() {
            transportErrors++;
        }

        synchronized Operation figures(String name) {
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            return new Operation(name, size + transportErrors, conflicts, refused, serverErrors, transportErrors,
                    percentile(sorted, 0.50), percentile(sorted, 0.99));
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }
}
