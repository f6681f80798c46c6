package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.modeler.web.CatalogApiTest.fields;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CostApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void evaluatesTheIssueExampleToTheDong() {
        // time 1.5 h × 25,000 × 0.5 = 18,750; out-of-pocket 20,000 × 0.5 = 10,000; activity 28,750;
        // + fees 8,000 = 36,750 per dossier; × 1,000 dossiers = 36,750,000 a year.
        var response = server.post("/api/cost/evaluate", """
                {"tariffVndPerHour": 25000, "dossiersPerYear": 1000, "feesVnd": 8000,
                 "activities": [{"name": "Nộp hồ sơ", "hours": 1.5, "outOfPocketVnd": 20000, "share": 0.5}]}
                """);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("costPerDossierVnd").toString()).isEqualTo("36750");
        assertThat(response.body().get("annualCostVnd").toString()).isEqualTo("36750000");
        assertThat(response.body().get("dossiersPerYear").toString()).isEqualTo("1000");
        assertThat(response.body().at("/lines/0/timeCostVnd").toString()).isEqualTo("18750");
        assertThat(response.body().at("/lines/0/outOfPocketVnd").toString()).isEqualTo("10000");
        assertThat(response.body().at("/lines/0/totalVnd").toString()).isEqualTo("28750");
        assertThat(response.body().at("/lines/1/kind").asText()).isEqualTo("FEES");
        assertThat(response.body().at("/lines/1/totalVnd").toString()).isEqualTo("8000");
    }

    @Test
    void keepsFractionsOfADongExact() {
        // 0.1 h × 43,750 × 0.33 = 1,443.75 per dossier; × 3 = 4,331.25 — no rounding in the API.
        var response = server.post("/api/cost/evaluate", """
                {"tariffVndPerHour": 43750, "population": 30, "frequencyPerYear": 0.1,
                 "activities": [{"name": "Đọc hướng dẫn", "hours": 0.1, "share": 0.33}]}
                """);

        assertThat(response.body().get("costPerDossierVnd").toString()).isEqualTo("1443.75");
        assertThat(response.body().get("dossiersPerYear").toString()).isEqualTo("3");
        assertThat(response.body().get("annualCostVnd").toString()).isEqualTo("4331.25");
    }

    @Test
    void comparesAsIsAndToBe() {
        // as-is 2 h × 40,000 + 50,000 = 130,000 × 100 = 13,000,000; to-be 0.5 h × 40,000 = 20,000 × 100 = 2,000,000.
        // saving 11,000,000 = 84.62 % of 13,000,000.
        var response = server.post("/api/cost/compare", """
                {"asIs": {"tariffVndPerHour": 40000, "dossiersPerYear": 100,
                          "activities": [{"name": "Đi lại", "hours": 2, "outOfPocketVnd": 50000}]},
                 "toBe": {"tariffVndPerHour": 40000, "dossiersPerYear": 100,
                          "activities": [{"name": "Nộp trực tuyến", "hours": 0.5}]}}
                """);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().at("/asIs/annualCostVnd").toString()).isEqualTo("13000000");
        assertThat(response.body().at("/toBe/annualCostVnd").toString()).isEqualTo("2000000");
        assertThat(response.body().get("savingVnd").toString()).isEqualTo("11000000");
        assertThat(response.body().get("savingPercent").toString()).isEqualTo("84.62");
    }

    @Test
    void badInputNamesEveryField() {
        var response = server.post("/api/cost/evaluate", """
                {"tariffVndPerHour": -1, "dossierPerYear": 10,
                 "activities": [{"name": "x", "hours": "2", "share": 1.2}, {"hours": 1}]}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactlyInAnyOrder("tariffVndPerHour", "dossierPerYear",
                "dossiersPerYear", "activities[0].hours", "activities[0].share", "activities[1].name");
    }

    @Test
    void missingActivitiesNotJsonAndAbsurdSizesAreRefused() {
        assertThat(fields(server.post("/api/cost/evaluate", "{\"tariffVndPerHour\": 1, \"dossiersPerYear\": 1}").body()))
                .containsExactly("activities");
        assertThat(fields(server.post("/api/cost/evaluate", "not json").body())).containsExactly("body");
        assertThat(fields(server.post("/api/cost/evaluate",
                "{\"tariffVndPerHour\": 1e30, \"dossiersPerYear\": 1, \"activities\": []}").body()))
                .containsExactly("tariffVndPerHour");
        assertThat(fields(server.post("/api/cost/compare", "{\"asIs\": {}}").body()))
                .contains("toBe", "asIs.tariffVndPerHour", "asIs.activities");
        var huge = server.post("/api/cost/evaluate", "{\"activities\": [\"" + "x".repeat(3_000_000) + "\"]}");
        assertThat(huge.status()).isEqualTo(413);
    }
}
