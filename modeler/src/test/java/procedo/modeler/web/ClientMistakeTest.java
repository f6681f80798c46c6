package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.modeler.json.Json;
import procedo.modeler.model.BpmnReader;
import procedo.modeler.web.http.Route;

/**
 * A client's mistakes get a 4xx with the reason, never a 500: bodies that are not a JSON object on every route that
 * takes one, values longer than their column, a BPMN model nested thousands of levels deep.
 */
class ClientMistakeTest {

    private static final String CODE = "1.001193";

    private final ObjectMapper json = Json.mapper();
    private TestServer server;
    private long plan;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
        var created = server.post("/api/procedures/" + CODE + "/plans", PLAN);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        plan = created.body().get("id").asLong();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static final String PLAN = """
            {"title": "Đơn giản hóa", "note": "Ghi chú",
             "measures": [{"kind": "ONLINE"}]}""";

    @Test
    void everyRouteTakingABodyAnswersANonObjectBodyWith4xx() {
        String oversized = "\"" + "x".repeat(1_500_000) + "\"";
        List<String> bodies = List.of("null", "[]", "\"x\"", "42", oversized, "{\"x\": " + oversized + "}");
        List<String> answers = new ArrayList<>();
        int routes = 0;
        for (Route route : server.application.webServer().routes()) {
            String method = route.method().name();
            if (!method.equals("POST") && !method.equals("PUT") || route.payload() == Route.Payload.UPLOAD) {
                continue;
            }
            routes++;
            String path = concrete(route.path());
            for (String body : bodies) {
                var answer = server.send(method, path, body.getBytes(StandardCharsets.UTF_8), "application/json");
                String shown = body.length() > 20 ? body.substring(0, 20) + "…" : body;
                answers.add(method + " " + path + " " + shown + " -> " + answer.status());
                assertThat(answer.status()).as(method + " " + path + " with " + shown + ": " + answer.raw().body())
                        .isBetween(400, 499);
                assertThat(answer.body().get("message").asText()).isNotBlank();
            }
        }
        assertThat(routes).isGreaterThan(15);
        assertThat(answers).anySatisfy(a -> assertThat(a).contains("/api/procedures null -> 400"));
        var nullBody = server.post("/api/procedures", "null");
        assertThat(nullBody.body().at("/errors/0/message").asText()).contains("JSON object", "not null");
        assertThat(server.post("/api/procedures", "[]").body().at("/errors/0/message").asText()).contains("a list");
    }

    /** A route's path with each parameter filled by a value naming something that exists where one does. */
    private String concrete(String path) {
        return path.replace("{code}", CODE).replace("{id}", path.startsWith("/api/plans") ? String.valueOf(plan) : "none")
                .replace("{applicantType}", "CITIZEN").replace("{year}", "2025").replace("{locality}", "79")
                .replace("{kind}", "TO_BE").replace("{version}", "1").replace("{name}", "balanced")
                .replace("{n}", "1").replace("{form}", "none").replace("{username}", "admin");
    }

    @Test
    void aValueLongerThanItsColumnIsRefusedNamingTheFieldAndItsLimit() throws Exception {
        var longName = server.post("/api/procedures", CatalogApiTest.BIRTH.replace("\"Đăng ký khai sinh\"",
                "\"" + "Đ".repeat(1001) + "\""));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.body().at("/errors/0/field").asText()).isEqualTo("name");
        assertThat(longName.body().at("/errors/0/message").asText()).contains("1000");

        var longTitle = server.post("/api/procedures/" + CODE + "/plans", PLAN.replace("\"Đơn giản hóa\"",
                "\"" + "x".repeat(501) + "\""));
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.body().at("/errors/0/field").asText()).isEqualTo("title");
        assertThat(longTitle.body().at("/errors/0/message").asText()).contains("500");
    }

    @Test
    void everyTextOfAValidBodyMadeTooLongIsRefusedWith4xx() throws Exception {
        List<String> refused = new ArrayList<>();
        everyTextTooLong("POST", "/api/procedures", CatalogApiTest.BIRTH.replace(CODE, "1.000002"), refused);
        everyTextTooLong("PUT", "/api/procedures/" + CODE, CatalogApiTest.BIRTH.replace("{", "{\"version\": 1, "),
                refused);
        everyTextTooLong("POST", "/api/procedures/" + CODE + "/plans", PLAN, refused);
        everyTextTooLong("PUT", "/api/plans/" + plan, PLAN.replace("{", "{\"version\": 1, "), refused);
        everyTextTooLong("POST", "/api/plans/" + plan + "/status", """
                {"status": "PROPOSED", "version": 1}""", refused);
        everyTextTooLong("POST", "/api/profiles", """
                {"name": "volume-only", "description": "Only how often", "weights": {"VOLUME": 1}}""", refused);
        everyTextTooLong("PUT", "/api/tariffs/CITIZEN/2025", """
                {"monthlyIncomeVnd": 5000000, "workingDaysPerMonth": 22, "hoursPerDay": 8, "source": "GSO"}""",
                refused);
        everyTextTooLong("POST", "/api/procedures/" + CODE + "/usage", """
                {"stats": [{"localityCode": "79", "year": 2024, "source": "REPORTED", "dossiersTotal": 10}]}""",
                refused);
        assertThat(refused).hasSizeGreaterThan(10).allSatisfy(answer -> assertThat(answer).startsWith("4"));
    }

    /**
     * Sends {@code body} once for each text in it, that text made 5,000 and then 1,000,000 characters long; each
     * answer's status and sentence go to {@code refused}.
     */
    private void everyTextTooLong(String method, String path, String body, List<String> refused) throws Exception {
        JsonNode valid = json.readTree(body);
        List<Consumer<String>> setters = new ArrayList<>();
        JsonNode copy = valid.deepCopy();
        texts(copy, setters);
        for (int i = 0; i < setters.size(); i++) {
            for (int length : new int[] {5_000, 1_000_000}) {
                JsonNode changed = valid.deepCopy();
                List<Consumer<String>> own = new ArrayList<>();
                texts(changed, own);
                own.get(i).accept("x".repeat(length));
                var answer = server.send(method, path, json.writeValueAsBytes(changed), "application/json");
                String what = method + " " + path + " text " + i + " of " + length + ": "
                        + answer.raw().body().substring(0, Math.min(300, answer.raw().body().length()));
                refused.add(answer.status() + " " + what);
            }
        }
    }

    private static void texts(JsonNode node, List<Consumer<String>> setters) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isTextual()) {
                    setters.add(text -> object.put(name, text));
                } else {
                    texts(child, setters);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int at = i;
                if (array.get(i).isTextual()) {
                    setters.add(text -> array.set(at, array.textNode(text)));
                } else {
                    texts(array.get(i), setters);
                }
            }
        }
    }

    @Test
    void aWorkbookWithAPartNestedThousandsOfLevelsDeepIsRefusedAtOnce() {
        java.util.Map<String, byte[]> parts = Mutator.unzip(server.download("/api/catalog/export.xlsx").body());
        String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
        int at = core.indexOf("</cp:coreProperties>");
        parts.put("docProps/core.xml", (core.substring(0, at) + "<dc:title>".repeat(30_000)
                + "</dc:title>".repeat(30_000) + core.substring(at)).getBytes(StandardCharsets.UTF_8));
        byte[] workbook = Mutator.zip(parts);
        long started = System.nanoTime();

        var catalog = server.postBytes("/api/catalog/import", workbook, "application/octet-stream");
        var template = server.postBytes("/api/templates/import", workbook, "application/octet-stream");

        assertThat(catalog.status()).as(catalog.raw().body()).isEqualTo(400);
        assertThat(catalog.raw().body()).contains("docProps/core.xml", "more than 100 levels");
        assertThat(template.status()).as(template.raw().body()).isEqualTo(400);
        assertThat(template.raw().body()).contains("docProps/core.xml", "more than 100 levels");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(20));
    }

    @Test
    void aModelNestedThousandsOfLevelsDeepIsRefusedNamingTheElement() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
                <bpmn:process id="P">""");
        int depth = 20_000;
        for (int i = 0; i < depth; i++) {
            xml.append("<bpmn:subProcess id=\"S").append(i).append("\">");
        }
        for (int i = 0; i < depth; i++) {
            xml.append("</bpmn:subProcess>");
        }
        xml.append("</bpmn:process></bpmn:definitions>");
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);

        var saved = server.send("PUT", "/api/procedures/" + CODE + "/models/TO_BE", bytes, "application/xml");
        var analysed = server.send("POST", "/api/bpmn/analysis", bytes, "application/xml");

        for (var answer : List.of(saved, analysed)) {
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
            String tooDeep = "S" + (BpmnReader.MAX_DEPTH - 2);
            assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo(tooDeep);
            assertThat(answer.body().at("/errors/0/message").asText()).contains("'" + tooDeep + "'",
                    "nested more than " + BpmnReader.MAX_DEPTH);
        }
        assertThat(server.get("/api/procedures/" + CODE + "/models/TO_BE/versions").body()).isEmpty();
    }
}
