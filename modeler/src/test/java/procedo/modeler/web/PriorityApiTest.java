package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.modeler.web.CatalogApiTest.BIRTH;
import static procedo.modeler.web.CatalogApiTest.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

class PriorityApiTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        server.post("/api/procedures", BIRTH);
        server.post("/api/procedures", BIRTH.replace("1.001193", "1.000656").replace("khai sinh", "khai tử"));
        server.post("/api/procedures", BIRTH.replace("1.001193", "1.004222").replace("khai sinh", "thường trú")
                .replace("\"PARTIAL\"", "\"FULL\""));
        server.application.store().usage().save(List.of(
                new UsageStat("1.001193", "79", 2024, UsageSource.IMPORTED, 20000, 5000, 19000),
                new UsageStat("1.000656", "79", 2024, UsageSource.IMPORTED, 800, 0, 780),
                new UsageStat("1.004222", "01", 2024, UsageSource.IMPORTED, 5000, 5000, 5000)));
        server.application.assessment().reload();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void ranksWithAnExplanationWhoseContributionsSumToTheScore() {
        var response = server.get("/api/priorities?scope=national&profile=balanced");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(body.at("/items/0/code").asText()).isEqualTo("1.001193");
        assertThat(body.at("/items/0/rank").asInt()).isEqualTo(1);
        for (JsonNode item : body.get("items")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode c : item.get("contributions")) {
                sum = sum.add(c.get("contribution").decimalValue());
                assertThat(c.has("raw") && c.has("normalized") && c.has("weight")).isTrue();
            }
            assertThat(sum).isEqualByComparingTo(item.get("score").decimalValue());
            assertThat(item.get("score").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
        assertThat(body.get("normalization")).hasSize(5);
        assertThat(body.at("/profile/name").asText()).isEqualTo("balanced");
    }

    @Test
    void fullyOnlineProceduresAreMarkedAndIncludedOnlyOnRequest() {
        var included = server.get("/api/priorities?includeOnline=true");

        assertThat(included.body().get("total").asInt()).isEqualTo(3);
        assertThat(included.body().get("items").findValues("fullyOnline").stream().filter(JsonNode::asBoolean).count())
                .isEqualTo(1);
    }

    @Test
    void scopesToALocalityAndFiltersAndPages() {
        var hcm = server.get("/api/priorities?scope=79&q=khai%20tu&limit=1");

        assertThat(hcm.body().get("total").asInt()).isEqualTo(1);
        assertThat(hcm.body().at("/items/0/code").asText()).isEqualTo("1.000656");
        assertThat(hcm.body().at("/items/0/dossiersPerYear").asLong()).isEqualTo(800);

        var bad = server.get("/api/priorities?scope=XX&limit=5000&profile=");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.body())).containsExactly("limit");
        assertThat(fields(server.get("/api/priorities?scope=XX").body())).containsExactly("scope");
    }

    @Test
    void profilesCanBeCreatedEditedAndChangeTheRanking() {
        var created = server.post("/api/profiles", """
                {"name": "volume-only", "description": "Only how often", "weights": {"VOLUME": 1}}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("version").asInt()).isEqualTo(1);

        var ranked = server.get("/api/priorities?profile=volume-only");
        assertThat(ranked.body().at("/items/0/score").decimalValue()).isEqualByComparingTo("100");
        assertThat(ranked.body().at("/items/1/score").decimalValue()).isEqualByComparingTo("0");

        var updated = server.put("/api/profiles/volume-only", """
                {"description": "Readiness", "weights": {"READINESS": 2, "VOLUME": 0}, "version": 1}""");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("version").asInt()).isEqualTo(2);
        var stale = server.put("/api/profiles/volume-only", """
                {"weights": {"VOLUME": 1}, "version": 1}""");
        assertThat(stale.status()).isEqualTo(409);

        var zero = server.post("/api/profiles", """
                {"name": "nothing", "weights": {"VOLUME": 0}}""");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(fields(zero.body())).containsExactly("weights");
        var badCriterion = server.post("/api/profiles", """
                {"name": "typo", "weights": {"VOLUMES": 1}}""");
        assertThat(badCriterion.status()).isEqualTo(400);

        assertThat(server.delete("/api/profiles/volume-only").status()).isEqualTo(204);
        assertThat(server.get("/api/profiles/volume-only").status()).isEqualTo(404);
    }

    @Test
    void thePortfolioFitsTheBudget() {
        var response = server.post("/api/portfolio", "{\"budgetDays\": 25}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("totalEffortDays").asInt()).isLessThanOrEqualTo(25);
        assertThat(response.body().get("selected")).hasSize(1);
        assertThat(response.body().at("/selected/0/code").asText()).isEqualTo("1.001193");

        assertThat(fields(server.post("/api/portfolio", "{}").body())).containsExactly("budgetDays");
        assertThat(fields(server.post("/api/portfolio", "{\"budgetDays\": -1}").body())).containsExactly("budgetDays");
    }

    @Test
    void recordedUsageReachesTheRankingAndBadFiguresChangeNothing() {
        var recorded = server.post("/api/procedures/1.000656/usage",
                "{\"stats\": [{\"localityCode\": \"79\", \"year\": 2024, \"source\": \"MEASURED\","
                        + " \"dossiersTotal\": 900, \"dossiersOnline\": 450, \"dossiersOnTime\": 880}]}");
        assertThat(recorded.status()).isEqualTo(200);

        var hcm = server.get("/api/priorities?scope=79&q=khai%20tu");
        assertThat(hcm.body().at("/items/0/dossiersPerYear").asLong()).isEqualTo(900);

        var bad = server.post("/api/procedures/1.000656/usage",
                "{\"stats\": [{\"localityCode\": \"01\", \"year\": 2025, \"source\": \"IMPORTED\", \"dossiersTotal\": 5},"
                        + " {\"localityCode\": \"XX\", \"year\": 1800, \"source\": \"IMPORTED\","
                        + " \"dossiersTotal\": 10, \"dossiersOnline\": 11}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.body())).containsExactlyInAnyOrder("stats[1].localityCode", "stats[1].year",
                "stats[1].dossiersOnline");
        assertThat(server.get("/api/procedures/1.000656/usage").body().get("stats")).hasSize(2);
        assertThat(server.post("/api/procedures/9.999/usage", "{\"stats\": []}").status()).isEqualTo(404);
    }

    @Test
    void theProcedureCostShowsItsInputs() {
        var response = server.get("/api/procedures/1.001193/cost?scope=79");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().at("/basis/tariff/monthlyIncomeVnd").asText()).isEqualTo("7700000");
        assertThat(response.body().at("/basis/dossiersPerYear").asText()).isEqualTo("20000");
        assertThat(response.body().at("/basis/onlineShare").asText()).isEqualTo("0.25");
        assertThat(response.body().at("/comparison/asIs/lines").size()).isEqualTo(3);
    }

    @Test
    void whatIfWeightsReplaceTheProfilesForOneRankingAndBadOnesAreRefused() {
        JsonNode volumeOnly = server.get("/api/priorities?weights=VOLUME:1").body();

        assertThat(volumeOnly.at("/profile/weights/VOLUME").decimalValue()).isEqualByComparingTo("1");
        assertThat(volumeOnly.at("/profile/weights/ANNUAL_COST").decimalValue()).isZero();
        // Only volume counts: the procedure with the most dossiers scores 100, the other 0.
        assertThat(volumeOnly.at("/items/0/code").asText()).isEqualTo("1.001193");
        assertThat(volumeOnly.at("/items/0/score").decimalValue()).isEqualByComparingTo("100");
        assertThat(volumeOnly.at("/items/1/score").decimalValue()).isEqualByComparingTo("0");
        assertThat(server.get("/api/profiles/balanced").body().at("/weights/ANNUAL_COST").decimalValue()).isPositive();

        var bad = server.get("/api/priorities?weights=SPEED:3");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.body())).contains("weights");
        assertThat(server.get("/api/priorities?weights=VOLUME:0").status()).isEqualTo(400);
    }

    @Test
    void listsTheFieldsOfTheCatalogWithTheirNumberOfProcedures() {
        JsonNode fields = server.get("/api/fields").body();

        assertThat(fields.size()).isEqualTo(1);
        assertThat(fields.fields().next().getValue().asInt()).isEqualTo(3);
    }

    @Test
    void theRankingIsSortedByAnyColumnAndSaysHowManyFullyOnlineProceduresItHides() {
        var byVolume = server.get("/api/priorities?sort=volume");

        assertThat(byVolume.status()).isEqualTo(200);
        assertThat(byVolume.body().get("sort").asText()).isEqualTo("volume");
        assertThat(byVolume.body().get("items").findValuesAsText("code")).containsExactly("1.000656", "1.001193");
        assertThat(byVolume.body().at("/items/1/rank").asInt()).isEqualTo(1);
        assertThat(server.get("/api/priorities?sort=-volume&limit=1&offset=1").body().get("items")
                .findValuesAsText("code")).containsExactly("1.000656");
        assertThat(byVolume.body().get("total").asInt()).isEqualTo(2);
        assertThat(byVolume.body().get("hiddenFullyOnline").asInt()).isEqualTo(1);

        var searched = server.get("/api/priorities?q=thuong%20tru");
        assertThat(searched.body().get("total").asInt()).isZero();
        assertThat(searched.body().get("hiddenFullyOnline").asInt()).isEqualTo(1);
        assertThat(server.get("/api/priorities?q=thuong%20tru&includeOnline=true").body().get("hiddenFullyOnline")
                .asInt()).isZero();

        var unknown = server.get("/api/priorities?sort=popularity");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown.body())).containsExactly("sort");
    }

    @Test
    void theWholeRankingIsExportedInItsSortOrderWhateverThePage() throws Exception {
        var xlsx = server.downloadFile("/api/priorities.xlsx?sort=volume&limit=1&includeOnline=true");

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Procedure code");
            assertThat(List.of(1, 2, 3).stream().map(r -> sheet.getRow(r).getCell(1).getStringCellValue()).toList())
                    .containsExactly("1.000656", "1.004222", "1.001193");
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(20000d);
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("yes");
        }

        var csv = server.downloadFile("/api/priorities.csv?sort=-volume");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFRank,Procedure code,Procedure,");
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text.split("\r\n")[1]).startsWith("1,1.001193,Đăng ký khai sinh,Hộ tịch,");
    }
}
