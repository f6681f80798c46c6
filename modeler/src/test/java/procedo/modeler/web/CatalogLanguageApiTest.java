package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;

/**
 * The catalog's refusals over HTTP: in Vietnamese for a page that names no language, each field named by the label
 * the page shows it under, and in English, word for word as before, when English is asked.
 */
class CatalogLanguageApiTest {

    private static TestServer english;
    private static TestServer vietnamese;

    @BeforeAll
    static void start() {
        english = TestServer.start();
        english.application.store().localities()
                .saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        vietnamese = english.inVietnamese();
        assertThat(english.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        english.close();
    }

    /** The error of the response at {@code field}. */
    private static JsonNode error(TestServer.Response response, String field) {
        for (JsonNode error : response.body().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error;
            }
        }
        throw new AssertionError("no error at " + field + " in " + response.raw().body());
    }

    @Test
    void aProcedureWithoutNameAndWithANegativeFeeIsRefusedNamingTheFieldsByTheirLabels() {
        String bad = CatalogApiTest.BIRTH.replace("\"code\": \"1.001193\", \"name\": \"Đăng ký khai sinh\",",
                "\"code\": \"1.001194\",").replace("\"amountVnd\": 8000", "\"amountVnd\": -8000");

        var vi = vietnamese.post("/api/procedures", bad);
        var en = english.post("/api/procedures", bad);

        assertThat(vi.status()).as(vi.raw().body()).isEqualTo(400);
        assertThat(error(vi, "name").path("label").asText()).isEqualTo("Tên");
        assertThat(error(vi, "name").path("message").asText()).isEqualTo("bắt buộc phải nhập");
        assertThat(error(vi, "fees[0].amountVnd").path("label").asText()).isEqualTo("Phí, lệ phí 1: mức thu (đ)");
        assertThat(error(vi, "fees[0].amountVnd").path("message").asText()).isEqualTo("không được là số âm");
        assertThat(error(vi, "fees[0].amountVnd").path("code").asText()).isEqualTo("catalog.problem.negative");
        assertThat(error(en, "name").path("message").asText()).isEqualTo("is required");
        assertThat(error(en, "fees[0].amountVnd").path("label").asText()).isEqualTo("Fee 1: amount (VND)");
        assertThat(error(en, "fees[0].amountVnd").path("message").asText()).isEqualTo("must not be negative");
    }

    @Test
    void aCodeInUseIsAConflictInTheReadersLanguage() {
        var vi = vietnamese.post("/api/procedures", CatalogApiTest.BIRTH);

        assertThat(vi.status()).isEqualTo(409);
        assertThat(vi.body().path("message").asText()).isEqualTo("Mã thủ tục '1.001193' đã được dùng cho một thủ tục khác");
        assertThat(vi.body().path("code").asText()).isEqualTo("catalog.procedure.codeInUse");
        assertThat(english.post("/api/procedures", CatalogApiTest.BIRTH).body().path("message").asText())
                .isEqualTo("procedure code '1.001193' is already in use");
    }

    @Test
    void whoeverProposedAPlanIsToldInVietnameseThatSomeoneElseApprovesIt() {
        var created = english.post("/api/procedures/1.001193/plans", """
                {"title": "Trực tuyến toàn trình", "measures": [{"kind": "ONLINE"}]}""");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        TestServer proposer = english.asNewUser("nguyen-van-a", Grant.of(AccountRole.ANALYST));
        assertThat(proposer.post("/api/plans/" + id + "/status", "{\"status\": \"PROPOSED\"}").status()).isEqualTo(200);

        var vi = proposer.inVietnamese().post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\"}");
        var en = proposer.post("/api/plans/" + id + "/status", "{\"status\": \"APPROVED\"}");

        assertThat(vi.status()).isEqualTo(403);
        assertThat(vi.body().path("message").asText())
                .isEqualTo("Phương án " + id + " do nguyen-van-a đề xuất: người phê duyệt phải là người khác");
        assertThat(vi.body().path("code").asText()).isEqualTo("catalog.plan.sameApprover");
        assertThat(en.body().path("message").asText())
                .isEqualTo("plan " + id + " was proposed by nguyen-van-a: someone else must approve it");
    }

    @Test
    void theBalancedProfileIsKeptSayingWhyInVietnamese() {
        var vi = vietnamese.delete("/api/profiles/balanced");
        var en = english.delete("/api/profiles/balanced");

        assertThat(vi.status()).isEqualTo(400);
        assertThat(error(vi, "name").path("label").asText()).isEqualTo("Tên");
        assertThat(error(vi, "name").path("message").asText()).isEqualTo("Không xóa được bộ tiêu chí mặc định"
                + " 'balanced' (cân bằng): bảng xếp hạng dùng bộ này khi không chọn bộ nào khác");
        assertThat(error(en, "name").path("message").asText())
                .isEqualTo("the default profile 'balanced' cannot be deleted");
    }

    @Test
    void aCostInputProblemIsLocatedByScenarioActivityAndField() {
        String body = """
                {"asIs": {"tariffVndPerHour": 25000, "dossiersPerYear": 10,
                          "activities": [{"name": "Nộp hồ sơ", "hours": 1, "share": 1.5}]},
                 "toBe": {"tariffVndPerHour": 25000, "dossiersPerYear": 10, "activities": []}}""";

        var vi = vietnamese.post("/api/cost/compare", body);
        var en = english.post("/api/cost/compare", body);

        assertThat(vi.status()).as(vi.raw().body()).isEqualTo(400);
        JsonNode share = error(vi, "asIs.activities[0].share");
        assertThat(share.path("label").asText()).isEqualTo("Hiện trạng: hoạt động 1: tỷ lệ hồ sơ");
        assertThat(share.path("message").asText()).isEqualTo("phải nằm trong khoảng từ 0 đến 1");
        assertThat(error(en, "asIs.activities[0].share").path("message").asText()).isEqualTo("must be between 0 and 1");
    }

    @Test
    void theAuditChainIsVerifiedInTheReadersLanguage() {
        var vi = vietnamese.get("/api/audit/verify");
        long records = vi.body().path("records").asLong();

        assertThat(vi.body().path("message").asText()).isEqualTo("chuỗi nguyên vẹn: " + records + " bản ghi");
        assertThat(english.get("/api/audit/verify").body().path("message").asText())
                .isEqualTo("intact: " + records + " records");
        assertThat(vietnamese.get("/api/audit?from=yesterday").body().path("errors").path(0).path("message").asText())
                .startsWith("phải là một ngày dạng dd/MM/yyyy");
    }

    @Test
    void aMissingPlanOrProfileIsNamedAsThePagesNameIt() {
        assertThat(vietnamese.get("/api/plans/999999").body().path("message").asText())
                .isEqualTo("Không có phương án đơn giản hóa '999999'");
        assertThat(vietnamese.get("/api/profiles/no-such").body().path("message").asText())
                .isEqualTo("Không có bộ tiêu chí 'no-such'");
        assertThat(english.get("/api/plans/999999").body().path("message").asText())
                .isEqualTo("plan '999999' does not exist");
    }

    @Test
    void usageFiguresAndATariffAreRefusedFieldByFieldInVietnamese() {
        var usage = vietnamese.post("/api/procedures/1.001193/usage", """
                {"stats": [{"localityCode": "XX", "year": 2024, "source": "IMPORTED", "dossiersTotal": 10,
                            "dossiersOnline": 20}]}""");
        var tariff = vietnamese.put("/api/tariffs/CITIZEN/2025", """
                {"monthlyIncomeVnd": 0, "workingDaysPerMonth": 22, "hoursPerDay": 8, "source": "TCTK"}""");

        assertThat(usage.status()).as(usage.raw().body()).isEqualTo(400);
        assertThat(error(usage, "stats[0].localityCode").path("label").asText()).isEqualTo("Số liệu 1: địa phương");
        assertThat(error(usage, "stats[0].localityCode").path("message").asText()).isEqualTo("không có địa phương mã 'XX'");
        assertThat(error(usage, "stats[0].dossiersOnline").path("message").asText()).isEqualTo("phải từ 0 đến tổng số hồ sơ");
        assertThat(tariff.status()).as(tariff.raw().body()).isEqualTo(400);
        assertThat(error(tariff, "monthlyIncomeVnd").path("label").asText()).isEqualTo("Thu nhập bình quân tháng (đ)");
        assertThat(error(tariff, "monthlyIncomeVnd").path("message").asText())
                .startsWith("phải lớn hơn 0 và không vượt quá ");
    }
}
