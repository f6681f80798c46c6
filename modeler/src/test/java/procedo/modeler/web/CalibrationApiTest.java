package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.engine.CaseMark;
import procedo.engine.CaseSummary;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;
import procedo.modeler.Application;

/**
 * {@code GET /api/simulations/calibration} on H2 and PostgreSQL: 200 real cases run on the embedded engine with a
 * moved clock — 10 a working day for four weeks, each task taking a fixed time of office hours, a branch taken with
 * probability 0.7 — give back those figures; training cases do not count; the days of the period before the first
 * deployment do not divide the arrivals; a period of one day is too little data
 * for every element, which keeps its hand-set value; and a run with the fitted parameters simulates.
 */
@Isolated("sets the engine clock, which is static in the JVM")
class CalibrationApiTest {

    private static final String CODE = "1.001193";
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final int DAYS = 20;
    private static final int PER_DAY = 10;

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void fitsDurationsBranchesArrivalsAndStaffFromRealCasesOnly(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã",
                    Level.COMMUNE));
            assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
            byte[] model = resource("/procedo/modeler/simulation/calibration.bpmn");
            assertThat(server.send("PUT", "/api/procedures/" + CODE + "/models/TO_BE", model, "application/xml")
                    .status()).isEqualTo(201);
            assertThat(server.get("/api/simulations/calibration?procedureCode=" + CODE
                    + "&from=2026-03-02&to=2026-03-27").status()).as("nothing deployed yet").isEqualTo(404);

            WorkflowEngine engine = server.application.engine();
            int approved;
            try {
                engine.setClock(at(FIRST, 7, 0));
                engine.deploy(new DeployRequest(CODE, "79", model, 1, java.util.Set.of(), "analyst"));
                approved = runCases(engine);
            } finally {
                engine.setClock(null);
            }

            TestServer.Response answer = server.get("/api/simulations/calibration?procedureCode=" + CODE
                    + "&locality=79&from=2026-03-02&to=2026-03-27");
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
            JsonNode c = answer.body();
            assertThat(c.get("modelVersion").asInt()).isEqualTo(1);
            assertThat(c.get("cases").asLong()).as("training cases left out").isEqualTo(DAYS * PER_DAY);
            assertThat(c.get("countedFrom").asText()).isEqualTo("2026-03-02");
            assertThat(c.get("workingDays").asInt()).isEqualTo(DAYS);
            assertThat(c.at("/arrivals/fitted").asDouble()).isEqualTo(10.0);

            // a period that begins before the first deployment: no case could arrive before it, so those days do not
            // divide the arrivals
            TestServer.Response earlier = server.get("/api/simulations/calibration?procedureCode=" + CODE
                    + "&locality=79&from=2026-01-05&to=2026-03-27");
            assertThat(earlier.status()).as(earlier.raw().body()).isEqualTo(200);
            assertThat(earlier.body().get("cases").asLong()).isEqualTo(DAYS * PER_DAY);
            assertThat(earlier.body().get("countedFrom").asText()).isEqualTo("2026-03-02");
            assertThat(earlier.body().get("workingDays").asInt()).isEqualTo(DAYS);
            assertThat(earlier.body().at("/arrivals/fitted").asDouble()).isEqualTo(10.0);
            assertThat(c.at("/arrivals/handSet").asDouble()).isEqualTo(10.0);
            assertThat(c.at("/arrivals/basis").asText()).isEqualTo("FITTED");

            JsonNode receive = element(c.get("tasks"), "id", "Receive");
            assertThat(receive.at("/fitted/kind").asText()).isEqualTo("FIXED");
            assertThat(receive.at("/fitted/value").asDouble()).isEqualTo(2.0);
            assertThat(receive.get("n").asLong()).isEqualTo(200);
            assertThat(receive.at("/handSet/kind").asText()).as("the default beside it").isEqualTo("TRIANGULAR");
            assertThat(element(c.get("tasks"), "id", "Approve").at("/fitted/value").asDouble()).isEqualTo(0.5);
            JsonNode refuse = element(c.get("tasks"), "id", "Refuse");
            assertThat(refuse.at("/fitted/value").asDouble()).as("10:00 to 09:00 the next working day")
                    .isEqualTo(7.0);
            assertThat(refuse.get("n").asLong()).isEqualTo(200 - approved);

            double p = approved / 200.0;
            JsonNode yes = element(c.get("branches"), "flowId", "Flow_Approve");
            assertThat(yes.get("fitted").asDouble()).isEqualTo(p, within(0.0001));
            assertThat(yes.get("fitted").asDouble()).as("within three standard errors of 0.7")
                    .isEqualTo(0.7, within(3 * Math.sqrt(0.7 * 0.3 / 200)));
            assertThat(yes.get("n").asLong()).isEqualTo(200);
            assertThat(yes.get("handSet").isNull() || yes.get("handSet").asDouble() == 0.5).isTrue();
            assertThat(element(c.get("branches"), "flowId", "Flow_Refuse").get("fitted").asDouble()
                    + yes.get("fitted").asDouble()).isEqualTo(1.0, within(1e-9));

            JsonNode officer = element(c.get("roles"), "id", "Lane_Officer");
            assertThat(officer.get("fitted").asInt()).as(officer.toString()).isEqualTo(2);
            assertThat(officer.get("n").asLong()).isEqualTo(200 + 200 - approved);
            assertThat(element(c.get("roles"), "id", "Lane_Leader").get("fitted").asInt()).isEqualTo(1);

            TestServer.Response oneDay = server.get("/api/simulations/calibration?procedureCode=" + CODE
                    + "&locality=79&from=2026-03-02&to=2026-03-02");
            assertThat(oneDay.status()).isEqualTo(200);
            assertThat(oneDay.body().get("cases").asLong()).isEqualTo(PER_DAY);
            assertThat(oneDay.body().at("/arrivals/basis").asText()).isEqualTo("TOO_FEW");
            assertThat(oneDay.body().get("tasks")).allSatisfy(t -> {
                assertThat(t.get("basis").asText()).isEqualTo("TOO_FEW");
                assertThat(t.get("handSet").get("kind").asText()).isEqualTo("TRIANGULAR");
            });
            assertThat(element(oneDay.body().get("tasks"), "id", "Receive").get("n").asLong()).isEqualTo(PER_DAY);
            assertThat(oneDay.body().get("branches")).allSatisfy(b -> assertThat(b.get("basis").asText())
                    .isEqualTo("TOO_FEW"));
            assertThat(oneDay.body().get("fitted").size()).as("nothing fitted, nothing put over the model")
                    .isZero();

            TestServer.Response run = server.post("/api/simulations", "{\"procedureCode\": \"" + CODE
                    + "\", \"kind\": \"TO_BE\", \"cases\": 400, \"seed\": 3, \"parameters\": "
                    + c.get("fitted") + "}");
            assertThat(run.status()).as(run.raw().body()).isEqualTo(201);
            assertThat(run.body().at("/result/parameters/tasks/Receive/duration/value").asDouble()).isEqualTo(2.0);
            assertThat(run.body().at("/result/parameters/roles/Lane_Officer/count").asInt()).isEqualTo(2);

            TestServer.Response backwards = server.inVietnamese().get("/api/simulations/calibration?procedureCode="
                    + CODE + "&from=2026-03-27&to=2026-03-02");
            assertThat(backwards.status()).isEqualTo(400);
            assertThat(backwards.body().at("/errors/0/field").asText()).isEqualTo("to");
            assertThat(backwards.body().at("/errors/0/message").asText()).contains("Ngày kết thúc");
        }
    }

    /** Runs the cases day by day; answers how many were approved. */
    private static int runCases(WorkflowEngine engine) {
        Random random = new Random(17);
        int approved = 0;
        List<String> refusedYesterday = new ArrayList<>();
        LocalDate day = FIRST;
        for (int d = 0; d < DAYS; d++, day = next(day)) {
            engine.setClock(at(day, 8, 0));
            List<String> today = new ArrayList<>();
            for (int i = 0; i < PER_DAY; i++) {
                today.add(engine.startCase(new StartCase(CODE, "79", Channel.COUNTER, 5, Map.of(), "can-bo-1"))
                        .id());
            }
            if (d == 3) {
                for (int i = 0; i < 20; i++) {
                    CaseSummary training = engine.startCase(new StartCase(CODE, "79", Channel.COUNTER, 5,
                            Map.of(), "can-bo-1", CaseMark.TRAINING));
                    engine.complete(open(engine, training.id(), "Receive").id(), "hoc-vien", Map.of("approved", false));
                }
            }
            engine.setClock(at(day, 9, 0));
            for (String id : refusedYesterday) {
                engine.complete(open(engine, id, "Refuse").id(), "can-bo-2", Map.of("reason", "Thiếu giấy khai sinh"));
            }
            refusedYesterday.clear();
            engine.setClock(at(day, 10, 0));
            List<String> signing = new ArrayList<>();
            for (int i = 0; i < today.size(); i++) {
                boolean yes = random.nextDouble() < 0.7;
                engine.complete(open(engine, today.get(i), "Receive").id(), i % 2 == 0 ? "can-bo-1" : "can-bo-2",
                        Map.of("approved", yes));
                (yes ? signing : refusedYesterday).add(today.get(i));
                approved += yes ? 1 : 0;
            }
            engine.setClock(at(day, 10, 30));
            for (String id : signing) {
                engine.complete(open(engine, id, "Approve").id(), "lanh-dao", Map.of());
            }
        }
        engine.setClock(at(day, 9, 0));
        for (String id : refusedYesterday) {
            engine.complete(open(engine, id, "Refuse").id(), "can-bo-2", Map.of("reason", "Thiếu giấy khai sinh"));
        }
        return approved;
    }

    private static TaskView open(WorkflowEngine engine, String caseId, String activity) {
        return engine.tasks(new TaskFilter(null, null, null, null, caseId, 10)).stream()
                .filter(t -> t.activityId().equals(activity)).findFirst().orElseThrow();
    }

    private static LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Deadlines.VIETNAM_ZONE).toInstant();
    }

    static JsonNode element(JsonNode list, String key, String value) {
        for (JsonNode node : list) {
            if (node.get(key).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + key + " = " + value + " in " + list);
    }

    static byte[] resource(String name) {
        try (InputStream in = CalibrationApiTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
