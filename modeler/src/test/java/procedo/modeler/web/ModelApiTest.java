package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.modeler.model.BpmnReader;
import procedo.modeler.model.Snippets;

class ModelApiTest {

    private static final String MODELS = "/api/procedures/1.001193/models";

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

    private TestServer.Response put(String path, String xml, String... headers) {
        return server.send("PUT", path, xml.getBytes(StandardCharsets.UTF_8), "application/xml", headers);
    }

    @Test
    void savesVersionsWithOptimisticLockingAndReturnsTheExactBytes() {
        String author = URLEncoder.encode("Nguyễn Thị Lan", StandardCharsets.UTF_8);
        String comment = URLEncoder.encode("Bỏ bước nộp tại quầy", StandardCharsets.UTF_8);
        String v1 = Snippets.simple("Nộp hồ sơ trực tuyến");

        String lan = "Bearer " + server.tokenFor("lan", Grant.of(AccountRole.ANALYST));
        var created = put(MODELS + "/TO_BE", v1, "Authorization", lan, "X-Author", author, "X-Comment", comment);

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.body().get("kind").asText()).isEqualTo("TO_BE");
        assertThat(created.body().get("version").asInt()).isEqualTo(1);
        assertThat(created.body().get("author").asText()).as("the signed-in person, not X-Author").isEqualTo("lan");
        assertThat(created.body().get("comment").asText()).isEqualTo("Bỏ bước nộp tại quầy");
        assertThat(created.body().get("createdAt").asText()).endsWith("Z");

        var read = server.download(MODELS + "/to-be");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(v1.getBytes(StandardCharsets.UTF_8));
        assertThat(read.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(read.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(read.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(server.download(MODELS + "/to-be?download=1").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"1.001193-to-be-v1.bpmn\"");

        String v2 = Snippets.simple("Nộp hồ sơ qua Cổng dịch vụ công");
        var second = put(MODELS + "/to-be", v2, "If-Match", "\"1\"");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        assertThat(second.body().get("author").asText()).isEqualTo("admin");

        var stale = put(MODELS + "/to-be", Snippets.simple("x"), "If-Match", "1");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.body().get("message").asText()).contains("version 2");
        var missing = put(MODELS + "/to-be", Snippets.simple("x"));
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.body().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(put(MODELS + "/to-be", Snippets.simple("x"), "If-Match", "latest").status()).isEqualTo(400);

        var versions = server.get(MODELS + "/TO_BE/versions");
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.body().findValuesAsText("version")).containsExactly("1", "2");
        assertThat(versions.body().get(0).get("author").asText()).isEqualTo("lan");
        assertThat(server.download(MODELS + "/TO_BE/versions/1").body()).isEqualTo(v1.getBytes(StandardCharsets.UTF_8));
        assertThat(server.download(MODELS + "/TO_BE/versions/2").headers().firstValue("ETag")).contains("\"2\"");
        assertThat(server.get(MODELS + "/TO_BE/versions/3").status()).isEqualTo(404);
        assertThat(server.get(MODELS + "/TO_BE/versions/first").status()).isEqualTo(400);

        var list = server.get(MODELS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).hasSize(1);
        assertThat(list.body().get(0).get("kind").asText()).isEqualTo("TO_BE");
        assertThat(list.body().get(0).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void kindsAreAsIsOrToBeInEitherSpelling() {
        assertThat(put(MODELS + "/As-Is", Snippets.simple("a")).status()).isEqualTo(201);
        assertThat(server.get(MODELS + "/as_is").status()).isEqualTo(200);
        assertThat(server.get(MODELS + "/TO_BE").status()).isEqualTo(404);
        var bad = server.get(MODELS + "/draft");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/errors/0/field").asText()).isEqualTo("kind");
        assertThat(put(MODELS + "/draft", Snippets.simple("a")).status()).isEqualTo(400);
    }

    @Test
    void unknownProceduresAreNotFound() {
        assertThat(put("/api/procedures/9.999999/models/TO_BE", Snippets.simple("a")).status()).isEqualTo(404);
        assertThat(server.get("/api/procedures/9.999999/models").status()).isEqualTo(404);
        assertThat(server.get("/api/procedures/9.999999/compare").status()).isEqualTo(404);
    }

    @Test
    void analysesStoredAndUploadedModels() {
        put(MODELS + "/TO_BE", Snippets.COMMUNE);
        put(MODELS + "/TO_BE", Snippets.simple("Một bước"), "If-Match", "\"1\"");

        var latest = server.get(MODELS + "/TO_BE/analysis");
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.body().get("activities").asInt()).isEqualTo(1);
        var first = server.get(MODELS + "/TO_BE/analysis?version=1");
        assertThat(first.body().get("activities").asInt()).isEqualTo(8);
        assertThat(first.body().get("applicantTouchpoints").asInt()).isEqualTo(2);
        assertThat(first.body().get("inPersonVisits").asInt()).isEqualTo(1);
        assertThat(first.body().get("handOffs").asInt()).isEqualTo(4);
        assertThat(first.body().get("documentsRequested").asInt()).isEqualTo(2);
        assertThat(first.body().get("waits").asInt()).isEqualTo(2);
        assertThat(first.body().get("gateways").asInt()).isEqualTo(1);
        assertThat(first.body().get("events").asInt()).isEqualTo(5);
        assertThat(first.body().at("/lanes/0/applicant").asBoolean()).isTrue();
        assertThat(first.body().at("/pools/0/processRef").asText()).isEqualTo("P1");
        assertThat(first.body().get("lint").isArray()).isTrue();
        assertThat(first.body().has("elements")).isFalse();
        assertThat(server.get(MODELS + "/TO_BE/analysis?version=x").status()).isEqualTo(400);
        assertThat(server.get(MODELS + "/TO_BE/analysis?version=7").status()).isEqualTo(404);
        assertThat(server.get(MODELS + "/AS_IS/analysis").status()).isEqualTo(404);

        String lanesWithoutApplicant = Snippets.definitions("""
                <bpmn:process id="P"><bpmn:laneSet id="LS"><bpmn:lane id="L" name="Văn thư">
                  <bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
                  <bpmn:task id="T"/></bpmn:process>""");
        var upload = server.send("POST", "/api/bpmn/analysis", lanesWithoutApplicant.getBytes(StandardCharsets.UTF_8),
                "text/xml");
        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.body().get("activities").asInt()).isEqualTo(1);
        assertThat(upload.body().get("lint").findValuesAsText("rule")).contains("start-event-required",
                "end-event-required", "no-disconnected", "label-required", "procedo/applicant-lane");
        assertThat(upload.body().get("lint").findValuesAsText("elementId")).contains("P", "T");
        assertThat(server.send("POST", "/api/bpmn/analysis", "<x/>".getBytes(StandardCharsets.UTF_8), "application/xml")
                .status()).isEqualTo(400);
    }

    @Test
    void comparesAsIsWithToBe() {
        put(MODELS + "/TO_BE", Snippets.simple("Nộp trực tuyến"));
        var missing = server.get("/api/procedures/1.001193/compare");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("message").asText()).contains("AS_IS");

        put(MODELS + "/AS_IS", Snippets.COMMUNE);
        var compared = server.get("/api/procedures/1.001193/compare");

        assertThat(compared.status()).as(compared.raw().body()).isEqualTo(200);
        assertThat(compared.body().at("/asIs/version").asInt()).isEqualTo(1);
        assertThat(compared.body().at("/asIs/metrics/activities").asInt()).isEqualTo(8);
        assertThat(compared.body().at("/toBe/metrics/activities").asInt()).isEqualTo(1);
        assertThat(compared.body().at("/deltas/activities").asInt()).isEqualTo(-7);
        assertThat(compared.body().at("/deltas/inPersonVisits").asInt()).isEqualTo(-1);
        assertThat(compared.body().at("/elements/added").findValuesAsText("id")).containsExactly("Task_1");
        assertThat(compared.body().at("/elements/removed").findValuesAsText("id")).contains("T_visit", "Lane_A");
        assertThat(compared.body().at("/elements/changed").findValuesAsText("id")).containsExactly("Start", "End");
        assertThat(compared.body().at("/elements/changed/0/details/0/field").asText()).isEqualTo("name");
        assertThat(compared.body().at("/elements/changed/0/changes/0").asText())
                .isEqualTo("name: 'Cần khai sinh' → 'Bắt đầu'");

        assertThat(server.get("/api/procedures/1.001193/compare?asIs=1&toBe=1").status()).isEqualTo(200);
        var noVersion = server.get("/api/procedures/1.001193/compare?toBe=2");
        assertThat(noVersion.status()).isEqualTo(404);
        assertThat(noVersion.body().get("message").asText()).contains("TO_BE", "version 2");
        assertThat(server.get("/api/procedures/1.001193/compare?asIs=zero").status()).isEqualTo(400);
    }

    @Test
    void comparesAnyVersionOfEitherModelWithAnyOther() {
        put(MODELS + "/AS_IS", Snippets.COMMUNE);
        put(MODELS + "/TO_BE", Snippets.simple("Nộp trực tuyến"));
        put(MODELS + "/TO_BE", Snippets.simple("Nộp hồ sơ trực tuyến"), "If-Match", "\"1\"");

        var toBeVersions = server.get("/api/procedures/1.001193/compare?from=TO_BE:1&to=to-be:2");
        assertThat(toBeVersions.status()).as(toBeVersions.raw().body()).isEqualTo(200);
        assertThat(toBeVersions.body().at("/asIs/kind").asText()).isEqualTo("TO_BE");
        assertThat(toBeVersions.body().at("/asIs/version").asInt()).isEqualTo(1);
        assertThat(toBeVersions.body().at("/toBe/kind").asText()).isEqualTo("TO_BE");
        assertThat(toBeVersions.body().at("/toBe/version").asInt()).isEqualTo(2);
        assertThat(toBeVersions.body().at("/elements/changed").findValuesAsText("id")).containsExactly("Task_1");
        assertThat(toBeVersions.body().at("/elements/added").isEmpty()).isTrue();

        var backwards = server.get("/api/procedures/1.001193/compare?from=TO_BE&to=AS_IS:1");
        assertThat(backwards.body().at("/asIs/kind").asText()).isEqualTo("TO_BE");
        assertThat(backwards.body().at("/asIs/version").asInt()).isEqualTo(2);
        assertThat(backwards.body().at("/deltas/activities").asInt()).isEqualTo(7);
        assertThat(backwards.body().at("/elements/added").findValuesAsText("id")).contains("T_visit");

        var defaults = server.get("/api/procedures/1.001193/compare");
        assertThat(defaults.body().at("/asIs/kind").asText()).isEqualTo("AS_IS");
        assertThat(defaults.body().at("/toBe/kind").asText()).isEqualTo("TO_BE");
        assertThat(defaults.body().at("/toBe/version").asInt()).isEqualTo(2);

        var bad = server.get("/api/procedures/1.001193/compare?from=TO_BE:0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/errors/0/field").asText()).isEqualTo("from");
        assertThat(server.get("/api/procedures/1.001193/compare?to=LATER").status()).isEqualTo(400);
        var missing = server.get("/api/procedures/1.001193/compare?to=AS_IS:5");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("message").asText()).contains("AS_IS", "5");
    }

    @Test
    void badModelsAreRefusedWithWhereAndWhatAndNothingIsStored(@TempDir Path dir) throws Exception {
        var broken = put(MODELS + "/TO_BE", Snippets.simple("a").replace("</bpmn:process>", ""));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().at("/errors/0/field").asText()).matches("line \\d+, column \\d+");

        var notBpmn = put(MODELS + "/TO_BE", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(notBpmn.status()).isEqualTo(400);
        assertThat(notBpmn.body().at("/errors/0/message").asText()).contains("not a BPMN 2.0 model");

        var dangling = put(MODELS + "/TO_BE", Snippets.simple("a").replace("targetRef=\"End\"", "targetRef=\"Gone\""));
        assertThat(dangling.status()).isEqualTo(400);
        assertThat(dangling.body().at("/errors/0/field").asText()).isEqualTo("F2");
        assertThat(dangling.body().at("/errors/0/message").asText()).contains("Gone");

        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<bpmn:definitions xmlns:bpmn=\"" + BpmnReader.MODEL_NS + "\" id=\"D\">"
                + "<bpmn:process id=\"P\" name=\"&x;\"/></bpmn:definitions>";
        var refused = put(MODELS + "/TO_BE", xxe);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("DOCTYPE").doesNotContain("TOP-SECRET");

        var json = server.send("PUT", MODELS + "/TO_BE", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(json.status()).isEqualTo(415);

        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) ' ');
        assertThat(server.send("PUT", MODELS + "/TO_BE", large, "application/xml").status()).isEqualTo(413);

        assertThat(server.get(MODELS + "/TO_BE").status()).isEqualTo(404);
        assertThat(server.get(MODELS).body()).isEmpty();
        assertThat(server.get(MODELS + "/TO_BE/versions").body()).isEmpty();
    }

    @Test
    void onlyAnalystsMaySaveModels() {
        String viewer = "Bearer " + server.tokenFor("xem", Grant.of(AccountRole.VIEWER));
        String analyst = "Bearer " + server.tokenFor("phan-tich", Grant.of(AccountRole.ANALYST));

        assertThat(put(MODELS + "/TO_BE", Snippets.simple("a"), "Authorization", viewer).status()).isEqualTo(403);
        assertThat(put(MODELS + "/TO_BE", Snippets.simple("a"), "Authorization", "Bearer pdo_guess").status())
                .isEqualTo(401);
        assertThat(server.anonymous().get(MODELS).status()).isEqualTo(401);
        assertThat(server.get(MODELS).body()).isEmpty();
        assertThat(put(MODELS + "/TO_BE", Snippets.simple("a"), "Authorization", analyst).status()).isEqualTo(201);
        TestServer reader = server.as(viewer.substring(7));
        assertThat(reader.get(MODELS + "/TO_BE").status()).as("viewers may read").isEqualTo(200);
        assertThat(reader.send("POST", "/api/bpmn/analysis", Snippets.bytes(Snippets.simple("a")), "application/xml")
                .status()).as("viewers may analyse an upload").isEqualTo(200);
    }
}
