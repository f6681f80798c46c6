package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.TestDatabase;
import procedo.engine.Channel;
import procedo.engine.StartCase;
import procedo.engine.WorkflowEngine;
import procedo.modeler.Application;
import procedo.modeler.observatory.ThresholdSettings;

/**
 * The observatory over HTTP on H2 and PostgreSQL: each figure can be recomputed from what the catalog, the cost model
 * and the engine say elsewhere; the filters narrow the rows and the figures; a column without data says why on every
 * row instead of showing a zero; the engine's counts stand beside the statistics, never in their place; and the
 * workbook holds the same values.
 */
class ObservatoryApiTest {

    /** Birth registration: statistics in every province, no workflow running. */
    private static final String BIRTH = "1.001193";
    /** The procedure whose one-task workflow the test runs. */
    private static final String RUN = "1.000656";
    private static final List<String> DECLARED = List.of("digitisedShare", "electronicResults", "satisfaction",
            "stage");

    static List<TestDatabase> databases() {
        return TestDatabase.all().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyFigureIsRecomputableFromItsSourcesAndMissingDataIsSaidToBeMissing(TestDatabase database) throws Exception {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            TestServer vi = server.inVietnamese();

            JsonNode all = vi.get("/api/observatory").body();
            assertThat(all.get("columns").findValuesAsText("key")).containsExactly("volume", "onlineShare",
                    "onTimeRate", "refusalRate", "digitisedShare", "electronicResults", "satisfaction",
                    "costPerDossier", "stage");
            JsonNode onTimeColumn = column(all, "onTimeRate");
            assertThat(onTimeColumn.get("label").asText()).isEqualTo("Tỷ lệ giải quyết đúng hạn");
            assertThat(onTimeColumn.get("direction").asText()).isEqualTo("HIGHER_IS_BETTER");
            assertThat(onTimeColumn.get("good").decimalValue()).isEqualByComparingTo("0.95");
            assertThat(column(all, "refusalRate").get("hasData").asBoolean()).isTrue();
            // digitisation has data now (recorded at intake): a procedure without recorded dossiers says so
            assertThat(column(all, "digitisedShare").get("hasData").asBoolean()).isTrue();
            assertThat(row(all, BIRTH).get("figures").get("digitisedShare").get("missing").asText()).isEqualTo(
                    "Chưa có hồ sơ nào được ghi nhận hình thức của thành phần hồ sơ (giấy, bản quét, nộp điện tử, tái sử"
                            + " dụng dữ liệu) trong phạm vi đã chọn");
            int active = server.get("/api/procedures?limit=1").body().get("total").asInt();
            assertThat(all.get("total").asInt()).isEqualTo(active).isEqualTo(all.get("rows").size());
            assertThat(all.get("months")).hasSize(12);

            // volume and online share: the sums of the procedure's usage figures of its latest year
            JsonNode birth = row(all, BIRTH);
            long total = 0;
            long online = 0;
            int localities = 0;
            for (JsonNode u : server.get("/api/procedures/" + BIRTH + "/usage").body().get("stats")) {
                if (u.get("year").asInt() == 2024) {
                    total += u.get("dossiersTotal").asLong();
                    online += u.get("dossiersOnline").asLong();
                    localities++;
                }
            }
            JsonNode volume = birth.get("figures").get("volume");
            assertThat(volume.get("value").asLong()).isEqualTo(total).isEqualTo(849_999L);
            assertThat(volume.get("source").asText()).isEqualTo("STATISTICS");
            assertThat(volume.get("year").asInt()).isEqualTo(2024);
            assertThat(volume.get("localities").asInt()).isEqualTo(localities).isEqualTo(34);
            assertThat(volume.get("note").asText()).isEqualTo("849.999 hồ sơ năm 2024, cộng số liệu của 34 địa phương"
                    + " (nguồn: ước tính)");
            assertThat(volume.get("beside").isNull()).as("nothing measured yet").isTrue();
            assertThat(birth.get("figures").get("onlineShare").get("value").decimalValue()).isEqualByComparingTo(
                    BigDecimal.valueOf(online).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
            assertThat(birth.get("figures").get("onlineShare").get("rating").asText()).isIn("GOOD", "MEDIUM", "POOR");

            // compliance cost per dossier: the procedure's own as-is cost, in whole đồng
            BigDecimal cost = server.get("/api/procedures/" + BIRTH + "/cost").body().get("comparison").get("asIs")
                    .get("costPerDossierVnd").decimalValue();
            JsonNode costFigure = birth.get("figures").get("costPerDossier");
            assertThat(costFigure.get("value").decimalValue()).isEqualByComparingTo(cost.setScale(0,
                    RoundingMode.HALF_UP));
            assertThat(costFigure.get("source").asText()).isEqualTo("COST_MODEL");
            assertThat(costFigure.get("note").asText()).startsWith("Mô hình chi phí chuẩn (SCM): ");

            // no workflow runs: no on-time rate, and no zero either; the statistics' share stands beside
            JsonNode onTime = birth.get("figures").get("onTimeRate");
            assertThat(onTime.get("value").isNull()).isTrue();
            assertThat(onTime.get("missingCode").asText()).isEqualTo("modeler.observatory.missing.notRunning");
            assertThat(onTime.get("beside").get("source").asText()).isEqualTo("STATISTICS");
            assertThat(birth.get("running").asBoolean()).isFalse();
            assertThat(birth.get("trend").isNull()).isTrue();

            // the columns whose data Procedo does not record yet: missing on every row, with the reason
            for (JsonNode r : all.get("rows")) {
                for (String key : DECLARED) {
                    JsonNode f = r.get("figures").get(key);
                    assertThat(f.get("value").isNull()).as(r.get("code").asText() + " " + key).isTrue();
                    assertThat(f.get("missing").asText()).isNotBlank();
                    assertThat(f.get("rating").isNull()).isTrue();
                }
            }

            // filters: a field, an agency, a province, a year
            JsonNode civil = server.get("/api/observatory?field=" + enc("Hộ tịch")).body();
            int civilCount = server.get("/api/fields").body().get("Hộ tịch").asInt();
            assertThat(civil.get("rows")).hasSize(civilCount).allSatisfy(r ->
                    assertThat(r.get("field").asText()).isEqualTo("Hộ tịch"));
            String agency = birth.get("agencyCode").asText();
            assertThat(server.get("/api/observatory?agency=" + enc(agency)).body().get("rows")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("agencyCode").asText()).isEqualTo(agency));
            long hcmc = 0;
            for (JsonNode u : server.get("/api/procedures/" + BIRTH + "/usage").body().get("stats")) {
                if (u.get("localityCode").asText().equals("79") && u.get("year").asInt() == 2024) {
                    hcmc = u.get("dossiersTotal").asLong();
                }
            }
            JsonNode inHcmc = row(server.get("/api/observatory?province=79").body(), BIRTH);
            assertThat(inHcmc.get("figures").get("volume").get("value").asLong()).isEqualTo(hcmc);
            assertThat(inHcmc.get("figures").get("volume").get("localities").asInt()).isEqualTo(1);
            JsonNode in2023 = server.get("/api/observatory?year=2023").body();
            assertThat(in2023.get("months")).hasSize(12);
            assertThat(in2023.get("months").get(0).asText()).isEqualTo("2023-01");
            assertThat(row(in2023, BIRTH).get("figures").get("volume").get("missingCode").asText())
                    .isEqualTo("modeler.observatory.missing.noStatisticsIn");
            var wrong = server.get("/api/observatory?province=99&year=2999");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body().get("errors").findValuesAsText("field")).containsExactly("year");
            var unknown = server.get("/api/observatory?province=99");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body().get("errors").findValuesAsText("field")).containsExactly("province");

            // a province's reported statistics win over its estimate, in the sum too
            var recorded = server.post("/api/procedures/" + BIRTH + "/usage", """
                    {"stats": [{"localityCode": "79", "year": 2024, "source": "IMPORTED", "dossiersTotal": 100000,
                                "dossiersOnline": 60000, "dossiersOnTime": 99000}]}""");
            assertThat(recorded.status()).as(recorded.raw().body()).isLessThan(300);
            JsonNode reported = row(vi.get("/api/observatory").body(), BIRTH).get("figures").get("volume");
            assertThat(reported.get("value").asLong()).isEqualTo(total - hcmc + 100_000);
            assertThat(reported.get("localities").asInt()).isEqualTo(34);
            assertThat(reported.get("note").asText()).endsWith("(nguồn: ước tính, thống kê báo cáo)");

            workbookHoldsTheSameValues(vi, row(vi.get("/api/observatory").body(), BIRTH));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theEngineGivesTheOnTimeRateAndTheTrendAndItsCountsStandBesideTheStatistics(TestDatabase database) {
        try (TestDatabase.Instance db = database.create();
             TestServer server = TestServer.start(db.settings(), Application.EngineOptions.quiet())) {
            server.application.loadDemoIfEmpty();
            var saved = server.send("PUT", "/api/procedures/" + RUN + "/models/TO_BE",
                    oneTaskModel().getBytes(StandardCharsets.UTF_8), "application/xml");
            assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
            var deployed = server.post("/api/procedures/" + RUN + "/deployments", "");
            assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
            JsonNode before = row(server.get("/api/observatory").body(), RUN);
            long statistics = before.get("figures").get("volume").get("value").asLong();

            WorkflowEngine engine = server.application.engine();
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                cases.add(engine.startCase(new StartCase(RUN, "79", i == 0 ? Channel.COUNTER : Channel.ONLINE, 5,
                        Map.of("applicantName", "Nguyễn Văn An"), "can.bo")).id());
            }
            for (String id : cases.subList(0, 2)) {
                engine.complete(engine.findCase(id).orElseThrow().openTasks().get(0).id(), "can.bo", Map.of());
            }

            JsonNode hcmc = row(server.get("/api/observatory?province=79").body(), RUN);
            assertThat(hcmc.get("running").asBoolean()).isTrue();
            JsonNode kpis = server.get("/api/procedures/" + RUN + "/kpis?locality=79").body();
            JsonNode onTime = hcmc.get("figures").get("onTimeRate");
            assertThat(onTime.get("value").decimalValue()).isEqualByComparingTo(kpis.get("onTimeRate").decimalValue())
                    .isEqualByComparingTo("1");
            assertThat(onTime.get("dossiers").asLong()).isEqualTo(kpis.get("casesDecided").asLong()).isEqualTo(2);
            assertThat(onTime.get("source").asText()).isEqualTo("ENGINE");
            assertThat(onTime.get("rating").asText()).isEqualTo("GOOD");
            assertThat(onTime.get("note").asText()).as("in the client's language, English")
                    .isEqualTo("2 of 2 dossiers decided on the system (granted or refused) were on time, since the "
                            + "workflow started running");
            JsonNode refusal = hcmc.get("figures").get("refusalRate");
            assertThat(refusal.get("value").decimalValue()).as("both dossiers were granted").isZero();
            assertThat(refusal.get("dossiers").asLong()).isEqualTo(kpis.get("casesDecided").asLong()).isEqualTo(2);
            assertThat(refusal.get("source").asText()).isEqualTo("ENGINE");
            assertThat(refusal.get("note").asText())
                    .isEqualTo("0 of 2 dossiers decided on the system were refused, since the workflow started running");
            assertThat(onTime.get("beside").get("sourceName").asText()).isEqualTo("statistics");
            String thisMonth = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
            assertThat(hcmc.get("trend")).hasSize(12);
            assertThat(hcmc.get("trend").get(11).asLong()).isEqualTo(3);
            assertThat(server.get("/api/observatory?province=79").body().get("months").get(11).asText())
                    .isEqualTo(thisMonth);
            JsonNode hanoi = row(server.get("/api/observatory?province=01").body(), RUN);
            assertThat(hanoi.get("figures").get("onTimeRate").get("missingCode").asText())
                    .isEqualTo("modeler.observatory.missing.noneCompleted");
            assertThat(hanoi.get("trend").get(11).asLong()).isZero();

            // the engine's count, once fed into the catalog, stands beside the statistics and never replaces them
            server.application.measuredUsage().feed();
            JsonNode fed = row(server.get("/api/observatory").body(), RUN).get("figures");
            assertThat(fed.get("volume").get("value").asLong()).isEqualTo(statistics);
            assertThat(fed.get("volume").get("source").asText()).isEqualTo("STATISTICS");
            JsonNode measured = fed.get("volume").get("beside");
            assertThat(measured.get("source").asText()).isEqualTo("MEASURED");
            assertThat(measured.get("value").asLong()).isEqualTo(3);
            assertThat(measured.get("year").asInt()).isEqualTo(YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
            assertThat(fed.get("onlineShare").get("beside").get("value").decimalValue()).isEqualByComparingTo("0.6667");

            // thresholds come from the settings: with "good" raised above 100 %, a full on-time rate is only medium
            server.application.useObservatoryThresholds(ThresholdSettings.load(thresholds("onTimeRate.good = 1.01\n")));
            assertThat(row(server.get("/api/observatory?province=79").body(), RUN).get("figures").get("onTimeRate")
                    .get("rating").asText()).isEqualTo("MEDIUM");
            assertThat(column(server.get("/api/observatory").body(), "onTimeRate").get("good").decimalValue())
                    .isEqualByComparingTo("1.01");
        }
    }

    private void workbookHoldsTheSameValues(TestServer vi, JsonNode birth) throws Exception {
        TestServer.Download file = vi.downloadFile("/api/observatory.xlsx");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith(procedo.modeler.web.http.Downloads.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).startsWith("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cơ quan thực hiện",
                    "Số hồ sơ/năm", "Tỷ lệ hồ sơ trực tuyến (%)");
            assertThat(headers).contains("Chi phí tuân thủ/hồ sơ (đ)", "Tỷ lệ từ chối giải quyết (%)",
                    "Tỷ lệ giải quyết đúng hạn (%) — số liệu thống kê");
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(BIRTH)) {
                    row = r;
                }
            }
            assertThat(row).as("the birth registration's row").isNotNull();
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(row.getCell(headers.indexOf("Số hồ sơ/năm")).getNumericCellValue())
                    .isEqualTo(birth.get("figures").get("volume").get("value").asDouble());
            assertThat(row.getCell(headers.indexOf("Tỷ lệ hồ sơ trực tuyến (%)")).getNumericCellValue())
                    .isEqualTo(birth.get("figures").get("onlineShare").get("value").decimalValue()
                            .multiply(BigDecimal.valueOf(100)).doubleValue());
            assertThat(row.getCell(headers.indexOf("Tỷ lệ từ chối giải quyết (%)")).getStringCellValue())
                    .isEqualTo("Chưa có số liệu");
        }
    }

    private static java.nio.file.Path thresholds(String text) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("nguong", ".properties");
            java.nio.file.Files.writeString(file, text);
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode row(JsonNode observatory, String code) {
        for (JsonNode r : observatory.get("rows")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + code + " in " + observatory);
    }

    private static JsonNode column(JsonNode observatory, String key) {
        for (JsonNode c : observatory.get("columns")) {
            if (c.get("key").asText().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no column " + key);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String oneTaskModel() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1" name="Hồ sơ đến"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_Check" name="Thẩm định hồ sơ" camunda:candidateGroups="mot-cua">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_1" name="Đã thẩm định"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Check"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
    }
}
