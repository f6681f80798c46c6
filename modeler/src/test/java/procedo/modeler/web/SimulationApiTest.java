package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.modeler.Application;
import procedo.modeler.model.Snippets;

/** {@code /api/simulations} on H2 and PostgreSQL: a run stored with its model version, read back, and refusals. */
class SimulationApiTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRunIsStoredWithItsModelVersionAndTheSameSeedGivesTheSameResults(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã",
                    Level.COMMUNE));
            assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
            assertThat(server.send("PUT", "/api/procedures/1.001193/models/AS_IS",
                    Snippets.COMMUNE.getBytes(StandardCharsets.UTF_8), "application/xml").status()).isEqualTo(201);

            String request = """
                    {"procedureCode": "1.001193", "kind": "AS_IS", "cases": 300, "seed": 7,
                     "parameters": {"branches": {"F5": 0.9, "F6": 0.1},
                                    "tasks": {"T_visit": {"applicantHours": 3, "outOfPocket": 50000}}}}""";
            TestServer.Response first = server.post("/api/simulations", request);
            assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
            JsonNode result = first.body().get("result");
            assertThat(first.body().get("modelVersion").asInt()).isEqualTo(1);
            assertThat(first.body().get("kind").asText()).isEqualTo("AS_IS");
            assertThat(result.get("cases").asInt()).isEqualTo(300);
            assertThat(result.get("measuredCases").asInt()).isEqualTo(270);
            assertThat(result.get("cycleTime").get("p90").asDouble()).isPositive();
            assertThat(result.get("applicant").get("outOfPocket").asText()).isEqualTo("50000");
            assertThat(result.get("applicant").get("visits").asDouble()).isEqualTo(1.0);
            assertThat(result.get("parameters").get("run").get("seed").asLong()).isEqualTo(7);

            TestServer.Response again = server.post("/api/simulations", request);
            assertThat(again.body().get("result")).isEqualTo(result);

            TestServer.Response runs = server.get("/api/simulations?procedureCode=1.001193&kind=AS_IS&version=1");
            assertThat(runs.status()).isEqualTo(200);
            assertThat(runs.body()).hasSize(2);
            assertThat(runs.body().get(0).get("id").asLong()).isEqualTo(again.body().get("id").asLong());
            assertThat(runs.body().get(1).get("result")).isEqualTo(result);
            TestServer.Response one = server.get("/api/simulations/" + first.body().get("id").asLong());
            assertThat(one.body().get("result")).isEqualTo(result);
            assertThat(one.body().get("given").get("branches").get("F5").asDouble()).isEqualTo(0.9);
            assertThat(server.get("/api/simulations?procedureCode=1.001193&kind=AS_IS&version=2").body()).isEmpty();
            assertThat(server.get("/api/simulations/999999").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badParametersAreRefusedInVietnameseNamingTheElement(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã",
                    Level.COMMUNE));
            assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
            assertThat(server.send("PUT", "/api/procedures/1.001193/models/TO_BE",
                    Snippets.COMMUNE.getBytes(StandardCharsets.UTF_8), "application/xml").status()).isEqualTo(201);

            TestServer.Response refused = server.inVietnamese().post("/api/simulations", """
                    {"procedureCode": "1.001193", "kind": "TO_BE",
                     "parameters": {"tasks": {"T_check": {"duration": {"kind": "FIXED", "value": -2}}},
                                    "branches": {"F5": 0.5, "F6": 0.3}}}""");
            assertThat(refused.status()).isEqualTo(400);
            JsonNode errors = refused.body().get("errors");
            assertThat(errors).hasSize(2);
            assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("parameters.tasks.T_check.duration",
                    "GW");
            assertThat(errors.findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                    .contains("Kiểm tra hồ sơ").contains("không được âm"));
            assertThat(errors.findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                    .contains("Hồ sơ đủ?").contains("phải bằng 1"));
            assertThat(errors.findValuesAsText("label")).contains("Kiểm tra hồ sơ", "Hồ sơ đủ?");
            assertThat(server.get("/api/simulations?procedureCode=1.001193&kind=TO_BE").body()).isEmpty();

            assertThat(server.post("/api/simulations", """
                    {"procedureCode": "1.001193", "kind": "AS_IS"}""").status()).isEqualTo(404);
        }
    }
}
