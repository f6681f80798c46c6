package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the pages show of codes and figures, as a Vietnamese officer reads them: enumerations by their Vietnamese
 * names (never DRAFT, CITIZEN, balanced, ABOLISHED), numbers in vi-VN (dot thousands, decimal comma, units), dates
 * dd/MM/yyyy, differences as labelled sentences, the ranking's explanation with how a contribution is computed —
 * and English names behind the switch.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class PageFiguresBrowserTest {

    private static final String CODE = "1.001193";
    /** Whole đồng as the pages write them: "3.000.000 đ". */
    private static final String VND = "\\d{1,3}(\\.\\d{3})* đ";
    /** An amount as the explanation writes it: whole đồng below a million, else "4.019,5 tỷ đ". */
    private static final String AMOUNT = "(\\d{1,3}(\\.\\d{3})* đ|\\d{1,3}(\\.\\d{3})*(,\\d)? (triệu|tỷ) đ)";
    private static final String DATE_TIME = "\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}";
    private static final List<String> RAW_CODES = List.of("DRAFT", "PROPOSED", "APPROVED", "IMPLEMENTED", "PUBLISHED",
            "CITIZEN", "BUSINESS", "COMMUNE", "PROVINCE", "CENTRAL", "ACTIVE", "ABOLISHED", "IN_PERSON", "ONLINE",
            "balanced", "quick-wins", "processingDays", "amountVnd", "PLAN_CREATED");

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    PageFiguresBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    @BeforeEach
    void wide() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1400));
    }

    /** The text shown by what css finds, read at once (the page may be rendering it again). */
    private String text(String css) {
        Object shown = browser.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
        return String.valueOf(shown).trim();
    }

    private void switchLanguage() {
        browser.findElement(By.id("lang")).click();
    }

    private static void assertNoRawCode(String shown) {
        RAW_CODES.forEach(code -> assertThat(shown).as("shown text").doesNotContainPattern("\\b" + code + "\\b"));
    }

    /** What "1.234.567.890 đ/năm" reads as shortened: "1,2 tỷ đ/năm" (one decimal, vi-VN). */
    private static String shortened(String exact) {
        BigDecimal amount = new BigDecimal(exact.replaceAll("[^0-9]", ""));
        String[][] steps = {{"1000000000", "tỷ đ"}, {"1000000", "triệu đ"}};
        for (String[] step : steps) {
            BigDecimal size = new BigDecimal(step[0]);
            if (amount.compareTo(size) >= 0) {
                BigDecimal value = amount.divide(size, 1, RoundingMode.HALF_UP).stripTrailingZeros();
                String digits = String.format(Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value)
                        .replace(',', ' ').replace('.', ',').replace(' ', '.');
                return digits + " " + step[1] + "/năm";
            }
        }
        return exact;
    }

    /** The cells of the explanation row, by criterion. */
    private Map<String, List<String>> explanation() {
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.explain")));
        return row.findElements(By.cssSelector("table > tbody > tr")).stream().collect(Collectors.toMap(
                r -> r.getAttribute("data-criterion"),
                r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::trim).toList()));
    }

    @Test
    void theRankingWritesScoresAndAmountsTheVietnameseWayAndSaysHowAContributionIsComputed() {
        browser.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.item"), 5));
        WebElement first = browser.findElements(By.cssSelector("tr.item")).get(0);
        List<WebElement> cells = first.findElements(By.tagName("td"));
        assertThat(cells.get(3).getText().trim()).matches("\\d{1,3},\\d{2}");
        assertThat(cells.get(5).getText().trim()).matches("\\d{1,3}(\\.\\d{3})+");
        assertThat(browser.findElement(By.id("profile")).findElements(By.tagName("option")))
                .extracting(WebElement::getText).contains("Cân bằng", "Làm được ngay").doesNotContain("balanced");
        assertThat(text("#summary")).contains("“Cân bằng”");
        assertThat(browser.findElements(By.cssSelector("#level option, #online option"))).extracting(WebElement::getText)
                .contains("Trung ương", "Cấp tỉnh", "Cấp xã", "Chưa trực tuyến", "Trực tuyến một phần", "Trực tuyến toàn trình");

        first.click();
        Map<String, List<String>> explained = explanation();
        assertThat(explained.get("VOLUME").get(1)).matches("\\d{1,3}(\\.\\d{3})* hồ sơ/năm");
        assertThat(explained.get("ANNUAL_COST").get(1)).matches(AMOUNT + "/năm");
        assertThat(explained.get("SAVING_POTENTIAL").get(1)).matches(AMOUNT + "/năm");
        String exactCost = browser.findElement(By.cssSelector("tr.explain tr[data-criterion=ANNUAL_COST] td:nth-child(2)"))
                .getAttribute("title");
        assertThat(exactCost).matches(VND + "/năm");
        assertThat(explained.get("ANNUAL_COST").get(1)).isEqualTo(shortened(exactCost));
        assertThat(explained.get("READINESS").get(1)).matches("\\d+(,\\d)? % thành phần hồ sơ tái sử dụng được");
        assertThat(explained.get("ONLINE_GAP").get(1)).matches("(1|0,5|0) \\((Chưa trực tuyến|Trực tuyến một phần|Trực tuyến toàn trình)\\)");
        assertThat(explained.get("VOLUME").get(2)).matches("[01](,\\d{1,3})?");
        assertThat(explained.get("VOLUME").get(3)).isEqualTo("25 %");
        assertThat(explained.get("READINESS").get(3)).isEqualTo("15 %");
        assertThat(explained.values()).allSatisfy(row -> assertThat(row.get(4)).matches("\\d{1,3},\\d{2}"));
        String how = text("tr.explain .explain-how");
        assertThat(how).contains("100 × trọng số × giá trị chuẩn hóa", "thang lô-ga-rít",
                "Điểm " + cells.get(3).getText().trim() + " là tổng các đóng góp");
        assertNoRawCode(text("#ranking"));

        switchLanguage();
        wait.until(d -> text("#summary").contains("“Balanced”"));
        // the explanation shown before (#explain= in the address) is shown again, in English
        wait.until(d -> text("tr.explain").contains("VND/year"));
        explained = explanation();
        assertThat(explained.get("ANNUAL_COST").get(1)).matches("\\d{1,3}(\\.\\d{3})*(,\\d)? (VND|million VND|billion VND)/year");
        assertThat(explained.get("ONLINE_GAP").get(1)).matches("(1|0,5|0) \\((Not online|Partly online|Fully online)\\)");
        assertThat(text("tr.explain .explain-how")).contains("100 × weight × normalised value");
        assertThat(browser.findElement(By.id("profile")).findElements(By.tagName("option")))
                .extracting(WebElement::getText).contains("Balanced", "Quick wins");
        assertThat(browser.findElements(By.cssSelector("#level option, #online option"))).extracting(WebElement::getText)
                .contains("Central", "Province", "Commune", "Not online", "Partly online", "Fully online");
    }

    @Test
    void theProcedurePageNamesItsEnumerationsAndWritesItsFiguresWithUnits() throws Exception {
        browser.get(base + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cost .kpi.saving")));
        assertThat(text("[data-fact=applicantType]")).isEqualTo("Công dân");
        assertThat(text("[data-fact=level]")).isEqualTo("Cấp xã");
        assertThat(text("[data-fact=status]")).isEqualTo("Đang hiệu lực");
        assertThat(text("[data-fact=onlineLevel]")).isIn("Chưa trực tuyến", "Trực tuyến một phần", "Trực tuyến toàn trình");
        assertThat(text("[data-fact=processingDays]")).matches("\\d+ ngày làm việc");
        assertThat(text("[data-kpi=perDossier]")).matches(VND + " → " + VND);
        assertThat(text("[data-kpi=saving]")).matches(VND + " \\(\\d+(,\\d{1,2})? %\\)");
        assertNoRawCode(text("#facts") + text("#dossier") + text("#fees") + text("#cost"));

        switchLanguage();
        wait.until(d -> text("[data-fact=applicantType]").equals("Citizens"));
        assertThat(text("[data-fact=level]")).isEqualTo("Commune");
        assertThat(text("[data-fact=processingDays]")).matches("\\d+ working days?");
        assertThat(text("[data-kpi=perDossier]")).matches("\\d{1,3}(\\.\\d{3})* VND → \\d{1,3}(\\.\\d{3})* VND");
    }

    @Test
    void anAbolishedProcedureSaysSoInWords() throws Exception {
        String code = "9.300077";
        ObjectNode procedure = (ObjectNode) read("/api/procedures/" + CODE);
        procedure.remove(List.of("withdrawal", "version"));
        procedure.put("code", code).put("name", "Thủ tục thử đã bãi bỏ").put("status", "ABOLISHED").putNull("formerCode");
        HttpResponse<String> created = send("POST", "/api/procedures", json.writeValueAsString(procedure));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            browser.get(base + "/procedure.html?code=" + code);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-fact=status]")));
            assertThat(text("[data-fact=status]")).isEqualTo("Đã bãi bỏ");
            switchLanguage();
            wait.until(d -> text("[data-fact=status]").equals("Abolished"));
        } finally {
            assertThat(send("DELETE", "/api/procedures/" + code, null).statusCode()).isIn(200, 204);
        }
    }

    @Test
    void planStatusesAndAuditActionsAreNamedOnThePlanReportsAndAuditPages() throws Exception {
        HttpResponse<String> created = send("POST", "/api/procedures/" + CODE + "/plans",
                "{\"title\": \"Tên của trạng thái\", \"measures\": [{\"kind\": \"CUT_FEE\", \"percent\": 50}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode createdPlan = json.readTree(created.body());
        long plan = createdPlan.get("id").asLong();
        String createdAt = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(Instant.parse(createdPlan.at("/history/0/at").asText()));
        try {
            browser.get(base + "/procedure.html?code=" + CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-status")));
            assertThat(text("#plan-status")).isEqualTo("Dự thảo");
            assertThat(text("#plan-measures")).contains("50 %");
            assertThat(text("#plan-saving")).matches(VND);
            assertThat(text("#plan-percent")).matches("\\d+(,\\d{1,2})? %");
            assertThat(text("#plan .plan-figures")).containsPattern("\\d+ ngày làm việc → \\d+ ngày làm việc");
            // the plan's history: when in Viet Nam's time, whatever the browser's zone, and the status by its name
            assertThat(browser.executeScript("return [...document.querySelectorAll('#plan-history tbody tr:first-child td')]"
                    + ".map((td) => td.textContent)"))
                    .isEqualTo(java.util.List.of(createdAt, "—", "Dự thảo", BrowserSite.ADMIN));
            assertThat(text("#plan-suggestions")).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b|\\b(NONE|PARTIAL|FULL)\\b");
            switchLanguage();
            wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Draft"));
            assertThat(text("#plan-suggestions")).isNotEmpty()
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b|\\b(NONE|PARTIAL|FULL)\\b");

            browser.get(base + "/reports.html");
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#r-agency option"), 1));
            assertThat(browser.findElements(By.cssSelector("#r-status option"))).extracting(WebElement::getText)
                    .contains("Draft plans only", "Proposed plans only", "Approved plans only", "Implemented plans only");
            switchLanguage();
            wait.until(d -> d.findElements(By.cssSelector("#r-status option")).stream()
                    .anyMatch(o -> o.getText().equals("Chỉ phương án đã phê duyệt")));
            assertThat(browser.findElements(By.cssSelector("#r-status option"))).extracting(WebElement::getText)
                    .contains("Chỉ phương án dự thảo", "Chỉ phương án đã đề xuất", "Chỉ phương án đã phê duyệt",
                            "Chỉ phương án đã thực hiện");
            assertNoRawCode(text("#report-filters"));

            browser.get(base + "/audit.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-table tr.audit-record")));
            WebElement record = browser.findElements(By.cssSelector("#audit-table tr.audit-record")).stream()
                    .filter(r -> r.getText().contains("Thêm phương án")).findFirst().orElseThrow();
            List<String> cells = record.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.get(1)).matches(DATE_TIME);
            assertThat(cells.get(5)).isEqualTo("Phương án " + plan);
        } finally {
            assertThat(send("DELETE", "/api/plans/" + plan, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void templateDeviationsReadAsSentencesWithFormattedValues() {
        browser.get(base + "/templates.html?code=" + CODE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deviation-table tr[data-locality='04']")));
        assertThat(browser.findElements(By.cssSelector("#package-list tr.item td:nth-child(4)")))
                .extracting(WebElement::getText).isNotEmpty().allMatch(s -> s.equals("Dự thảo") || s.equals("Đã công bố"));
        assertThat(browser.findElements(By.cssSelector("#versions tbody tr td:nth-child(3)")))
                .extracting(WebElement::getText).allMatch(s -> s.matches("\\d{2}/\\d{2}/\\d{4}"));
        String cao = text("#deviation-table tr[data-locality='04']");
        assertThat(cao).containsPattern("thời hạn dài hơn Thời hạn giải quyết: \\d+ ngày làm việc → \\d+ ngày làm việc")
                .contains("thêm giấy tờ", "(chỉ có ở địa phương)");
        assertNoRawCode(text("#deviation-table"));
        switchLanguage();
        wait.until(d -> text("#deviation-table tr[data-locality='04']").contains("Processing time: "));
        assertThat(text("#deviation-table tr[data-locality='04']")).contains("longer time", "(local only)");
    }

    @Test
    void theWorkflowTaskAndCasePagesNameStatesGroupsAndChannelsAndWriteTimesInVietNam() throws Exception {
        String code = "9.300078";
        ObjectNode procedure = (ObjectNode) read("/api/procedures/1.004884");
        procedure.remove(List.of("withdrawal", "version"));
        procedure.put("code", code).put("name", "Thủ tục thử tên trạng thái").putNull("formerCode");
        HttpResponse<String> created = send("POST", "/api/procedures", json.writeValueAsString(procedure));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            String bpmn = WorkflowPages.oneTaskModel("mot-cua");
            assertThat(send("PUT", "/api/procedures/" + code + "/models/TO_BE", bpmn, "application/xml").statusCode())
                    .isEqualTo(201);
            assertThat(send("POST", "/api/procedures/" + code + "/deployments", "").statusCode()).isEqualTo(201);
            List<JsonNode> fields = new java.util.ArrayList<>();
            WorkflowPages.keyed(read("/api/procedures/" + code + "/start-form").get("schema").get("components"), fields);
            ObjectNode data = json.createObjectNode();
            for (JsonNode f : fields) {
                String key = f.get("key").asText();
                if (f.get("type").asText().equals("checkbox")) {
                    data.put(key, true);
                } else if (key.equals("applicantName")) {
                    data.put(key, "Lê Thị Hoa");
                } else if (key.equals("applicantId")) {
                    data.put(key, "001190054321");
                }
            }
            ObjectNode body = json.createObjectNode().put("procedureCode", code).put("locality", "79").put("channel", "COUNTER");
            body.set("data", data);
            HttpResponse<String> started = send("POST", "/api/cases", body.toString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            String caseId = json.readTree(started.body()).at("/summary/id").asText();

            browser.get(base + "/workflows.html");
            String row = "#workflow-list tr[data-code='" + code + "']";
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
            List<String> cells = browser.findElements(By.cssSelector(row + " td")).stream().map(WebElement::getText).toList();
            assertThat(cells.get(1)).isEqualTo("toàn quốc");
            assertThat(cells.get(4)).matches(DATE_TIME);
            assertThat(cells.get(7)).isEqualTo("Đang hoạt động");

            browser.get(base + "/tasks.html?case=" + caseId);
            String task = "#task-list tr.task[data-case='" + caseId + "']";
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(task)));
            assertThat(text(task)).containsPattern(DATE_TIME).contains("Bộ phận một cửa");
            assertNoRawCode(text(task));

            browser.get(base + "/case.html?id=" + caseId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
            assertThat(text("#case-state")).isEqualTo("Đang giải quyết");
            assertThat(text("[data-fact=channel]")).isEqualTo("Trực tiếp tại Bộ phận một cửa");
            assertThat(text("[data-fact=started]")).matches(DATE_TIME);
            switchLanguage();
            wait.until(d -> text("#case-state").equals("In progress"));
            assertThat(text("[data-fact=channel]")).isEqualTo("At the one-stop desk");
            assertThat(text("[data-fact=started]")).matches(DATE_TIME);
        } finally {
            assertThat(send("DELETE", "/api/procedures/" + code, null).statusCode()).isIn(200, 204);
        }
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String body, String type) throws Exception {
        HttpRequest.Builder request = site.request(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
