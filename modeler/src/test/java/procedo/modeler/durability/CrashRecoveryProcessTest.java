package procedo.modeler.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.generate.SyntheticCatalog;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;
import procedo.modeler.json.Json;
import procedo.modeler.workflow.StartFormSamples;
import procedo.templates.bench.LargePackage;
import procedo.templates.excel.PackageWorkbookWriter;

/**
 * {@code procedo serve} killed with SIGKILL while it answers a burst of catalog writes (procedures, usage, tariffs),
 * a catalog workbook import, a template package import and a burst of case starts and task completions, all at
 * once; then started again on the same folder. Every write answered 2xx is there, each import is there whole or
 * not at all (and wholly there when it was answered), and every case is where its last answer left it.
 */
@Tag("process")
class CrashRecoveryProcessTest {

    private static final ObjectMapper JSON = Json.mapper();
    private static final String BIRTH = "1.001193";
    private static final int SYNTHETIC_PROCEDURES = 1500;
    private static final int TEMPLATE_FIELDS = 40_000;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path data;

    /** The last answered state of a case, and whether a request about it was still unanswered at the kill. */
    private record CaseState(Set<String> openTasks, boolean inFlight) {
    }

    @Test
    void afterASigkillEveryAcknowledgedWriteIsThereAndNoImportIsHalfThere() throws Exception {
        CompletableFuture<Inputs> prepared = CompletableFuture.supplyAsync(Inputs::make);
        ServedProcess server = ServedProcess.start(data);
        ExecutorService workers = Executors.newFixedThreadPool(6);
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, String> procedures = new ConcurrentHashMap<>();
        Map<String, Long> usage = new ConcurrentHashMap<>();
        Map<Integer, Long> tariffs = new ConcurrentHashMap<>();
        Set<Integer> tariffsInFlight = ConcurrentHashMap.newKeySet();
        Map<String, CaseState> cases = new ConcurrentHashMap<>();
        AtomicInteger caseAnswers = new AtomicInteger();
        CompletableFuture<ServedProcess.Reply> catalogImport;
        CompletableFuture<ServedProcess.Reply> templateImport;
        Inputs inputs;
        try {
            assertThat(server.post("/api/procedures/" + BIRTH + "/deployments", "").status()).isEqualTo(201);
            inputs = prepared.join();

            for (int t = 0; t < 2; t++) {
                int thread = t;
                workers.submit(() -> catalogBurst(server, thread, stop, procedures, usage, tariffs, tariffsInFlight));
                workers.submit(() -> caseBurst(server, inputs.startData(), stop, cases, caseAnswers));
            }
            while (procedures.size() < 10 || caseAnswers.get() < 6) {
                ServedProcess.sleep(50);
            }
            catalogImport = server.sendAsync("POST", "/api/catalog/import", XLSX, inputs.catalog());
            templateImport = server.sendAsync("POST", "/api/templates/import", XLSX, inputs.template());
            ServedProcess.sleep(1000);
            server.kill();
        } finally {
            stop.set(true);
            workers.shutdown();
            workers.awaitTermination(60, TimeUnit.SECONDS);
            server.close();
        }
        System.out.printf("killed the server after %d procedures, %d usage records, %d tariffs and %d answers about"
                + " %d cases had been acknowledged, with both imports running%n", procedures.size(), usage.size(),
                tariffs.size(), caseAnswers.get(), cases.size());
        ServedProcess.Reply catalogAnswer = catalogImport.handle((r, e) -> r).join();
        ServedProcess.Reply templateAnswer = templateImport.handle((r, e) -> r).join();
        assertThat(catalogAnswer).as("the catalog import was running when the server was killed").isNull();
        assertThat(templateAnswer).as("the template import was running when the server was killed").isNull();

        CompletableFuture<Void> importable = CompletableFuture.runAsync(() -> inputs.proveImportable());
        try (ServedProcess restarted = ServedProcess.start(data)) {
            assertThat(restarted.output).noneMatch(line -> line.contains("Loaded the demo catalog"));
            procedures.forEach((code, name) -> {
                ServedProcess.Reply read = restarted.get("/api/procedures/" + code);
                assertThat(read.status()).as(code).isEqualTo(200);
                assertThat(read.json().get("name").asText()).isEqualTo(name);
            });
            usage.forEach((code, total) -> assertThat(restarted.get("/api/procedures/" + code + "/usage").json()
                    .findValues("dossiersTotal")).as(code).anySatisfy(v -> assertThat(v.asLong()).isEqualTo(total)));
            JsonNode storedTariffs = restarted.get("/api/tariffs").json();
            tariffs.forEach((year, income) -> {
                List<Long> stored = new ArrayList<>();
                storedTariffs.forEach(t -> {
                    if (t.get("year").asInt() == year && t.get("applicantType").asText().equals("CITIZEN")) {
                        stored.add(t.get("monthlyIncomeVnd").asLong());
                    }
                });
                if (tariffsInFlight.contains(year)) {
                    assertThat(stored).as("tariff %s", year).hasSize(1);
                } else {
                    assertThat(stored).as("tariff %s", year).containsExactly(income);
                }
            });
            long synthetic = restarted.get("/api/procedures?q=SYN.&limit=1").json().get("total").asLong();
            assertThat(synthetic).as("the catalog import is all or nothing").isIn(0L, (long) SYNTHETIC_PROCEDURES);
            ServedProcess.Reply versions = restarted.get("/api/templates/BENCH.001/versions");
            if (versions.status() == 200 && versions.json().size() > 0) {
                JsonNode version = restarted.get("/api/templates/BENCH.001/versions/1").json();
                assertThat(version.findValues("id").size()).as("the template import is all or nothing")
                        .isGreaterThanOrEqualTo(TEMPLATE_FIELDS);
            }

            assertThat(cases).isNotEmpty();
            cases.forEach((id, state) -> {
                ServedProcess.Reply read = restarted.get("/api/cases/" + id);
                assertThat(read.status()).as("case " + id).isEqualTo(200);
                Set<String> open = taskIds(read.json().get("openTasks"));
                if (state.inFlight()) {
                    assertThat(open.containsAll(state.openTasks()) || !open.equals(state.openTasks()))
                            .as("case %s", id).isTrue();
                } else {
                    assertThat(open).as("case %s is where its last answer left it", id)
                            .isEqualTo(state.openTasks());
                }
            });
            assertThat(restarted.get("/api/health").status()).isEqualTo(200);
        }
        importable.join();
    }

    private static void catalogBurst(ServedProcess server, int thread, AtomicBoolean stop, Map<String, String> procedures,
                                     Map<String, Long> usage, Map<Integer, Long> tariffs, Set<Integer> tariffsInFlight) {
        try {
            for (int i = 0; !stop.get(); i++) {
                String code = "9." + thread + String.format("%05d", i);
                String name = "Thủ tục thử " + code;
                ServedProcess.Reply created = server.post("/api/procedures", procedure(code, name));
                if (created.status() == 201) {
                    procedures.put(code, name);
                }
                long total = 100 + i;
                ServedProcess.Reply recorded = server.post("/api/procedures/" + code + "/usage",
                        "{\"stats\": [{\"localityCode\": \"79\", \"year\": 2024, \"source\": \"IMPORTED\","
                                + " \"dossiersTotal\": " + total + ", \"dossiersOnline\": 1, \"dossiersOnTime\": 1}]}");
                if (recorded.status() / 100 == 2) {
                    usage.put(code, total);
                }
                int year = 2030 + thread * 30 + i % 30;
                long income = 5_000_000 + i;
                tariffsInFlight.add(year);
                ServedProcess.Reply set = server.put("/api/tariffs/CITIZEN/" + year, "{\"monthlyIncomeVnd\": " + income
                        + ", \"workingDaysPerMonth\": 22, \"hoursPerDay\": 8, \"source\": \"crash test\"}");
                if (set.status() == 200) {
                    tariffs.put(year, income);
                    tariffsInFlight.remove(year);
                }
            }
        } catch (RuntimeException serverGone) {
            // the server was killed during a request: what was in flight stays marked so
        }
    }

    private static void caseBurst(ServedProcess server, String startData, AtomicBoolean stop,
                                  Map<String, CaseState> cases, AtomicInteger answers) {
        String current = null;
        try {
            while (!stop.get()) {
                current = null;
                ServedProcess.Reply started = server.post("/api/cases", "{\"procedureCode\": \"" + BIRTH
                        + "\", \"locality\": \"01\", \"channel\": \"COUNTER\", \"data\": " + startData + "}");
                assertThat(started.status()).as(started.body()).isEqualTo(201);
                JsonNode view = started.json();
                current = view.get("summary").get("id").asText();
                cases.put(current, new CaseState(taskIds(view.get("openTasks")), false));
                answers.incrementAndGet();
                for (int step = 0; step < 2 && !stop.get() && view.get("openTasks").size() > 0; step++) {
                    JsonNode task = view.get("openTasks").get(0);
                    Map<String, Object> answer = new java.util.LinkedHashMap<>();
                    task.get("form").forEach(f -> answer.put(f.get("id").asText(), true));
                    cases.put(current, new CaseState(cases.get(current).openTasks(), true));
                    ServedProcess.Reply done = server.post("/api/tasks/" + task.get("id").asText() + "/complete",
                            JSON.writeValueAsString(Map.of("data", answer)));
                    assertThat(done.status()).as(done.body()).isEqualTo(200);
                    view = done.json();
                    cases.put(current, new CaseState(taskIds(view.get("openTasks")), false));
                    answers.incrementAndGet();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException serverGone) {
            // the server was killed during a request: the case's state stays marked in flight
        }
    }

    private static Set<String> taskIds(JsonNode tasks) {
        Set<String> ids = new HashSet<>();
        tasks.forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static String procedure(String code, String name) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"field\": \"Hộ tịch\", \"level\": \"COMMUNE\","
                + " \"agencyCode\": \"UBND_XA\", \"applicantType\": \"CITIZEN\", \"processingDays\": 3,"
                + " \"onlineLevel\": \"PARTIAL\", \"legalBasis\": \"Luật Hộ tịch 2014\","
                + " \"asIsActivities\": [{\"name\": \"Nộp hồ sơ\", \"kind\": \"SUBMIT\", \"hours\": 0.5}]}";
    }

    /** The inputs, made in this JVM while the server starts: a start form's data and the two workbooks. */
    private record Inputs(String startData, byte[] catalog, byte[] template) {

        static Inputs make() {
            try (Application demo = Application.open(DatabaseSettings.inMemory("crash-demo-" + System.nanoTime()));
                 Application synthetic = Application.open(DatabaseSettings.inMemory("crash-syn-" + System.nanoTime()))) {
                demo.loadDemoIfEmpty();
                String startData = JSON.writeValueAsString(new StartFormSamples(7)
                        .sample(demo.workflows().startForm(BIRTH, "01"), "01"));
                new SyntheticCatalog(synthetic.store()).generate(SYNTHETIC_PROCEDURES, 11, 2024);
                ByteArrayOutputStream catalog = new ByteArrayOutputStream();
                synthetic.exportCatalog(catalog);
                ByteArrayOutputStream template = new ByteArrayOutputStream();
                new PackageWorkbookWriter().write(LargePackage.of(TEMPLATE_FIELDS), template);
                return new Inputs(startData, catalog.toByteArray(), template.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Both workbooks import whole into the demo catalog the server started with: a workbook found absent after
         * the kill was lost with the killed process, not refused.
         */
        void proveImportable() {
            try (Application demo = Application.open(DatabaseSettings.inMemory("crash-check-" + System.nanoTime()))) {
                demo.loadDemoIfEmpty();
                Path file = java.nio.file.Files.createTempFile("crash-catalog", ".xlsx");
                try {
                    java.nio.file.Files.write(file, catalog);
                    assertThat(demo.importCatalog(file, procedo.catalog.account.Actor.system("crash-test")).procedures()).isEqualTo(SYNTHETIC_PROCEDURES);
                } finally {
                    java.nio.file.Files.delete(file);
                }
                assertThat(demo.templates().importFile(new java.io.ByteArrayInputStream(template), procedo.catalog.account.Actor.system("crash-test")).created()).isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
