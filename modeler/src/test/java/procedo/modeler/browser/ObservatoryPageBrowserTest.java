package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import procedo.engine.Channel;
import procedo.engine.StartCase;
import procedo.engine.WorkflowEngine;

/**
 * The observatory as a reform analyst reads it, in Vietnamese: every procedure with its figures, a running workflow's
 * on-time rate in the good colour and its monthly trend, the columns without data saying "Chưa có số liệu" and why;
 * filtered by province and field (kept in the address), sorted by a column with the figures nobody has last, and
 * downloaded as the server's workbook of the rows shown.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class ObservatoryPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Marriage registration: its workflow runs only for this test's site. */
    private static final String RUN = "1.000894";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    ObservatoryPageBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
    }

    @Test
    void theObservatoryShowsColoursTrendsAndMissingDataAndIsFilteredSortedAndDownloaded() throws Exception {
        runTheWorkflow();
        browser.get(site.base() + "/observatory.html");
        ready();

        assertThat(browser.findElement(By.tagName("h2")).getText())
                .isEqualTo("Đài quan sát chất lượng giải quyết thủ tục hành chính");
        assertThat(browser.findElement(By.cssSelector("header#top nav a.active")).getText()).isEqualTo("Đài quan sát");
        assertThat(headers()).contains("Số hồ sơ/năm", "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ giải quyết đúng hạn",
                "Tỷ lệ từ chối giải quyết", "Mức độ hài lòng", "Chi phí tuân thủ/hồ sơ", "Giai đoạn triển khai",
                "Hồ sơ tiếp nhận theo tháng");
        int total = api("/api/observatory").get("total").asInt();
        assertThat(browser.findElement(By.cssSelector(".long-table .page-range")).getText())
                .isEqualTo("1–" + Math.min(total, 50) + " / " + total + " thủ tục");

        WebElement refusal = cell("1.001193", "refusalRate");
        assertThat(refusal.getText()).isEqualTo("Chưa có số liệu");
        assertThat(refusal.findElement(By.cssSelector(".obs-value")).getAttribute("title"))
                .isEqualTo("Quy trình của thủ tục chưa vận hành trên hệ thống trong phạm vi đã chọn");
        WebElement notRunning = cell("1.001193", "onTimeRate");
        assertThat(notRunning.findElement(By.cssSelector(".obs-value")).getText()).isEqualTo("Chưa có số liệu");
        assertThat(notRunning.findElement(By.cssSelector(".obs-beside")).getText()).startsWith("số liệu thống kê: ");
        WebElement onTime = cell(RUN, "onTimeRate");
        assertThat(onTime.getAttribute("class")).contains("rating-good");
        assertThat(onTime.findElement(By.cssSelector(".obs-value")).getText()).isEqualTo("100 %");
        assertThat(onTime.getCssValue("background-color")).isEqualTo("rgba(227, 249, 229, 1)");
        assertThat(onTime.getAttribute("title")).isEqualTo("1 trên 1 hồ sơ đã có kết quả giải quyết (cấp hoặc từ chối) "
                + "trên hệ thống là đúng hạn, tính từ khi quy trình vận hành");
        WebElement trend = browser.findElement(By.cssSelector("tr[data-code='" + RUN + "'] td.obs-trend"));
        assertThat(trend.findElements(By.cssSelector("svg.sparkline polyline"))).hasSize(1);
        assertThat(trend.getAttribute("title")).startsWith("2 hồ sơ tiếp nhận trên hệ thống từ tháng ");
        assertThat(browser.findElement(By.cssSelector("tr[data-code='1.001193'] td.obs-trend")).getText()).isEqualTo("—");
        assertThat(browser.findElement(By.cssSelector("#obs-legend li[data-key=onTimeRate]")).getText())
                .isEqualTo("Tỷ lệ giải quyết đúng hạn: tốt từ 95 %, kém dưới 80 %");

        choose("obs-field", "Hộ tịch");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("observatory.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(BrowserSite.WINDOW);

        choose("obs-province", "79");
        assertThat(browser.getCurrentUrl()).contains("province=79").contains("field=" + URLEncoder.encode("Hộ tịch",
                StandardCharsets.UTF_8));
        List<WebElement> rows = browser.findElements(By.cssSelector("#observatory tbody tr"));
        int civil = api("/api/observatory?province=79&field=" + URLEncoder.encode("Hộ tịch", StandardCharsets.UTF_8))
                .get("total").asInt();
        assertThat(rows).hasSize(civil).allSatisfy(r ->
                assertThat(r.findElements(By.tagName("td")).get(2).getText()).isEqualTo("Hộ tịch"));
        assertThat(cell(RUN, "onTimeRate").getAttribute("class")).contains("rating-good");

        WebElement volume = browser.findElement(By.cssSelector("#observatory th[data-key=volume]"));
        volume.click();
        volume.click();
        wait.until(d -> "descending".equals(volume.getAttribute("aria-sort")));
        List<Double> volumes = new ArrayList<>();
        for (WebElement r : browser.findElements(By.cssSelector("#observatory tbody tr"))) {
            String sort = r.findElement(By.cssSelector("td[data-column=volume]")).getAttribute("data-sort");
            volumes.add(sort.isEmpty() ? null : Double.valueOf(sort));
        }
        assertThat(volumes.stream().filter(v -> v != null).toList()).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .isNotEmpty();
        WebElement onTimeHeader = browser.findElement(By.cssSelector("#observatory th[data-key=onTimeRate]"));
        onTimeHeader.click();
        wait.until(d -> "ascending".equals(onTimeHeader.getAttribute("aria-sort")));
        // other tests on this shared site may run workflows of their own: the figures come first, in order, then
        // every missing one, which says so
        List<WebElement> byOnTime = browser.findElements(By.cssSelector("#observatory tbody tr"));
        List<String> sorts = byOnTime.stream().map(r -> r.findElement(By.cssSelector("td[data-column=onTimeRate]"))
                .getAttribute("data-sort")).toList();
        int figures = (int) sorts.stream().filter(v -> !v.isEmpty()).count();
        assertThat(sorts.subList(0, figures)).allSatisfy(v -> assertThat(v).isNotEmpty())
                .extracting(Double::valueOf).isSorted();
        assertThat(byOnTime.subList(0, figures)).extracting(r -> r.getAttribute("data-code")).contains(RUN);
        assertThat(byOnTime.subList(figures, byOnTime.size())).isNotEmpty().allSatisfy(r -> assertThat(r.findElement(
                By.cssSelector("td[data-column=onTimeRate] .obs-value")).getText()).isEqualTo("Chưa có số liệu"));

        keepDownloads();
        browser.findElement(By.cssSelector(".long-table .export-xlsx")).click();
        Map.Entry<String, byte[]> file = download(0);
        assertThat(file.getKey()).isEqualTo("Đài-quan-sát.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getValue()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã thủ tục");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Số hồ sơ/năm");
            assertThat(sheet.getLastRowNum()).isEqualTo(civil);
        }
        // the CSV holds the rows as shown: a missing figure stays missing, whatever is written below it
        browser.findElement(By.cssSelector(".long-table .export-csv")).click();
        List<List<String>> csv = new String(download(1).getValue(), StandardCharsets.UTF_8).lines()
                .map(line -> List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))).toList();
        int onTimeAt = csv.get(0).indexOf("Tỷ lệ giải quyết đúng hạn");
        assertThat(csv).hasSize(civil + 1);
        List<List<String>> lines = csv.subList(1, csv.size());
        assertThat(lines).filteredOn(line -> line.get(0).equals(RUN)).singleElement().satisfies(line -> {
            assertThat(line.subList(0, 3)).containsExactly(RUN, "Thủ tục đăng ký kết hôn", "Hộ tịch");
            assertThat(line.get(onTimeAt)).isEqualTo("100");
        });
        // as on the page: the figures first, then every missing one, which says so (never a zero in its place)
        assertThat(lines.subList(0, figures)).allSatisfy(line -> assertThat(line.get(onTimeAt)).matches("\\d+(,\\d+)?"));
        assertThat(lines.subList(figures, lines.size()))
                .allSatisfy(line -> assertThat(line.get(onTimeAt)).isEqualTo("Chưa có số liệu"));
    }

    /** Deploys a one-task workflow for {@link #RUN} and receives two dossiers in province 79, one of them decided. */
    /** Passport issuance: piloted in Hồ Chí Minh City for this test's site. */
    private static final String PILOTED = "1.001456";

    @Test
    void thePilotComparisonShowsThePilotBesideElsewhereAndBeforeAndPromotesItToTheNationalRollout() throws Exception {
        PilotSetUp.pilotIn79(site, PILOTED);
        browser.get(site.base() + "/procedure.html?code=" + PILOTED);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pilot-link"))).click();
        wait.until(ExpectedConditions.urlContains("/pilot.html?code=" + PILOTED));
        ready();

        assertThat(browser.findElement(By.tagName("h2")).getText()).startsWith("Giai đoạn triển khai và so sánh thí điểm: "
                + PILOTED + " — Cấp hộ chiếu phổ thông");
        assertThat(browser.findElement(By.cssSelector(".pl-step.current")).getText()).isEqualTo("Thí điểm");
        assertThat(browser.findElements(By.cssSelector(".pl-step.done"))).extracting(WebElement::getText)
                .containsExactly("Thiết kế", "Thử nghiệm");
        assertThat(browser.findElement(By.id("pl-provinces")).getText())
                .isEqualTo("Tỉnh, thành phố thí điểm: Thành phố Hồ Chí Minh");
        assertThat(headers("#pl-table")).containsExactly("Chỉ số", "Tỉnh thí điểm, trong thời gian thí điểm",
                "Các tỉnh, thành phố khác, cùng thời gian", "Tỉnh thí điểm, trước khi thí điểm");

        JsonNode report = api("/api/procedures/" + PILOTED + "/pilot");
        assertThat(pilotCell("received", "PILOT").getText()).isEqualTo("3");
        assertThat(pilotCell("decided", "PILOT").getText()).isEqualTo("2");
        assertThat(pilotCell("received", "ELSEWHERE").getText()).isEqualTo("2");
        assertThat(pilotCell("decided", "ELSEWHERE").getText()).isEqualTo("1");
        assertThat(pilotCell("received", "BEFORE").getText()).isEqualTo("0");
        WebElement onTime = pilotCell("onTimeRate", "PILOT");
        assertThat(onTime.findElement(By.cssSelector(".pl-value")).getText()).isEqualTo("100 %");
        assertThat(onTime.getText()).endsWith("2 hồ sơ");
        assertThat(onTime.getAttribute("title")).isEqualTo("2 trên 2 hồ sơ đã giải quyết là đúng hạn");
        long cost = report.at("/groups/0/figures/costPerDossier/value").asLong();
        assertThat(pilotCell("costPerDossier", "PILOT").findElement(By.cssSelector(".pl-value")).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%,d", cost).replace(',', '.') + " đ");
        assertThat(pilotCell("costPerDossier", "PILOT").getAttribute("title"))
                .startsWith("Mô hình chi phí chuẩn (SCM) theo quy trình mới: ");
        WebElement before = pilotCell("cycleTime", "BEFORE");
        assertThat(before.findElement(By.cssSelector(".pl-value")).getText()).isEqualTo("Chưa có số liệu");
        assertThat(before.getText()).endsWith("Không có hồ sơ thật nào được tiếp nhận trong thời gian này");
        assertThat(pilotCell("satisfaction", "PILOT").getText()).isEqualTo("Chưa có số liệu\n"
                + "Chưa người nộp hồ sơ nào của nhóm này đánh giá mức độ hài lòng");
        assertThat(browser.findElements(By.cssSelector("#pl-moves tbody tr"))).hasSize(2);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1300));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("pilot.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(BrowserSite.WINDOW);

        // promotion: asked first, with the scope and the running dossiers
        browser.findElement(By.id("pl-promote")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(dialog.findElement(By.id("confirm-question")).getText())
                .isEqualTo("Chuyển quy trình từ giai đoạn Thí điểm sang giai đoạn Triển khai toàn quốc?");
        assertThat(dialog.findElement(By.cssSelector("[data-fact=scope]")).getText()).isEqualTo("Toàn quốc (34 tỉnh, thành phố)");
        assertThat(dialog.findElement(By.cssSelector("[data-fact=active]")).getText()).isEqualTo("2");
        assertThat(dialog.findElement(By.cssSelector("[data-fact=deployments]")).getText())
                .contains("Toàn quốc: phiên bản 1, 1 hồ sơ đang giải quyết")
                .contains("Thành phố Hồ Chí Minh: phiên bản 1, 1 hồ sơ đang giải quyết");
        browser.findElement(By.id("confirm-no")).click();
        assertThat(api("/api/procedures/" + PILOTED + "/stage").get("stage").asText()).as("nothing moved").isEqualTo("PILOT");
        browser.findElement(By.id("pl-promote")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pl-moved")));
        assertThat(browser.findElement(By.id("pl-moved")).getText()).isEqualTo("Đã chuyển sang giai đoạn Triển khai toàn quốc.");
        assertThat(browser.findElement(By.cssSelector(".pl-step.current")).getText()).isEqualTo("Triển khai toàn quốc");
        assertThat(browser.findElement(By.id("pl-period")).getText()).contains("khi chuyển sang giai đoạn Triển khai toàn quốc");
        assertThat(browser.findElements(By.id("pl-promote"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#pl-moves tbody tr td[data-stage]"))).extracting(WebElement::getText)
                .containsExactly("Triển khai toàn quốc", "Thí điểm", "Thử nghiệm");
        JsonNode stage = api("/api/procedures/" + PILOTED + "/stage");
        assertThat(stage.get("stage").asText()).isEqualTo("ROLLOUT");
        assertThat(stage.at("/moves/0/movedBy").asText()).isEqualTo("admin");
    }

    private WebElement pilotCell(String row, String group) {
        return browser.findElement(By.cssSelector("#pl-table tr[data-row=" + row + "] td[data-group=" + group + "]"));
    }

    private List<String> headers(String table) {
        return browser.findElements(By.cssSelector(table + " thead th")).stream().map(WebElement::getText).toList();
    }

    private void runTheWorkflow() throws Exception {
        if (api("/api/procedures/" + RUN + "/deployments").size() > 0) {
            return;
        }
        String version = site.send("GET", "/api/procedures/" + RUN + "/models/TO_BE", null).headers().firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> saved = java.net.http.HttpClient.newHttpClient().send(site.request("/api/procedures/" + RUN + "/models/TO_BE")
                .header("Content-Type", "application/xml").header("If-Match", version)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(WorkflowPages.oneTaskModel("mot-cua"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        HttpResponse<String> deployed = site.send("POST", "/api/procedures/" + RUN + "/deployments", null);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
        WorkflowEngine engine = site.application().engine();
        String decided = engine.startCase(new StartCase(RUN, "79", Channel.ONLINE, 5,
                Map.of("applicantName", "Trần Thị Bình"), "can.bo")).id();
        engine.startCase(new StartCase(RUN, "79", Channel.COUNTER, 5, Map.of("applicantName", "Lê Văn Cường"), "can.bo"));
        engine.complete(engine.findCase(decided).orElseThrow().openTasks().get(0).id(), "can.bo", Map.of());
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> answer = site.send("GET", path, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private void ready() {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    private void choose(String select, String value) {
        new Select(browser.findElement(By.id(select))).selectByValue(value);
        ready();
    }

    private List<String> headers() {
        return browser.findElements(By.cssSelector("#observatory thead th")).stream().map(WebElement::getText).toList();
    }

    private WebElement cell(String code, String column) {
        return browser.findElement(By.cssSelector("tr[data-code='" + code + "'] td[data-column=" + column + "]"));
    }

    /** Keeps the files the page saves (instead of the browser's download) for download() to read. */
    private void keepDownloads() {
        browser.executeScript("""
                window.savedFiles = [];
                const blobs = {};
                const create = URL.createObjectURL;
                URL.createObjectURL = (blob) => { const url = create.call(URL, blob); blobs[url] = blob; return url; };
                HTMLAnchorElement.prototype.click = function () {
                  if (this.download) window.savedFiles.push({name: this.download, blob: blobs[this.href]});
                };""");
    }

    /** The file the page saved index-th (from 0): its name and its bytes. */
    @SuppressWarnings("unchecked")
    private Map.Entry<String, byte[]> download(int index) {
        wait.until(d -> ((Number) browser.executeScript("return window.savedFiles.length")).intValue() > index);
        Map<String, Object> file = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const saved = window.savedFiles[arguments[0]];
                const reader = new FileReader();
                reader.onload = () => done({name: saved.name, base64: reader.result.replace(/^data:[^,]*,/, '')});
                reader.onerror = () => done({name: saved.name, base64: ''});
                reader.readAsDataURL(saved.blob);""", index);
        return Map.entry((String) file.get("name"), Base64.getDecoder().decode((String) file.get("base64")));
    }
}
