package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;

/**
 * Usage figures and tariffs corrected over the API: each answer carries the version to name, who recorded the
 * figure and why; a stale correction answers 409 and changes nothing; a measured figure is not replaced by a person.
 */
class UsageAndTariffApiTest {

    private static final String USAGE = "/api/procedures/1.001193/usage";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String figure(String locality, String source, long total, Integer version, String note) {
        return """
                {"stats": [{"localityCode": "%s", "year": 2024, "source": "%s", "dossiersTotal": %d,
                  "dossiersOnline": 0, "dossiersOnTime": 0%s%s}]}""".formatted(locality, source, total,
                version == null ? "" : ", \"version\": " + version, note == null ? "" : ", \"note\": \"" + note + "\"");
    }

    private JsonNode stat(String locality, String source) {
        return StreamSupport.stream(server.get(USAGE).body().get("stats").spliterator(), false)
                .filter(s -> s.get("localityCode").asText().equals(locality) && s.get("source").asText().equals(source))
                .findFirst().orElseThrow();
    }

    @Test
    void aFigureIsRecordedWithItsProvenanceAndCorrectedAtItsVersion() {
        var recorded = server.post(USAGE, figure("79", "IMPORTED", 4200, 0, "Báo cáo năm 2024"));
        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
        JsonNode first = recorded.body().get("stats").get(0);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("recordedBy").asText()).isNotBlank();
        assertThat(first.get("recordedAt").asText()).isNotBlank();
        assertThat(first.get("note").asText()).isEqualTo("Báo cáo năm 2024");

        var again = server.post(USAGE, figure("79", "IMPORTED", 9999, 0, null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asText()).contains("version 1");

        assertThat(server.post(USAGE, figure("79", "IMPORTED", 4300, 1, "Rà soát")).status()).isEqualTo(200);
        var stale = server.inVietnamese().post(USAGE, figure("79", "IMPORTED", 1, 1, null));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("message").asText())
                .isEqualTo("Số liệu (thống kê) của Thành phố Hồ Chí Minh năm 2024 vừa được người khác sửa: dữ liệu hiện"
                        + " là phiên bản 2, còn bản bạn sửa là phiên bản 1. Hãy tải lại trang rồi sửa lại");
        assertThat(stat("79", "IMPORTED").get("dossiersTotal").asLong()).isEqualTo(4300);
        assertThat(stat("79", "IMPORTED").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aProvinceOfficerRecordsForTheirOwnProvinceUnderTheirName() {
        String token = server.tokenFor("so-hcm", "Phạm Văn Đức",
                new Grant(AccountRole.LOCALITY_OFFICER, "79", List.of()));
        TestServer officer = server.as(token);

        assertThat(officer.post(USAGE, figure("79", "IMPORTED", 100, 0, null)).status()).isEqualTo(200);
        assertThat(officer.post(USAGE, figure("01", "IMPORTED", 100, 0, null)).status()).isEqualTo(403);
        assertThat(stat("79", "IMPORTED").get("recordedBy").asText()).isEqualTo("Phạm Văn Đức");
    }

    @Test
    void aMeasuredFigureIsNotReplacedByAPersonAndRefusedValuesAreLocated() {
        assertThat(server.post(USAGE, figure("01", "MEASURED", 900, null, null)).status()).isEqualTo(200);

        var replaced = server.inVietnamese().post(USAGE, figure("01", "MEASURED", 5, null, null));
        assertThat(replaced.status()).isEqualTo(400);
        assertThat(CatalogApiTest.fields(replaced.body())).containsExactly("stats[0].source");
        assertThat(replaced.body().at("/errors/0/message").asText()).contains("không sửa tay được");
        assertThat(stat("01", "MEASURED").get("dossiersTotal").asLong()).isEqualTo(900);

        var bad = server.inVietnamese().post(USAGE, """
                {"stats": [{"localityCode": "XX", "year": 2999, "source": "IMPORTED", "dossiersTotal": -1, "version": 0}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(CatalogApiTest.fields(bad.body())).containsExactlyInAnyOrder("stats[0].localityCode",
                "stats[0].year", "stats[0].dossiersTotal");
        assertThat(bad.body().at("/errors/0/label").asText()).isEqualTo("Số liệu 1: địa phương");
    }

    @Test
    void aTariffIsSavedAtItsVersionAndAStaleSaveIsRefused() {
        JsonNode shipped = server.get("/api/tariffs").body().get(0);
        assertThat(shipped.get("version").asInt()).isEqualTo(1);
        assertThat(shipped.get("changedBy").isNull()).isTrue();
        String body = "{\"monthlyIncomeVnd\": 9240000, \"workingDaysPerMonth\": 22, \"hoursPerDay\": 8,"
                + " \"source\": \"Tổng cục Thống kê\"}";

        var saved = server.put("/api/tariffs/BUSINESS/2024", body, "If-Match", "\"1\"");
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"2\"");
        assertThat(saved.body().get("vndPerHour").asText()).isEqualTo("52500");
        assertThat(saved.body().get("changedBy").asText()).isNotBlank();

        var stale = server.put("/api/tariffs/BUSINESS/2024", body.replace("9240000", "1"), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        var taken = server.put("/api/tariffs/BUSINESS/2024", body.replace("}", ", \"version\": 0}"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(server.put("/api/tariffs/BUSINESS/2031", body.replace("}", ", \"version\": 0}")).status())
                .isEqualTo(200);
        assertThat(server.get("/api/tariffs").body().findValues("monthlyIncomeVnd").stream().map(JsonNode::asText))
                .doesNotContain("1");
    }
}
