package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.modeler.Application;
import procedo.modeler.json.Json;

/**
 * Digitisation and satisfaction over HTTP, on H2 and PostgreSQL: each component's medium recorded at intake (and a
 * wrong one refused before anything starts), the result's medium once the case is decided, one rating per dossier
 * through the status look-up after the outcome, a procedure's shares and mean score, computed here by hand from the
 * dossiers received, per locality and nationwide, and in the observatory, and the ranking's dissatisfaction criterion
 * (no change at its default weight 0, a change above it).
 */
class DigitisationApiTest {

    private static final String BIRTH = "1.001193";
    private static final String USER = "Authorization";

    private final ObjectMapper json = Json.mapper();

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void mediaResultsAndRatingsMakeTheProcedureFigures(TestDatabase database) throws Exception {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            String officer = "Bearer " + server.tokenFor("tiep-nhan", "Võ Thị Tiếp Nhận", Grant.of(AccountRole.ADMIN));
            assertThat(server.post("/api/procedures/" + BIRTH + "/deployments", "", USER, officer).status())
                    .isEqualTo(201);
            // received: the general case's components (the start form has no boxes to tick others)
            List<Integer> general = new ArrayList<>();
            JsonNode dossier = server.get("/api/procedures/" + BIRTH).body().get("dossierComponents");
            for (int i = 0; i < dossier.size(); i++) {
                if (dossier.get(i).path("caseName").asText("").isEmpty()) {
                    general.add(i + 1);
                }
            }
            int componentCount = general.size();
            assertThat(componentCount).isGreaterThanOrEqualTo(2).isLessThan(dossier.size());

            // a wrong medium or a component not received is refused at its field, and nothing starts
            int casesBefore = server.get("/api/cases?procedureCode=" + BIRTH).body().size();
            var wrong = server.post("/api/cases", json.writeValueAsString(request(server, "79",
                    List.of(dossier.size()), List.of("SCANNED"))), USER, officer);
            assertThat(wrong.status()).as(wrong.raw().body()).isEqualTo(400);
            assertThat(fields(wrong.body())).containsExactly("components[0].component");
            var fax = server.post("/api/cases", json.writeValueAsString(request(server, "79",
                    List.of(1), List.of("FAX"))), USER, officer);
            assertThat(fax.status()).isEqualTo(400);
            assertThat(fields(fax.body())).containsExactly("components[0].medium");
            assertThat(server.get("/api/cases?procedureCode=" + BIRTH).body()).hasSize(casesBefore);

            // A: every component not on paper, the first scanned, the second reused, the rest sent electronically
            List<String> mediaA = new ArrayList<>();
            for (int i = 1; i <= componentCount; i++) {
                mediaA.add(i == 1 ? "SCANNED" : i == 2 ? "REUSED" : "ELECTRONIC");
            }
            JsonNode a = start(server, officer, "79", general, mediaA);
            JsonNode b = start(server, officer, "79", List.of(), List.of());
            List<String> mediaC = new ArrayList<>();
            for (int i = 1; i <= componentCount; i++) {
                mediaC.add(i == 1 ? "REUSED" : "PAPER");
            }
            JsonNode c = start(server, officer, "01", general, mediaC);
            JsonNode recordedA = a.get("digitisation");
            assertThat(recordedA.get("components")).hasSize(componentCount);
            assertThat(recordedA.get("components").get(0).get("medium").asText()).isEqualTo("SCANNED");
            assertThat(recordedA.get("components").get(1).get("medium").asText()).isEqualTo("REUSED");
            assertThat(recordedA.get("components").get(0).get("name").asText()).isNotBlank();
            assertThat(recordedA.get("digitised").asBoolean()).isTrue();
            JsonNode readB = server.get("/api/cases/" + id(b)).body();
            assertThat(readB.get("summary").get("dossierNumber").asText()).isNotBlank();
            assertThat(readB.get("digitisation").get("components")).hasSize(componentCount)
                    .allSatisfy(x -> assertThat(x.get("medium").asText()).isEqualTo("PAPER"));
            assertThat(readB.get("digitisation").get("digitised").asBoolean()).isFalse();
            assertThat(readB.get("digitisation").get("result").isNull()).isTrue();

            // the result's medium: only once the case is decided
            var early = server.put("/api/cases/" + id(a) + "/result-medium", "{\"medium\":\"ELECTRONIC\"}", USER,
                    officer);
            assertThat(early.status()).as(early.raw().body()).isEqualTo(409);
            String codeA = receipt(server, officer, id(a));
            String codeB = receipt(server, officer, id(b));
            String codeC = receipt(server, officer, id(c));
            var anonymous = server.anonymous();
            var beforeOutcome = rate(anonymous, number(a), codeA, 5, null);
            assertThat(beforeOutcome.status()).as(beforeOutcome.raw().body()).isEqualTo(409);
            ReceivedDossiers.workToTheEnd(server, officer, id(a));
            ReceivedDossiers.workToTheEnd(server, officer, id(b));
            var recorded = server.put("/api/cases/" + id(a) + "/result-medium", "{\"medium\":\"ELECTRONIC\"}", USER,
                    officer);
            assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
            assertThat(recorded.body().get("result").asText()).isEqualTo("ELECTRONIC");
            assertThat(server.put("/api/cases/" + id(b) + "/result-medium", "{\"medium\":\"FAX\"}", USER, officer)
                    .status()).isEqualTo(400);
            assertThat(server.put("/api/cases/" + id(b) + "/result-medium", "{\"medium\":\"PAPER\"}", USER, officer)
                    .status()).isEqualTo(200);
            assertThat(server.get("/api/cases/" + id(a)).body().get("digitisation").get("result").asText())
                    .isEqualTo("ELECTRONIC");

            // the ranking in Hồ Chí Minh City before any rating, for the dissatisfaction criterion below
            String inHcm = "scope=79&includeOnline=true&limit=200";
            List<String> before = ranking(server, inHcm + "&profile=balanced");

            // ratings: a wrong code and an open dossier refused, once per dossier, 1 to 5
            assertThat(rate(anonymous, number(a), "ABCDEFGHJK", 4, null).status()).isEqualTo(404);
            assertThat(rate(anonymous, number(c), codeC, 4, null).status()).isEqualTo(409);
            assertThat(rate(anonymous, number(a), codeA, 6, null).status()).isEqualTo(400);
            var rated = rate(anonymous, number(a), codeA, 4, "Nhanh, đúng hẹn");
            assertThat(rated.status()).as(rated.raw().body()).isEqualTo(201);
            assertThat(rated.body().get("score").asInt()).isEqualTo(4);
            var again = rate(anonymous, number(a), codeA, 1, null);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body().get("message").asText()).contains(number(a));
            assertThat(rate(anonymous, number(b), codeB, 1, "Phải đi lại hai lần").status()).isEqualTo(201);
            JsonNode ratedCase = server.get("/api/cases/" + id(a)).body().get("digitisation").get("rating");
            assertThat(ratedCase.get("score").asInt()).isEqualTo(4);
            assertThat(ratedCase.get("comment").asText()).isEqualTo("Nhanh, đúng hẹn");

            // the ranking: unchanged while dissatisfaction weighs 0 (the default), changed once it weighs more;
            // (5 − 2.5) ÷ 4 = 0.625 for birth registration, 0.5 (neutral) for every procedure nobody rated
            assertThat(ranking(server, inHcm + "&profile=balanced")).isEqualTo(before);
            String weights = "VOLUME:0.25,ANNUAL_COST:0.25,SAVING_POTENTIAL:0.25,READINESS:0.15,ONLINE_GAP:0.10";
            assertThat(ranking(server, inHcm + "&weights=" + weights)).isEqualTo(before);
            assertThat(ranking(server, inHcm + "&weights=" + weights + ",DISSATISFACTION:0.5")).isNotEqualTo(before);
            JsonNode dissatisfied = server.get("/api/priorities?" + inHcm + "&weights=DISSATISFACTION:1").body();
            JsonNode top = dissatisfied.get("items").get(0);
            assertThat(top.get("code").asText()).as(dissatisfied.toString()).isEqualTo(BIRTH);
            assertThat(top.get("score").decimalValue()).isEqualByComparingTo("100");
            JsonNode contribution = null;
            for (JsonNode x : top.get("contributions")) {
                if (x.get("criterion").asText().equals("DISSATISFACTION")) {
                    contribution = x;
                }
            }
            assertThat(contribution.get("raw").decimalValue()).isEqualByComparingTo("0.625");
            assertThat(top.get("satisfaction").get("meanScore").decimalValue()).isEqualByComparingTo("2.5");
            assertThat(top.get("satisfaction").get("ratings").asLong()).isEqualTo(2);
            JsonNode unrated = dissatisfied.get("items").get(1);
            assertThat(unrated.get("satisfaction").isNull()).isTrue();
            assertThat(unrated.get("score").decimalValue()).isEqualByComparingTo("0");
            assertThat(unrated.get("contributions").findValues("raw").get(5).decimalValue())
                    .isEqualByComparingTo("0.5");

            // a training dossier, all electronic, decided, issued electronically and rated 5, counts in no figure
            List<String> allElectronic = new ArrayList<>();
            general.forEach(n -> allElectronic.add("ELECTRONIC"));
            ObjectNode trainingRequest = request(server, "79", general, allElectronic).put("training", true);
            var trainingCase = server.post("/api/cases", json.writeValueAsString(trainingRequest), USER, officer);
            assertThat(trainingCase.status()).as(trainingCase.raw().body()).isEqualTo(201);
            JsonNode training = trainingCase.body();
            assertThat(training.get("digitisation").get("counted").asBoolean()).isFalse();
            String codeT = receipt(server, officer, id(training));
            ReceivedDossiers.workToTheEnd(server, officer, id(training));
            assertThat(server.put("/api/cases/" + id(training) + "/result-medium", "{\"medium\":\"ELECTRONIC\"}",
                    USER, officer).status()).isEqualTo(200);
            assertThat(rate(anonymous, number(training), codeT, 5, null).status()).isEqualTo(201);

            // the figures, by hand: in 79, A digitised and B not; A has one reused component; A electronic, B paper
            JsonNode hcm = server.get("/api/procedures/" + BIRTH + "/digitisation?locality=79").body();
            assertThat(hcm.get("dossiers").asLong()).isEqualTo(2);
            assertThat(hcm.get("dossiersDigitised").asLong()).isEqualTo(1);
            assertThat(hcm.get("digitisedShare").decimalValue()).isEqualByComparingTo("0.5");
            assertThat(hcm.get("components").asLong()).isEqualTo(2L * componentCount);
            assertThat(hcm.get("componentsReused").asLong()).isEqualTo(1);
            assertThat(hcm.get("reusedShare").decimalValue()).isEqualByComparingTo(share(1, 2L * componentCount));
            assertThat(hcm.get("results").asLong()).isEqualTo(2);
            assertThat(hcm.get("electronicResultShare").decimalValue()).isEqualByComparingTo("0.5");
            assertThat(hcm.get("ratings").asLong()).isEqualTo(2);
            assertThat(hcm.get("meanScore").decimalValue()).isEqualByComparingTo("2.5");
            assertThat(hcm.get("reference").get("digitisedShare").decimalValue()).isEqualByComparingTo("0.178");
            assertThat(hcm.get("reference").get("electronicResultShare").decimalValue())
                    .isEqualByComparingTo("0.0617");

            // nationwide C counts too: one more dossier, not digitised, one more component reused, no result
            JsonNode all = server.get("/api/procedures/" + BIRTH + "/digitisation").body();
            assertThat(all.get("dossiers").asLong()).isEqualTo(3);
            assertThat(all.get("digitisedShare").decimalValue()).isEqualByComparingTo(share(1, 3));
            assertThat(all.get("reusedShare").decimalValue()).isEqualByComparingTo(share(2, 3L * componentCount));
            assertThat(all.get("results").asLong()).isEqualTo(2);
            var unknown = server.get("/api/procedures/" + BIRTH + "/digitisation?locality=99");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(fields(unknown.body())).containsExactly("locality");
            JsonNode hanoi = server.get("/api/procedures/" + BIRTH + "/digitisation?locality=01").body();
            assertThat(hanoi.get("digitisedShare").decimalValue()).isEqualByComparingTo("0");
            assertThat(hanoi.get("electronicResultShare").isNull()).isTrue();
            assertThat(hanoi.get("meanScore").isNull()).isTrue();

            // the observatory shows the same figures in the province, and says why Hà Nội has no result share
            JsonNode row = observatoryRow(server, "79");
            assertThat(row.get("figures").get("digitisedShare").get("value").decimalValue())
                    .isEqualByComparingTo("0.5");
            assertThat(row.get("figures").get("electronicResults").get("value").decimalValue())
                    .isEqualByComparingTo("0.5");
            assertThat(row.get("figures").get("satisfaction").get("value").decimalValue())
                    .isEqualByComparingTo("2.5");
            assertThat(observatoryRow(server, "01").get("figures").get("electronicResults").get("value").isNull())
                    .isTrue();
        }
    }

    /** The ranking's codes with their scores, in order. */
    private static List<String> ranking(TestServer server, String query) {
        var answer = server.get("/api/priorities?" + query);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        List<String> ranked = new ArrayList<>();
        answer.body().get("items").forEach(i -> ranked.add(i.get("code").asText() + " "
                + i.get("score").decimalValue().stripTrailingZeros().toPlainString()));
        return ranked;
    }

    private JsonNode observatoryRow(TestServer server, String province) {
        for (JsonNode row : server.get("/api/observatory?province=" + province).body().get("rows")) {
            if (row.get("code").asText().equals(BIRTH)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + BIRTH);
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private TestServer.Response rate(TestServer client, String number, String code, int score, String comment)
            throws Exception {
        return client.post("/api/dossier-rating", json.writeValueAsString(json.createObjectNode()
                .put("dossierNumber", number).put("code", code).put("score", score).put("comment", comment)));
    }

    private static String receipt(TestServer server, String officer, String caseId) {
        var issued = server.post("/api/cases/" + caseId + "/receipt", "", USER, officer);
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
        return issued.body().get("lookupCode").asText();
    }

    private JsonNode start(TestServer server, String officer, String locality, List<Integer> components,
                           List<String> media) throws Exception {
        var created = server.post("/api/cases", json.writeValueAsString(request(server, locality, components, media)),
                USER, officer);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
    }

    /** A start request with every start-form field filled, and the media of the components given. */
    private ObjectNode request(TestServer server, String locality, List<Integer> components, List<String> media) {
        ObjectNode request = ReceivedDossiers.request(server, BIRTH, locality, "Nguyễn Văn An");
        ArrayNode given = request.putArray("components");
        for (int i = 0; i < components.size(); i++) {
            given.addObject().put("component", components.get(i)).put("medium", media.get(i));
        }
        return request;
    }


    private static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static String number(JsonNode view) {
        return view.get("summary").get("dossierNumber").asText();
    }

    private static String id(JsonNode view) {
        return view.get("summary").get("id").asText();
    }
}
