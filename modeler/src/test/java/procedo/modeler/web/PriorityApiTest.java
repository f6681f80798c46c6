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
        assertThat(body.get("normalization")).hasSize(6);
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
    void aProfilesDisplayNameIsCarriedByItsJsonTheRankingAndThePortfolioWorkbookAndRefusedWhenTooLong() throws Exception {
        var created = server.post("/api/profiles", """
                {"name": "ho-tich", "displayName": "Ưu tiên hộ tịch", "weights": {"VOLUME": 1}}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("displayName").asText()).isEqualTo("Ưu tiên hộ tịch");
        assertThat(server.get("/api/priorities?profile=ho-tich").body().at("/profile/displayName").asText())
                .isEqualTo("Ưu tiên hộ tịch");

        TestServer.Download workbook = server.downloadFile("/api/portfolio.xlsx?budgetDays=25&profile=ho-tich&lang=vi");
        try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            String profileCell = null;
            for (var row : read.getSheetAt(0)) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && "Bộ tiêu chí (hạng ưu tiên)".equals(first.getStringCellValue())) {
                    profileCell = row.getCell(1).getStringCellValue();
                }
            }
            assertThat(profileCell).isEqualTo("Ưu tiên hộ tịch (ho-tich)");
        }

        var tooLong = server.post("/api/profiles", "{\"name\": \"dai\", \"displayName\": \"" + "d".repeat(101)
                + "\", \"weights\": {\"VOLUME\": 1}}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(fields(tooLong.body())).containsExactly("displayName");
        assertThat(tooLong.body().at("/errors/0/label").asText()).isEqualTo("Display name");
        assertThat(tooLong.body().at("/errors/0/message").asText()).isEqualTo("must be at most 100 characters");

        var cleared = server.put("/api/profiles/ho-tich", """
                {"weights": {"VOLUME": 1}, "version": 1}""");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(server.get("/api/profiles/ho-tich").body().get("displayName").isNull()).isTrue();
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
    void thePortfolioSaysWhatWasLeftOutAndWhyAndRanksTheChosenUnderTheProfile() {
        var response = server.post("/api/portfolio", "{\"budgetDays\": 25, \"profile\": \"quick-wins\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.at("/selected/0/code").asText()).isEqualTo("1.001193");
        assertThat(body.at("/selected/0/rank").asInt()).isBetween(1, 2);
        assertThat(body.at("/profile/name").asText()).isEqualTo("quick-wins");
        assertThat(body.get("remainingDays").asInt()).isEqualTo(25 - body.get("totalEffortDays").asInt());
        assertThat(body.get("leftOutTotal").asInt()).isEqualTo(2);
        assertThat(body.at("/leftOutCounts/FULLY_ONLINE").asInt()).isEqualTo(1);
        assertThat(body.at("/leftOut/1/code").asText()).isEqualTo("1.004222");
        assertThat(body.at("/leftOut/1/reason").asText()).isEqualTo("FULLY_ONLINE");
        assertThat(body.at("/leftOut/0/code").asText()).isEqualTo("1.000656");
        assertThat(body.at("/leftOut/0/reason").asText()).isIn("NOT_CHOSEN", "OVER_BUDGET");

        var listed = server.post("/api/portfolio", "{\"budgetDays\": 25, \"leftOutLimit\": 1,"
                + " \"includeFullyOnline\": true}").body();
        assertThat(listed.get("leftOut")).hasSize(1);
        assertThat(listed.get("leftOutTotal").asInt()).isEqualTo(2);
        assertThat(listed.at("/leftOutCounts/FULLY_ONLINE").isMissingNode()).isTrue();
        assertThat(fields(server.post("/api/portfolio", "{\"budgetDays\": 25, \"profile\": \"nope\"}").body()))
                .containsExactly("profile");
    }

    @Test
    void thePortfolioWorkbookShowsItsInputsAndHoldsValuesOnly() throws Exception {
        TestServer.Download download = server.downloadFile("/api/portfolio.xlsx?budgetDays=25&scope=national"
                + "&field=H%E1%BB%99%20t%E1%BB%8Bch&weights=VOLUME:1&lang=vi");

        assertThat(download.status()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(download.body()))) {
            var selection = workbook.getSheet("Danh mục ưu tiên");
            var leftOut = workbook.getSheet("Không được chọn");
            assertThat(selection).isNotNull();
            assertThat(leftOut).isNotNull();
            java.util.Map<String, org.apache.poi.ss.usermodel.Cell> inputs = new java.util.HashMap<>();
            BigDecimal savings = BigDecimal.ZERO;
            BigDecimal total = null;
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    }
                }
            }
            for (var row : selection) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && row.getCell(1) != null) {
                    inputs.put(first.getStringCellValue(), row.getCell(1));
                }
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    savings = savings.add(BigDecimal.valueOf(row.getCell(10).getNumericCellValue()));
                }
                if (row.getCell(2) != null && "Tổng cộng".equals(row.getCell(2).getStringCellValue())) {
                    total = BigDecimal.valueOf(row.getCell(10).getNumericCellValue());
                }
            }
            assertThat(inputs.get("Ngân sách (ngày công)").getNumericCellValue()).isEqualTo(25);
            assertThat(inputs.get("Phạm vi").getStringCellValue()).isEqualTo("Toàn quốc");
            assertThat(inputs.get("Lĩnh vực").getStringCellValue()).isEqualTo("Hộ tịch");
            assertThat(inputs.get("Cơ quan thực hiện").getStringCellValue()).isEqualTo("Tất cả");
            assertThat(inputs.get("Bộ tiêu chí (hạng ưu tiên)").getStringCellValue()).isEqualTo("Cân bằng (balanced)");
            assertThat(inputs.get("Trọng số: Số hồ sơ/năm").getNumericCellValue()).isEqualTo(1);
            assertThat(inputs.get("Trọng số: Chi phí tuân thủ/năm").getNumericCellValue()).isZero();
            assertThat(total).isNotNull().isPositive().isEqualByComparingTo(savings);
            assertThat(BigDecimal.valueOf(inputs.get("Tổng tiết kiệm chi phí tuân thủ/năm (đồng)").getNumericCellValue()))
                    .isEqualByComparingTo(total);
            assertThat(leftOut.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Lý do không được chọn");
            assertThat(leftOut.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Đã trực tuyến toàn trình");
        }

        TestServer.Download english = server.downloadFile("/api/portfolio.xlsx?budgetDays=25&lang=en");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(english.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Portfolio");
            assertThat(workbook.getSheetName(1)).isEqualTo("Left out");
        }
        assertThat(fields(server.get("/api/portfolio.xlsx?scope=national").body())).containsExactly("budgetDays");
        assertThat(fields(server.get("/api/portfolio.xlsx?budgetDays=many").body())).containsExactly("budgetDays");
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
