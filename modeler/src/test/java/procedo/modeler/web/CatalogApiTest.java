package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;

class CatalogApiTest {

    static final String BIRTH = """
            {"code": "1.001193", "name": "Đăng ký khai sinh", "field": "Hộ tịch", "level": "COMMUNE",
             "agencyCode": "UBND_XA", "applicantType": "CITIZEN", "processingDays": 1, "onlineLevel": "PARTIAL",
             "legalBasis": "Luật Hộ tịch 2014",
             "dossierComponents": [{"name": "Tờ khai", "originals": 1, "copies": 0, "copyKind": "ORIGINAL"},
                                   {"name": "Giấy chứng sinh", "originals": 1, "copies": 0, "copyKind": "ORIGINAL",
                                    "reusableFrom": "HEALTH_DB"}],
             "fees": [{"channel": "IN_PERSON", "name": "Lệ phí", "amountVnd": 8000}],
             "asIsActivities": [{"name": "Đi lại", "kind": "TRAVEL", "hours": 1.5, "outOfPocketVnd": 20000, "share": 0.5},
                                {"name": "Nộp hồ sơ", "kind": "SUBMIT", "hours": 0.25}]}
            """;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createsReadsUpdatesAndDeletesAProcedure() {
        var created = server.post("/api/procedures", BIRTH);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/procedures/1.001193");
        assertThat(created.body().get("version").asInt()).isEqualTo(1);

        var read = server.get("/api/procedures/1.001193");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.body().at("/asIsActivities/0/hours").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(read.body().at("/asIsActivities/1/share").asText()).isEqualTo("1");
        assertThat(read.body().at("/fees/0/amountVnd").toString()).isEqualTo("8000");

        String renamed = BIRTH.replace("\"Đăng ký khai sinh\"", "\"Đăng ký khai sinh có yếu tố nước ngoài\"");
        var updated = server.put("/api/procedures/1.001193", renamed, "If-Match", "\"1\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("version").asInt()).isEqualTo(2);

        var stale = server.put("/api/procedures/1.001193", renamed, "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("message").asText()).contains("version 2");

        assertThat(server.delete("/api/procedures/1.001193").status()).isEqualTo(204);
        var gone = server.get("/api/procedures/1.001193");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("message").asText()).contains("1.001193");
    }

    @Test
    void aProcedureRepublishedUnderANewCodeKeepsItsFormerCodeAndHistory() {
        server.post("/api/procedures", BIRTH);

        var moved = server.put("/api/procedures/1.001193", BIRTH.replace("1.001193", "1.013124"), "If-Match", "\"1\"");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("formerCode").asText()).isEqualTo("1.001193");
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(404);
        var versions = server.get("/api/procedures/1.013124/versions");
        assertThat(versions.body()).hasSize(2);
        assertThat(versions.body().get(0).get("code").asText()).isEqualTo("1.001193");
        var first = server.get("/api/procedures/1.013124/versions/1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("code").asText()).isEqualTo("1.001193");
        assertThat(server.get("/api/procedures/1.013124/versions/9").status()).isEqualTo(404);
        assertThat(fields(server.get("/api/procedures/1.013124/versions/x").body())).containsExactly("version");
    }

    @Test
    void anUpdateWithoutAVersionIsRefused() {
        server.post("/api/procedures", BIRTH);

        var response = server.put("/api/procedures/1.001193", BIRTH);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("version");
    }

    @Test
    void invalidProceduresAreRefusedWithEveryFieldAndReasonAndNothingIsStored() {
        String bad = BIRTH.replace("\"name\": \"Đăng ký khai sinh\"", "\"name\": \"\"")
                .replace("\"processingDays\": 1", "\"processingDays\": 5000")
                .replace("\"agencyCode\": \"UBND_XA\"", "\"agencyCode\": \"NOWHERE\"");

        var response = server.post("/api/procedures", bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactlyInAnyOrder("name", "agencyCode", "processingDays");
        assertThat(response.body().toString()).contains("unknown agency 'NOWHERE'");
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(404);

        var badShare = server.post("/api/procedures", BIRTH.replace("\"share\": 0.5", "\"share\": 1.5"));
        assertThat(badShare.status()).isEqualTo(400);
        assertThat(fields(badShare.body())).containsExactly("asIsActivities[0].share");
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(404);
    }

    @Test
    void wrongTypesAndUnknownFieldsAreNamed() {
        var wrongEnum = server.post("/api/procedures", BIRTH.replace("\"PARTIAL\"", "\"HALF\""));
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(fields(wrongEnum.body())).containsExactly("onlineLevel");
        assertThat(wrongEnum.body().at("/errors/0/message").asText()).contains("NONE", "PARTIAL", "FULL");

        var wrongNumber = server.post("/api/procedures", BIRTH.replace("\"processingDays\": 1", "\"processingDays\": \"one\""));
        assertThat(fields(wrongNumber.body())).containsExactly("processingDays");

        var typo = server.post("/api/procedures", BIRTH.replace("\"legalBasis\"", "\"legalBase\""));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(fields(typo.body())).containsExactly("legalBase");

        var notJson = server.post("/api/procedures", "{\"code\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(fields(notJson.body())).containsExactly("body");
        assertThat(notJson.body().at("/errors/0/message").asText()).contains("line 1");
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndPages() {
        server.post("/api/procedures", BIRTH);
        server.post("/api/procedures", BIRTH.replace("1.001193", "1.000656").replace("khai sinh", "khai tử"));

        var found = server.get("/api/procedures?q=dang%20ky%20khai%20sinh");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("total").asInt()).isEqualTo(1);
        assertThat(found.body().at("/items/0/code").asText()).isEqualTo("1.001193");
        assertThat(found.body().at("/items/0/agencyName").asText()).isEqualTo("Ủy ban nhân dân cấp xã");

        var paged = server.get("/api/procedures?field=H%E1%BB%99%20t%E1%BB%8Bch&limit=1&offset=1");
        assertThat(paged.body().get("total").asInt()).isEqualTo(2);
        assertThat(paged.body().get("items")).hasSize(1);
        assertThat(paged.body().at("/items/0/code").asText()).isEqualTo("1.001193");

        var badPaging = server.get("/api/procedures?limit=0&level=DISTRICT");
        assertThat(badPaging.status()).isEqualTo(400);
        assertThat(fields(badPaging.body())).containsExactlyInAnyOrder("limit", "level");
    }

    @Test
    void unknownRoutesAndProceduresAnswer404() {
        assertThat(server.get("/api/nothing-here").status()).isEqualTo(404);
        assertThat(server.get("/api/procedures/0.000000/cost").status()).isEqualTo(404);
    }

    @Test
    void referenceDataIsServed() {
        var tariffs = server.get("/api/tariffs");
        assertThat(tariffs.status()).isEqualTo(200);
        assertThat(tariffs.body().findValues("vndPerHour").stream().map(JsonNode::asText)).contains("43750", "50000");
        assertThat(server.get("/api/localities").body().size()).isEqualTo(35);
        assertThat(server.get("/api/agencies").body().get(0).get("code").asText()).isEqualTo("UBND_XA");
    }

    @Test
    void tariffsAreDerivedFromTheirInputsAndCanBeSet() {
        var saved = server.put("/api/tariffs/CITIZEN/2025",
                "{\"monthlyIncomeVnd\": 8000000, \"workingDaysPerMonth\": 22, \"hoursPerDay\": 8,"
                        + " \"source\": \"Estimate for 2025\"}");

        assertThat(saved.status()).isEqualTo(200);
        // 8,000,000 / 22 / 8 = 45,454.54... -> 45,455 VND per hour (half-up to whole dong)
        assertThat(saved.body().get("vndPerHour").asText()).isEqualTo("45455");
        var bad = server.put("/api/tariffs/ROBOT/1800", "{}");
        assertThat(fields(bad.body())).containsExactlyInAnyOrder("applicantType", "year", "monthlyIncomeVnd",
                "workingDaysPerMonth", "hoursPerDay", "source");
        var zero = server.put("/api/tariffs/CITIZEN/2025", "{\"monthlyIncomeVnd\": 1, \"workingDaysPerMonth\": 0}");
        assertThat(fields(zero.body())).containsExactlyInAnyOrder("workingDaysPerMonth", "hoursPerDay", "source");
    }

    @Test
    void theRecordDetailsRoundTripThroughTheApiAndItsVersionsAndAreRefusedAtTheirFields() {
        String detailed = BIRTH.replace("\"legalBasis\": \"Luật Hộ tịch 2014\",", """
                "legalBasis": "Luật Hộ tịch 2014",
                "channels": ["IN_PERSON", "ONLINE"],
                "processingTimes": [{"channel": "IN_PERSON", "workingDays": 27}, {"channel": "ONLINE", "workingDays": 17}],
                "legalDocuments": [{"number": "123/2015/NĐ-CP", "title": "Nghị định quy định chi tiết Luật Hộ tịch",
                                    "issuedOn": "2015-11-15"}],
                "sources": [{"part": "PROCESSING_TIME", "source": "Quyết định 1872/QĐ-BTP", "checkedOn": "2025-10-01"}],
                """);
        var created = server.post("/api/procedures", detailed);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

        JsonNode read = server.get("/api/procedures/1.001193").body();
        assertThat(read.at("/channels").toString()).isEqualTo("[\"IN_PERSON\",\"ONLINE\"]");
        assertThat(read.at("/processingTimes/1/workingDays").asInt()).isEqualTo(17);
        assertThat(read.at("/legalDocuments/0/issuedOn").asText()).isEqualTo("2015-11-15");
        assertThat(read.at("/sources/0/checkedOn").asText()).isEqualTo("2025-10-01");
        assertThat(server.get("/api/procedures/1.001193/versions/1").body().at("/processingTimes/0/workingDays")
                .asInt()).isEqualTo(27);

        String broken = detailed.replace("\"workingDays\": 17", "\"workingDays\": -2")
                .replace("{\"channel\": \"IN_PERSON\", \"workingDays\": 27}", "{\"channel\": \"POST\", \"workingDays\": 27}")
                .replace("\"checkedOn\": \"2025-10-01\"", "\"checkedOn\": \"2999-01-01\"");
        var refused = server.put("/api/procedures/1.001193", broken, "If-Match", "\"1\"");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("processingTimes[0].channel",
                "processingTimes[1].workingDays", "sources[0].checkedOn");
        assertThat(refused.body().at("/errors").findValuesAsText("label"))
                .contains("Processing time by channel 1: channel", "Source 1: checked on");
        assertThat(refused.body().at("/errors").findValuesAsText("message"))
                .contains("must not be a day in the future");
        assertThat(server.get("/api/procedures/1.001193").body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anUpdateThatLeavesOutTheRecordDetailsKeepsThemAndAnEmptyListClearsThem() {
        String detailed = BIRTH.replace("\"legalBasis\": \"Luật Hộ tịch 2014\",", """
                "legalBasis": "Luật Hộ tịch 2014",
                "channels": ["IN_PERSON", "ONLINE"],
                "processingTimes": [{"channel": "ONLINE", "workingDays": 17}],
                "legalDocuments": [{"number": "123/2015/NĐ-CP", "title": "Nghị định Luật Hộ tịch", "issuedOn": "2015-11-15"}],
                "sources": [{"part": "PROCESSING_TIME", "source": "Quyết định 1872/QĐ-BTP", "checkedOn": "2025-10-01"}],
                """);
        assertThat(server.post("/api/procedures", detailed).status()).isEqualTo(201);

        var renamed = server.put("/api/procedures/1.001193", BIRTH.replace("Đăng ký khai sinh", "Đăng ký khai sinh (sửa)"),
                "If-Match", "\"1\"");
        assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);
        JsonNode kept = server.get("/api/procedures/1.001193").body();
        assertThat(kept.get("name").asText()).isEqualTo("Đăng ký khai sinh (sửa)");
        assertThat(kept.at("/channels").toString()).isEqualTo("[\"IN_PERSON\",\"ONLINE\"]");
        assertThat(kept.at("/processingTimes/0/workingDays").asInt()).isEqualTo(17);
        assertThat(kept.at("/legalDocuments/0/number").asText()).isEqualTo("123/2015/NĐ-CP");
        assertThat(kept.at("/sources/0/source").asText()).isEqualTo("Quyết định 1872/QĐ-BTP");

        var cleared = server.put("/api/procedures/1.001193", BIRTH.replace("\"legalBasis\": \"Luật Hộ tịch 2014\",",
                "\"legalBasis\": \"Luật Hộ tịch 2014\", \"legalDocuments\": [], \"sources\": [],"), "If-Match", "\"2\"");
        assertThat(cleared.status()).as(cleared.raw().body()).isEqualTo(200);
        JsonNode after = server.get("/api/procedures/1.001193").body();
        assertThat(after.get("legalDocuments")).isEmpty();
        assertThat(after.get("sources")).isEmpty();
        assertThat(after.get("channels")).hasSize(2);
    }

    static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
