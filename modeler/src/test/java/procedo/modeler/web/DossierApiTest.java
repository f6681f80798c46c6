package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.engine.Channel;
import procedo.engine.StartCase;
import procedo.modeler.Application;
import procedo.modeler.json.Json;

/**
 * Dossier identity over HTTP, on H2 and PostgreSQL: numbers given at intake per locality and day, the applicant and
 * the receiving officer on the case, search by number or applicant, the receipt (JSON and DOCX) with its look-up code,
 * and the public status look-up that shows one dossier's status to whoever has its number and code, and nothing to
 * anyone else.
 */
class DossierApiTest {

    private static final String BIRTH = "1.001193";
    private static final String USER = "Authorization";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ObjectMapper json = Json.mapper();

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void dossiersAreNumberedFoundReceiptedAndFollowedByTheirApplicantOnly(TestDatabase database) throws Exception {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            String officer = "Bearer " + server.tokenFor("tiep-nhan", "Võ Thị Tiếp Nhận", Grant.of(AccountRole.ADMIN));
            String hanoi = "Bearer " + server.tokenFor("mot-cua-ha-noi",
                    new Grant(AccountRole.CASE_OFFICER, "01", List.of("mot-cua", "tu-phap")));
            assertThat(server.post("/api/procedures/" + BIRTH + "/deployments", "", USER, officer).status())
                    .isEqualTo(201);

            JsonNode an = start(server, officer, "79", "Nguyễn Văn An");
            JsonNode binh = start(server, officer, "79", "Trần Thị Bình");
            JsonNode cuong = start(server, officer, "01", "Lê Văn Cường");
            String day = DateTimeFormatter.ofPattern("yyMMdd").format(Instant.parse(
                    an.get("summary").get("startedAt").asText()).atZone(VIETNAM));
            assertThat(number(an)).isEqualTo("79-" + day + "-0001");
            assertThat(number(binh)).isEqualTo("79-" + day + "-0002");
            assertThat(number(cuong)).isEqualTo("01-" + day + "-0001");
            assertThat(an.get("summary").get("applicantName").asText()).isEqualTo("Nguyễn Văn An");
            assertThat(an.get("history").get(0).get("type").asText()).isEqualTo("startEvent");
            assertThat(an.get("history").get(0).get("user").asText()).isEqualTo("tiep-nhan");
            JsonNode read = server.get("/api/cases/" + id(binh)).body();
            assertThat(read.get("summary").get("dossierNumber").asText()).isEqualTo(number(binh));
            assertThat(read.get("openTasks").get(0).get("dossierNumber").asText()).isEqualTo(number(binh));

            // the case list and the task list carry the number and the applicant, and find by either
            JsonNode list = server.get("/api/cases?procedureCode=" + BIRTH).body();
            assertThat(list).hasSize(3).allSatisfy(c -> assertThat(c.get("dossierNumber").asText()).isNotBlank());
            assertThat(ids(server.get("/api/cases?q=" + enc("tran thi binh")).body())).containsExactly(id(binh));
            assertThat(ids(server.get("/api/cases?q=" + enc(number(cuong).toLowerCase()) + "&procedureCode="
                    + BIRTH).body())).containsExactly(id(cuong));
            assertThat(ids(server.get("/api/cases?q=" + enc("Nguyễn")).body())).containsExactly(id(an));
            assertThat(server.get("/api/cases?q=" + enc("79-" + day)).body()).hasSize(2);
            JsonNode tasks = server.get("/api/tasks?q=" + enc("nguyen van an")).body();
            assertThat(tasks).isNotEmpty().allSatisfy(t -> {
                assertThat(t.get("caseId").asText()).isEqualTo(id(an));
                assertThat(t.get("dossierNumber").asText()).isEqualTo(number(an));
                assertThat(t.get("applicantName").asText()).isEqualTo("Nguyễn Văn An");
            });
            assertThat(server.get("/api/tasks?q=" + enc("79-" + day)).body()).as("the tasks of both cases found")
                    .extracting(t -> t.get("caseId").asText()).contains(id(an), id(binh)).doesNotContain(id(cuong));
            assertThat(server.get("/api/tasks?procedureCode=" + BIRTH).body())
                    .allSatisfy(t -> assertThat(t.get("dossierNumber").asText()).isNotBlank());
            var inHanoi = server.as(hanoi.substring(7));
            assertThat(inHanoi.get("/api/cases?q=" + enc("Nguyễn Văn An")).body()).isEmpty();
            assertThat(inHanoi.get("/api/tasks?q=" + enc("Nguyễn Văn An")).body()).isEmpty();
            assertThat(ids(inHanoi.get("/api/cases?q=" + enc("cuong")).body())).containsExactly(id(cuong));

            // the receipt: issued with a look-up code, printed as a Word document with every field
            var issued = server.post("/api/cases/" + id(an) + "/receipt", "", USER, officer);
            assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
            JsonNode receipt = issued.body();
            String code = receipt.get("lookupCode").asText();
            assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
            assertThat(receipt.get("dossierNumber").asText()).isEqualTo(number(an));
            assertThat(receipt.get("applicantName").asText()).isEqualTo("Nguyễn Văn An");
            assertThat(receipt.get("receiverName").asText()).isEqualTo("Võ Thị Tiếp Nhận");
            assertThat(receipt.get("procedureName").asText()).containsIgnoringCase("khai sinh");
            assertThat(receipt.get("components")).isNotEmpty();
            assertThat(receipt.get("statusPage").asText()).isEqualTo("/status.html");
            assertThat(inHanoi.post("/api/cases/" + id(an) + "/receipt", "").status()).isEqualTo(403);

            var docx = server.downloadFile("/api/cases/" + id(an) + "/receipt.docx?code=" + code);
            assertThat(docx.status()).isEqualTo(200);
            assertThat(docx.contentType()).contains("wordprocessingml");
            String text;
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                 XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                text = words.getText();
            }
            String due = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(Instant.parse(
                    an.get("summary").get("dueAt").asText()).atZone(VIETNAM));
            assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + number(an),
                    "Nguyễn Văn An", receipt.get("procedureName").asText(), "ngày " + due, "Võ Thị Tiếp Nhận",
                    "Mã tra cứu: " + code, receipt.get("components").get(0).get("name").asText(),
                    "/status.html");
            assertThat(server.downloadFile("/api/cases/" + id(an) + "/receipt.docx?code=AAAAAAAAAA").status())
                    .isEqualTo(400);

            // the public status: the right number and code show the status, due date and outcome, nothing more
            var anonymous = server.anonymous();
            assertThat(anonymous.get("/status.html").status()).isEqualTo(200);
            assertThat(anonymous.get("/receipt.html?case=" + id(an)).status()).isEqualTo(302);
            var status = lookup(anonymous, number(an), code);
            assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
            List<String> shown = new ArrayList<>();
            status.body().fieldNames().forEachRemaining(shown::add);
            assertThat(shown).containsExactly("dossierNumber", "state", "dueAt", "endedAt", "outcome");
            assertThat(status.body().get("state").asText()).isEqualTo("ACTIVE");
            assertThat(status.body().get("dueAt").asText()).isEqualTo(an.get("summary").get("dueAt").asText());
            assertThat(lookup(anonymous, " " + number(an).toLowerCase() + " ", code.toLowerCase()).status())
                    .isEqualTo(200);

            var wrongCode = lookup(anonymous, number(an), "ABCDEFGHJK");
            var unknownNumber = lookup(anonymous, "79-" + day + "-0099", code);
            var otherDossier = lookup(anonymous, number(binh), code);
            for (var refused : List.of(wrongCode, unknownNumber, otherDossier)) {
                assertThat(refused.status()).isEqualTo(404);
                assertThat(refused.body().get("message").asText()).isEqualTo(wrongCode.body().get("message").asText());
                assertThat(refused.raw().body()).doesNotContain(id(an), id(binh), "Nguyễn", "Trần");
            }

            // printing again issues a new code: the former one stops working
            String second = server.post("/api/cases/" + id(an) + "/receipt", "", USER, officer).body()
                    .get("lookupCode").asText();
            assertThat(second).isNotEqualTo(code);
            assertThat(lookup(anonymous, number(an), code).status()).isEqualTo(404);
            assertThat(lookup(anonymous, number(an), second).status()).isEqualTo(200);

            // an ended case shows that it ended; repeated failures for one number block it for a while
            String cuongCode = server.post("/api/cases/" + id(cuong) + "/receipt", "", USER, officer).body()
                    .get("lookupCode").asText();
            ReceivedDossiers.workToTheEnd(server, officer, id(cuong));
            JsonNode ended = lookup(anonymous, number(cuong), cuongCode).body();
            assertThat(ended.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(ended.get("endedAt").asText()).isNotBlank();
            for (int i = 0; i < 5; i++) {
                assertThat(lookup(anonymous, number(cuong), "WRONG" + i).status()).isEqualTo(404);
            }
            var blocked = lookup(anonymous, number(cuong), cuongCode);
            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.header("Retry-After")).isNotBlank();
            assertThat(lookup(anonymous, number(an), second).status()).isEqualTo(200);

            // a case received before numbering (started on the engine alone) keeps working without a number
            String unnumbered = server.application.engine().startCase(new StartCase(BIRTH, "79", Channel.COUNTER, 5,
                    java.util.Map.of(), "tiep-nhan")).id();
            var old = server.get("/api/cases/" + unnumbered);
            assertThat(old.status()).isEqualTo(200);
            assertThat(old.body().get("summary").get("dossierNumber").isNull()).isTrue();
            assertThat(server.get("/api/cases?procedureCode=" + BIRTH).body()).anySatisfy(c -> {
                assertThat(c.get("id").asText()).isEqualTo(unnumbered);
                assertThat(c.get("dossierNumber").isNull()).isTrue();
            });
            assertThat(server.get("/api/tasks?caseId=" + unnumbered).status()).isEqualTo(200);
            assertThat(server.post("/api/cases/" + unnumbered + "/receipt", "", USER, officer).status())
                    .isEqualTo(404);
        }
    }

    private TestServer.Response lookup(TestServer client, String number, String code) throws Exception {
        return client.post("/api/dossier-status", json.writeValueAsString(json.createObjectNode()
                .put("dossierNumber", number).put("code", code)));
    }

    private JsonNode start(TestServer server, String officer, String locality, String applicant) throws Exception {
        ObjectNode request = ReceivedDossiers.request(server, BIRTH, locality, applicant);
        var created = server.post("/api/cases", json.writeValueAsString(request), USER, officer);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
    }


    private static String number(JsonNode view) {
        return view.get("summary").get("dossierNumber").asText();
    }

    private static String id(JsonNode view) {
        return view.get("summary").get("id").asText();
    }

    private static List<String> ids(JsonNode cases) {
        List<String> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
