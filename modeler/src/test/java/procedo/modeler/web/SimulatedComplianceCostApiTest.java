package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.modeler.Application;
import procedo.modeler.model.Snippets;

/**
 * {@code POST /api/simulations/compliance-cost} on H2 and PostgreSQL: the applicant's burden of an as-is and a to-be
 * run become the procedure's SCM activities in a new version, named as simulated and with the runs as their source;
 * the compliance cost computed from them equals the sum by hand; a stale version and wrong runs are refused.
 */
class SimulatedComplianceCostApiTest {

    private static final String CODE = "1.001193";

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theApplicantsSimulatedBurdenBecomesTheProceduresActivitiesAndCost(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã",
                    Level.COMMUNE));
            assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
            byte[] commune = Snippets.COMMUNE.getBytes(StandardCharsets.UTF_8);
            assertThat(server.send("PUT", "/api/procedures/" + CODE + "/models/AS_IS", commune, "application/xml")
                    .status()).isEqualTo(201);
            assertThat(server.send("PUT", "/api/procedures/" + CODE + "/models/TO_BE", commune, "application/xml")
                    .status()).isEqualTo(201);
            JsonNode asIs = run(server, "AS_IS", """
                    "branches": {"F5": 0.6, "F6": 0.4},
                    "tasks": {"T_visit": {"applicantHours": 3, "outOfPocket": 50000}}""");
            JsonNode toBe = run(server, "TO_BE", """
                    "branches": {"F5": 1, "F6": 0},
                    "tasks": {"T_visit": {"applicantHours": 0.5, "visits": 0, "outOfPocket": 0}}""");
            long asIsRun = asIs.get("id").asLong();
            long toBeRun = toBe.get("id").asLong();
            int version = server.get("/api/procedures/" + CODE).body().get("version").asInt();

            TestServer.Response wrongKind = server.inVietnamese().post("/api/simulations/compliance-cost",
                    "{\"procedureCode\": \"" + CODE + "\", \"asIsRun\": " + toBeRun + ", \"version\": " + version
                            + "}");
            assertThat(wrongKind.status()).isEqualTo(400);
            assertThat(wrongKind.body().at("/errors/0/field").asText()).isEqualTo("asIsRun");
            assertThat(wrongKind.body().at("/errors/0/message").asText()).contains("hiện trạng");
            assertThat(server.post("/api/simulations/compliance-cost", "{\"procedureCode\": \"" + CODE
                    + "\", \"asIsRun\": " + asIsRun + ", \"version\": " + (version - 1) + "}").status())
                    .as("a stale version").isEqualTo(409);

            TestServer.Response adopted = server.post("/api/simulations/compliance-cost", "{\"procedureCode\": \""
                    + CODE + "\", \"asIsRun\": " + asIsRun + ", \"toBeRun\": " + toBeRun + ", \"version\": "
                    + version + "}");
            assertThat(adopted.status()).as(adopted.raw().body()).isEqualTo(200);
            JsonNode procedure = adopted.body();
            assertThat(procedure.get("version").asInt()).isEqualTo(version + 1);
            assertThat(procedure.get("asIsActivities")).isNotEmpty().allSatisfy(a -> assertThat(a.get("name")
                    .asText()).endsWith("(mô phỏng, lần chạy " + asIsRun + ")"));
            assertThat(procedure.get("toBeActivities")).isNotEmpty().allSatisfy(a -> assertThat(a.get("name")
                    .asText()).endsWith("(mô phỏng, lần chạy " + toBeRun + ")"));
            assertThat(procedure.get("sources")).anySatisfy(s -> {
                assertThat(s.get("part").asText()).isEqualTo("ACTIVITIES");
                assertThat(s.get("source").asText()).isEqualTo("Từ mô phỏng (hiện trạng: lần chạy " + asIsRun
                        + ", mô hình phiên bản 1; mục tiêu: lần chạy " + toBeRun + ", mô hình phiên bản 1)");
            });
            JsonNode visit = procedure.get("asIsActivities").findValues("name").stream()
                    .filter(n -> n.asText().startsWith("Nộp hồ sơ tại quầy")).findFirst()
                    .map(n -> CalibrationApiTest.element(procedure.get("asIsActivities"), "name", n.asText()))
                    .orElseThrow();
            assertThat(visit.get("kind").asText()).isEqualTo("TRAVEL");
            assertThat(visit.get("outOfPocketVnd").decimalValue()).isEqualByComparingTo("50000");

            assertThat(sum(procedure.get("asIsActivities"), "hours"))
                    .isEqualTo(asIs.at("/result/applicant/hours").asDouble(), within(0.01));
            assertThat(sum(procedure.get("asIsActivities"), "outOfPocketVnd"))
                    .isEqualTo(asIs.at("/result/applicant/outOfPocket").asDouble(), within(1.0));

            JsonNode cost = server.get("/api/procedures/" + CODE + "/cost").body();
            BigDecimal tariff = cost.at("/basis/tariffVndPerHour").decimalValue();
            double byHand = 0;
            for (JsonNode a : procedure.get("asIsActivities")) {
                byHand += (a.get("hours").asDouble() * tariff.doubleValue() + a.get("outOfPocketVnd").asDouble())
                        * a.get("share").asDouble();
            }
            byHand += cost.at("/basis/feesVnd").asDouble();
            assertThat(cost.at("/comparison/asIs/costPerDossierVnd").asDouble()).isEqualTo(byHand, within(1.0));
            assertThat(cost.get("toBeBasis").asText()).isEqualTo("DESIGNED");
        }
    }

    private static JsonNode run(TestServer server, String kind, String parameters) {
        TestServer.Response run = server.post("/api/simulations", "{\"procedureCode\": \"" + CODE + "\", \"kind\": \""
                + kind + "\", \"cases\": 300, \"seed\": 5, \"parameters\": {" + parameters + "}}");
        assertThat(run.status()).as(run.raw().body()).isEqualTo(201);
        return run.body();
    }

    private static double sum(JsonNode activities, String field) {
        double total = 0;
        for (JsonNode a : activities) {
            total += a.get(field).asDouble() * a.get("share").asDouble();
        }
        return total;
    }
}
