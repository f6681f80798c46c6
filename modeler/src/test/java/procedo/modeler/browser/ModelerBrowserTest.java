package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A process designer's path through the web application, in headless Chromium against a real server with the
 * demo catalog and its demo models: find a procedure without diacritics, open it, open its to-be model, add a task
 * with the palette, save, reload and see it; a stale save is refused with a way out; the compare page highlights
 * the change, compares any two versions picked, zooms and marks a difference on both diagrams, and fits a 1024 px
 * window; the procedure page restores an old version as a new one and leads from its contents to its sections; a
 * model without diagram interchange is drawn laid out and stored so only when saved; the problems panel lists the
 * linter's and the deployment check's problems and a click selects the element; the candidate groups entry offers
 * the known groups; a task's duration set in the simulation group is saved as BPSim and used by the run; the flow
 * simulation toggles on the canvas; the compare page simulates both models and shows the figures and charts side by
 * side. Screenshots of the pages go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class ModelerBrowserTest {

    /** Thủ tục đăng ký khai sinh: its demo to-be is the inter-agency one-stop chain. */
    private static final String CODE = "1.001193";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static String base;
    private static BrowserSite site;
    /** The to-be model as the demo has it: these tests change it, other browser tests deploy it. */
    private static String demoToBe;
    /** The as-is model as the demo has it: stored without its layout by a test here. */
    private static String demoAsIs;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    ModelerBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 20);
    }

    @BeforeAll
    static void keepTheDemoToBe(BrowserSite shared) throws Exception {
        site = shared;
        base = shared.base();
        Files.createDirectories(SCREENSHOTS);
        demoToBe = HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/TO_BE").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        demoAsIs = HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/AS_IS").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    @AfterAll
    static void restoreTheDemoModels() throws Exception {
        store("TO_BE", demoToBe);
        store("AS_IS", demoAsIs);
    }

    private static void store(String kind, String xml) throws Exception {
        HttpResponse<String> saved = HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/" + kind)
                .header("Content-Type", "application/xml")
                .header("If-Match", "\"" + latestVersion(kind) + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    }

    private static String stored(String kind) throws Exception {
        return HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/" + kind).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private List<String> diagramLabels() {
        // A label wraps over several lines (tspans): compare the words without the line breaks.
        return browser.findElements(By.cssSelector("#canvas .djs-element text")).stream()
                .map(e -> e.getText().replaceAll("\\s+", "")).toList();
    }

    private void waitForModel() {
        wait.until(d -> !browser.findElements(By.cssSelector("#canvas .djs-shape")).isEmpty());
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("phiên bản \\d+")));
    }

    private static int latestVersion(String kind) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/" + kind).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Integer.parseInt(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    @Test
    @Order(1)
    void findsTheProcedureOpensItsToBeModelAddsATaskAndSeesItAfterAReload() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.item"), 5));
        browser.findElement(By.id("includeOnline")).click();
        browser.findElement(By.id("q")).sendKeys("dang ky khai sinh");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(CODE)));
        screenshot("catalog");
        // the list may be drawn once more for the search just typed: the link is clicked as it is drawn last
        wait.until(d -> {
            d.findElement(By.linkText(CODE)).click();
            return true;
        });

        wait.until(ExpectedConditions.textToBe(By.id("title"), "Thủ tục đăng ký khai sinh"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-kpi=saving]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".model-card[data-kind=TO_BE] a.button")));
        wait.until(d -> !browser.findElements(By.cssSelector("#model-preview .djs-shape")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-fact=code]")).getText()).isEqualTo(CODE);
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.time"))).isNotEmpty();
        // The inputs of the figures are on the page: the tariff's derivation and where the volume comes from.
        assertThat(browser.findElement(By.cssSelector("#cost .note")).getText())
                .contains("43.750 đ/giờ", "7.700.000 đ/tháng ÷ 22 ngày ÷ 8 giờ", "thống kê số hồ sơ năm 2024");
        js("document.getElementById('cost').scrollIntoView()");
        screenshot("procedure");
        js("window.scrollTo(0, 0)");
        int before = latestVersion("TO_BE");
        browser.findElement(By.cssSelector(".model-card[data-kind=TO_BE] a.button")).click();

        waitForModel();
        assertThat(browser.findElement(By.id("model-version")).getText()).isEqualTo("v" + before);
        assertThat(browser.findElements(By.cssSelector(".djs-palette .entry"))).isNotEmpty();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#analysis [data-metric=inPersonVisits]")));

        // A person adds a task: the palette's task entry, then a click into the pool, then types its name.
        browser.findElement(By.cssSelector(".djs-palette .entry.bpmn-icon-task")).click();
        WebElement pool = browser.findElements(By.cssSelector("#canvas .djs-shape[data-element-id^=Participant]")).isEmpty()
                ? browser.findElement(By.cssSelector("#canvas .djs-shape"))
                : browser.findElement(By.cssSelector("#canvas .djs-shape[data-element-id^=Participant]"));
        new Actions(browser).moveToElement(pool, 0, pool.getSize().getHeight() / 2 - 25).pause(Duration.ofMillis(200))
                .click().perform();
        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-direct-editing-content")));
        editor.sendKeys("Kiểm tra tự động dữ liệu dân cư");
        new Actions(browser).moveToElement(browser.findElement(By.id("canvas")), 10, 10).click().perform();
        wait.until(d -> diagramLabels().stream().anyMatch(l -> l.contains("Kiểmtratựđộng")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Có thay đổi chưa lưu.");

        // The person saving is the signed-in one: the page says so, and no name box is left to type into.
        assertThat(browser.findElement(By.id("author-name")).getText()).isEqualTo(BrowserSite.ADMIN_NAME);
        assertThat(browser.findElements(By.cssSelector("#toolbar input[type=text]"))).extracting(e -> e.getAttribute("id"))
                .containsExactly("comment");
        browser.findElement(By.id("comment")).sendKeys("Thêm bước kiểm tra tự động");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã lưu phiên bản " + (before + 1) + "."));
        screenshot("modeler");

        browser.navigate().refresh();
        waitForModel();
        assertThat(browser.findElement(By.id("model-version")).getText()).isEqualTo("v" + (before + 1));
        wait.until(d -> diagramLabels().stream().anyMatch(l -> l.contains("Kiểmtratựđộng")));
        assertThat(latestVersion("TO_BE")).isEqualTo(before + 1);
    }

    @Test
    @Order(2)
    void aStaleSaveIsRefusedAndThePageOffersToReloadOrSaveTheEditsAsANewVersion() throws Exception {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        waitForModel();
        int mine = latestVersion("TO_BE");

        // Someone else saves in the meantime.
        String theirs = new String(HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/TO_BE").build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        HttpResponse<String> saved = HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/TO_BE")
                .header("Content-Type", "application/xml").header("If-Match", "\"" + mine + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(theirs)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(201);

        js("const m = document.getElementById('canvas').modeler; const shape = m.get('elementRegistry').filter(e => e.type === 'bpmn:UserTask')[0];"
                + "m.get('modeling').updateLabel(shape, 'Tiếp nhận và kiểm tra hồ sơ điện tử');");
        browser.findElement(By.id("save")).click();

        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(conflict.getText()).contains("Không lưu được", "phiên bản " + (mine + 1), "Tải lại bản mới nhất",
                "Lưu bản của tôi thành một phiên bản mới");
        assertThat(latestVersion("TO_BE")).isEqualTo(mine + 1);
        screenshot("modeler-conflict");

        browser.findElement(By.id("conflict-copy")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã lưu bản của bạn thành phiên bản " + (mine + 2) + "."));
        assertThat(browser.findElement(By.id("conflict")).isDisplayed()).isFalse();
        assertThat(latestVersion("TO_BE")).isEqualTo(mine + 2);

        browser.navigate().refresh();
        waitForModel();
        wait.until(d -> diagramLabels().stream().anyMatch(l -> l.contains("Tiếpnhậnvàkiểmtrahồsơđiệntử")));
    }

    @Test
    @Order(3)
    void theComparePageHighlightsTheAddedTaskAndShowsTheMetricDeltas() throws Exception {
        browser.get(base + "/compare.html?code=" + CODE);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));

        List<WebElement> added = browser.findElements(By.cssSelector("#to-be .djs-element.diff-added"));
        assertThat(added).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#as-is .djs-element.diff-removed"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("table.elements.added")).getText()).contains("Kiểm tra tự động");
        WebElement visits = browser.findElement(By.cssSelector("#metrics tr[data-metric=inPersonVisits]"));
        List<WebElement> cells = visits.findElements(By.tagName("td"));
        int asIs = Integer.parseInt(cells.get(1).getText());
        int toBe = Integer.parseInt(cells.get(2).getText());
        assertThat(toBe).isLessThan(asIs);
        assertThat(cells.get(3).getText()).isEqualTo(String.valueOf(toBe - asIs));
        assertThat(cells.get(3).getAttribute("class")).contains("down");
        screenshot("compare");
    }

    private void waitForComparison() {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    private double scale(String side) {
        return ((Number) js("return document.getElementById(arguments[0]).viewer.get('canvas').viewbox().scale", side))
                .doubleValue();
    }

    private String picked(String id) {
        return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private static String modelXml(String kind, int version) throws Exception {
        return HttpClient.newHttpClient().send(site.request("/api/procedures/" + CODE + "/models/" + kind + "/versions/"
                + version).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    @Test
    @Order(4)
    void theComparePageComparesTwoPickedVersionsKeptInTheAddress() throws Exception {
        int latest = latestVersion("TO_BE");
        browser.get(base + "/compare.html?code=" + CODE);
        waitForComparison();
        assertThat(picked("pick-from")).isEqualTo("AS_IS:" + latestVersion("AS_IS"));
        assertThat(picked("pick-to")).isEqualTo("TO_BE:" + latest);
        assertThat(new Select(browser.findElement(By.id("pick-from"))).getOptions()).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Hiện trạng — v1 ("))
                .anySatisfy(text -> assertThat(text).startsWith("Sau đơn giản hóa — v" + latest + " ("));

        // The to-be as the demo first had it, against the to-be after this class's saves.
        new Select(browser.findElement(By.id("pick-from"))).selectByValue("TO_BE:1");
        wait.until(ExpectedConditions.textToBe(By.id("as-is-title"), "Sau đơn giản hóa — v1"));
        waitForComparison();
        assertThat(browser.findElement(By.id("to-be-title")).getText()).isEqualTo("Sau đơn giản hóa — v" + latest);
        assertThat(browser.getCurrentUrl()).contains("from=TO_BE%3A1", "to=TO_BE%3A" + latest);
        assertThat(browser.findElement(By.cssSelector("table.elements.added")).getText()).contains("Kiểm tra tự động");
        assertThat(browser.findElement(By.cssSelector("table.elements.changed")).getText())
                .contains("Tiếp nhận và kiểm tra hồ sơ điện tử");
        assertThat(browser.findElements(By.cssSelector("table.elements.removed"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#to-be .djs-element.diff-added"))).isNotEmpty();

        browser.navigate().refresh();
        waitForComparison();
        assertThat(picked("pick-from")).isEqualTo("TO_BE:1");
        assertThat(picked("pick-to")).isEqualTo("TO_BE:" + latest);
        assertThat(browser.findElement(By.id("as-is-title")).getText()).isEqualTo("Sau đơn giản hóa — v1");
    }

    @Test
    @Order(5)
    void theZoomButtonsChangeBothViewsAndAClickedDifferenceIsMarkedOnBothDiagrams() throws Exception {
        browser.get(base + "/compare.html?code=" + CODE + "&from=TO_BE:1");
        waitForComparison();
        double fitted = scale("as-is");

        browser.findElement(By.cssSelector(".zoom[data-for=as-is] button[data-zoom=in]")).click();
        wait.until(d -> scale("as-is") > fitted * 1.2);
        assertThat(scale("to-be")).as("the other view follows").isCloseTo(scale("as-is"), org.assertj.core.data.Offset.offset(1e-3));
        browser.findElement(By.cssSelector(".zoom[data-for=to-be] button[data-zoom=out]")).click();
        browser.findElement(By.cssSelector(".zoom[data-for=to-be] button[data-zoom=out]")).click();
        wait.until(d -> scale("to-be") < fitted);
        browser.findElement(By.cssSelector(".zoom[data-for=as-is] button[data-zoom=fit]")).click();
        wait.until(d -> Math.abs(scale("as-is") - fitted) < 1e-3);
        assertThat(browser.findElement(By.cssSelector(".zoom[data-for=as-is] button[data-zoom=in]")).getAttribute("title"))
                .isEqualTo("Phóng to");

        // Zoomed in far, then a changed element clicked in the list: both diagrams mark it and bring it into view.
        for (int i = 0; i < 4; i++) {
            browser.findElement(By.cssSelector(".zoom[data-for=as-is] button[data-zoom=in]")).click();
        }
        WebElement row = browser.findElement(By.cssSelector("table.elements.changed tr[data-id]"));
        String id = row.getAttribute("data-id");
        row.click();
        for (String side : List.of("as-is", "to-be")) {
            WebElement marked = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#" + side + " .djs-element.diff-focus[data-element-id='" + id + "']")));
            assertThat(browser.findElements(By.cssSelector("#" + side + " .diff-focus"))).hasSize(1);
            assertThat((Boolean) js("const box = arguments[0].getBoundingClientRect();"
                    + " const view = document.getElementById(arguments[1]).getBoundingClientRect();"
                    + " return box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;",
                    marked, side)).as("%s shows %s", side, id).isTrue();
        }
        assertThat(row.getAttribute("class")).contains("focused");
        js("window.scrollTo(0, 0)");
        screenshot("compare");

        WebElement other = browser.findElements(By.cssSelector("table.elements tr[data-id]")).stream()
                .filter(r -> !r.getAttribute("data-id").equals(id)).findFirst().orElseThrow();
        other.click();
        wait.until(d -> browser.findElements(By.cssSelector(".diff-focus[data-element-id='" + id + "']")).isEmpty());
    }

    @Test
    @Order(6)
    void theComparePageFitsAWindowOf1024PixelsWithoutScrollingSideways() throws Exception {
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1024, 768));
        try {
            browser.get(base + "/compare.html?code=" + CODE);
            waitForComparison();
            assertThat(((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .intValue()).as("no horizontal scrollbar").isLessThanOrEqualTo(0);
            long width = (Long) js("return document.documentElement.clientWidth");
            for (String side : List.of("as-is", "to-be")) {
                WebElement canvas = browser.findElement(By.id(side));
                assertThat(canvas.getRect().getX() + canvas.getRect().getWidth()).isLessThanOrEqualTo((int) width);
                assertThat(canvas.getRect().getWidth()).isGreaterThan(350);
                // the diagram fits its view: the drawing's box lies inside the canvas (within 2 pixels of rounding)
                String viewbox = (String) js("return JSON.stringify(document.getElementById(arguments[0]).viewer.get('canvas').viewbox())", side);
                assertThat((Boolean) js("const v = document.getElementById(arguments[0]).viewer.get('canvas').viewbox();"
                        + " return (v.x - v.inner.x) * v.scale <= 2 && (v.inner.x + v.inner.width - v.x - v.width) * v.scale <= 2;", side))
                        .as(side + " " + viewbox).isTrue();
            }
            screenshot("compare-1024");
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    @Test
    @Order(7)
    void aVersionIsRestoredAsANewVersionAfterTheConfirmation() throws Exception {
        int latest = latestVersion("TO_BE");
        browser.get(base + "/procedure.html?code=" + CODE);
        WebElement summary = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".model-card[data-kind=TO_BE] details summary")));
        summary.click();
        WebElement restore = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".model-card[data-kind=TO_BE] button.restore[data-version='1']")));
        assertThat(restore.getText()).isEqualTo("Khôi phục phiên bản này");
        WebElement compareFirst = restore.findElement(By.xpath("..")).findElement(By.cssSelector("a.compare-version"));
        assertThat(compareFirst.getText()).isEqualTo("So sánh với bản mới nhất");
        assertThat(compareFirst.getAttribute("href")).endsWith("/compare.html?code=" + CODE + "&from=TO_BE:1&to=TO_BE");
        assertThat(browser.findElements(By.cssSelector(".model-card[data-kind=TO_BE] button.restore[data-version='" + latest + "']")))
                .as("the latest version is the current content").isEmpty();

        // Asked first; going back changes nothing.
        restore.click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(question.getText()).contains("phiên bản 1", "phiên bản mới " + (latest + 1));
        browser.findElement(By.id("confirm-no")).click();
        assertThat(latestVersion("TO_BE")).isEqualTo(latest);

        browser.findElement(By.cssSelector(".model-card[data-kind=TO_BE] button.restore[data-version='1']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".model-card[data-kind=TO_BE] .restored"),
                "Đã khôi phục phiên bản 1 thành phiên bản mới " + (latest + 1) + "."));
        assertThat(latestVersion("TO_BE")).isEqualTo(latest + 1);
        assertThat(modelXml("TO_BE", latest + 1)).isEqualTo(modelXml("TO_BE", 1));
        WebElement newest = browser.findElement(By.cssSelector(".model-card[data-kind=TO_BE] details tbody tr"));
        assertThat(newest.getText()).contains("v" + (latest + 1), "Khôi phục từ phiên bản 1");
        assertThat(browser.findElement(By.cssSelector(".model-card[data-kind=TO_BE] p")).getText())
                .startsWith("Phiên bản mới nhất: v" + (latest + 1));
    }

    @Test
    @Order(8)
    void theProcedurePagesContentsLeadToItsSections() {
        browser.get(base + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#workflow h3")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plan h3")));
        List<WebElement> links = browser.findElements(By.cssSelector("#toc a"));
        assertThat(links).extracting(WebElement::getText).containsExactly("Thông tin chung", "Thành phần hồ sơ",
                "Phí, lệ phí", "Chi phí tuân thủ", "Phương án đơn giản hóa", "Số hồ sơ theo địa phương",
                "Mô hình quy trình", "Vận hành");
        for (WebElement link : links) {
            String target = link.getAttribute("hash").substring(1);
            assertThat(browser.findElements(By.cssSelector("section#" + target + " > h3"))).as(target).hasSize(1);
        }
        for (String target : List.of("models", "usage", "facts")) {
            browser.findElement(By.cssSelector("#toc a[href='#" + target + "']")).click();
            wait.until(d -> ((Number) js("return Math.abs(document.getElementById(arguments[0]).getBoundingClientRect().top"
                    + " - document.getElementById('toc').getBoundingClientRect().bottom)", target)).doubleValue() < 40);
            assertThat(browser.getCurrentUrl()).endsWith("#" + target);
            assertThat(browser.findElement(By.id("toc")).isDisplayed()).as("the contents stay in reach").isTrue();
        }
    }

    @Test
    @Order(9)
    void aModelWithoutLayoutIsDrawnLaidOutWhereverItIsShownAndStoredWithItsLayoutOnlyWhenSaved() throws Exception {
        String withoutLayout = demoAsIs.replaceAll("(?s)\\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "");
        assertThat(withoutLayout).doesNotContain("BPMNShape").contains("Task_ReceiveDossier", "Lane_OneStop");
        store("AS_IS", withoutLayout);
        int stored = latestVersion("AS_IS");

        browser.get(base + "/compare.html?code=" + CODE);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#as-is .djs-shape[data-element-id=Task_ReceiveDossier]"))).isNotEmpty();

        // The procedure page previews the to-be model: stored without its layout for a moment, it is drawn all the same.
        store("TO_BE", demoToBe.replaceAll("(?s)\\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", ""));
        try {
            browser.get(base + "/procedure.html?code=" + CODE);
            wait.until(d -> browser.findElements(By.cssSelector("#model-preview .djs-shape[data-element-id^=Task]")).size() > 3);
        } finally {
            store("TO_BE", demoToBe);
        }

        browser.get(base + "/modeler.html?code=" + CODE + "&kind=AS_IS");
        waitForModel();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("laid-out")));
        assertThat(notice.getText()).contains("không có bố cục sơ đồ", "chỉ được lưu khi bạn lưu");
        // Every flow node has a place of its own, inside the band of its lane.
        @SuppressWarnings("unchecked")
        List<Object> placed = (List<Object>) js("""
                const registry = document.getElementById('canvas').modeler.get('elementRegistry');
                const nodes = registry.filter((e) => e.businessObject.$instanceOf('bpmn:FlowNode') && !e.labelTarget);
                const lanes = registry.filter((e) => e.type === 'bpmn:Lane');
                const inItsLane = nodes.filter((n) => lanes.some((l) => (l.businessObject.flowNodeRef || [])
                    .includes(n.businessObject) && n.y >= l.y && n.y + n.height <= l.y + l.height));
                return [nodes.length, new Set(nodes.map((n) => n.x + ',' + n.y)).size, inItsLane.length, lanes.length];""");
        assertThat(((Number) placed.get(0)).intValue()).isGreaterThan(15);
        assertThat(placed.get(1)).isEqualTo(placed.get(0));
        assertThat(placed.get(2)).isEqualTo(placed.get(0));
        assertThat(((Number) placed.get(3)).intValue()).isEqualTo(5);
        assertThat(latestVersion("AS_IS")).as("viewing stores nothing").isEqualTo(stored);
        assertThat(stored("AS_IS")).doesNotContain("BPMNShape");
        screenshot("modeler-laid-out");

        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã lưu phiên bản " + (stored + 1) + "."));
        assertThat(browser.findElement(By.id("laid-out")).isDisplayed()).isFalse();
        assertThat(stored("AS_IS")).contains("<bpmndi:BPMNDiagram", "bpmnElement=\"Task_ReceiveDossier\"",
                "bpmnElement=\"Lane_OneStop\"", "bpmnElement=\"Participant_1_001193_AS_IS\"");

        browser.navigate().refresh();
        waitForModel();
        assertThat(browser.findElement(By.id("laid-out")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#canvas .djs-shape[data-element-id=Task_ReceiveDossier]"))).isNotEmpty();
    }

    @Test
    @Order(10)
    void theProblemsPanelListsTheLintersAndTheDeploymentChecksProblemsAndAClickSelectsTheElement() throws Exception {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        waitForModel();
        wait.until(ExpectedConditions.textMatches(By.cssSelector("#problems h3"), java.util.regex.Pattern.compile("\\(\\d+\\)")));
        // A service task just dropped into the model: not connected, and without an implementation for the engine.
        String withLookup = demoToBe.replace("</bpmn:process>",
                "<bpmn:serviceTask id=\"Task_Lookup\" name=\"Tra cứu dữ liệu dân cư\"/></bpmn:process>")
                .replace("</bpmndi:BPMNPlane>", "<bpmndi:BPMNShape id=\"Task_Lookup_di\" bpmnElement=\"Task_Lookup\">"
                        + "<dc:Bounds x=\"300\" y=\"700\" width=\"100\" height=\"80\"/></bpmndi:BPMNShape></bpmndi:BPMNPlane>");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Object imported = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.getElementById('canvas').modeler.importXML(arguments[0]).then(() => done('ok'), (e) => done(String(e)));""",
                withLookup);
        assertThat(imported).isEqualTo("ok");

        By deployProblem = By.cssSelector("#problems li[data-source=deploy][data-element=Task_Lookup]");
        By lintProblem = By.cssSelector("#problems li[data-source=lint][data-element=Task_Lookup]");
        WebElement deploy = wait.until(ExpectedConditions.visibilityOfElementLocated(deployProblem));
        WebElement lint = wait.until(ExpectedConditions.visibilityOfElementLocated(lintProblem));
        assertThat(deploy.getText()).contains("Lỗi", "Kiểm tra triển khai", "Nhiệm vụ dịch vụ «Tra cứu dữ liệu dân cư»");
        assertThat(lint.getText()).contains("Kiểm tra mô hình", "Nhiệm vụ dịch vụ «Tra cứu dữ liệu dân cư»");

        // The toolbar, the panel and the analysis count the same list.
        if (!Boolean.TRUE.equals(js("return document.getElementById('canvas').modeler.get('linting').isActive()"))) {
            browser.findElement(By.id("toggle-lint")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#analysis .problems-summary")));
        int listed = browser.findElements(By.cssSelector("#problems li.problem")).size();
        assertThat(browser.findElement(By.id("toggle-lint")).getText()).isEqualTo("Kiểm tra: " + listed + " vấn đề");
        assertThat(browser.findElement(By.cssSelector("#problems h3")).getText()).isEqualTo("Vấn đề của mô hình (" + listed + ")");
        assertThat(browser.findElement(By.cssSelector("#analysis .problems-summary")).getAttribute("data-problems"))
                .isEqualTo(String.valueOf(listed));

        js("document.getElementById('canvas').modeler.get('selection').select(null);");
        browser.findElement(deployProblem).findElement(By.tagName("button")).click();
        wait.until(d -> List.of("Task_Lookup").equals(js(
                "return document.getElementById('canvas').modeler.get('selection').get().map((e) => e.id);")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-shape.selected[data-element-id=Task_Lookup]")));
        screenshot("problems-panel");
    }

    @Test
    @Order(11)
    void theCandidateGroupsEntryOffersTheKnownGroups() {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        waitForModel();
        js("const m = document.getElementById('canvas').modeler;"
                + " m.get('selection').select(m.get('elementRegistry').filter((e) => e.type === 'bpmn:UserTask')[0]);");
        WebElement header = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'bio-properties-panel-group-header')][.//*[normalize-space()='Giao việc']]")));
        if (!header.getAttribute("class").contains("open")) {
            header.click();
        }
        WebElement groups = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("bio-properties-panel-candidateGroups")));
        wait.until(d -> "known-groups".equals(groups.getAttribute("list")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#known-groups option[value='mot-cua']")));
        assertThat(browser.findElement(By.cssSelector("#known-groups option[value='mot-cua']")).getAttribute("label"))
                .startsWith("Bộ phận một cửa");
        assertThat(browser.findElements(By.cssSelector("#known-groups option"))).extracting(e -> e.getAttribute("value"))
                .contains("tu-phap", "cong-an", "applicant");
        // The known groups are offered, not imposed: the entry stays a text box where a new group can be typed.
        assertThat(groups.getTagName()).isEqualTo("input");
        assertThat(groups.getAttribute("value")).isNotBlank();
    }

    @Test
    @Order(12)
    void anEndEventsOutcomeIsChosenInThePropertiesPanelInVietnamese() throws Exception {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        waitForModel();
        js("const m = document.getElementById('canvas').modeler;"
                + " m.get('selection').select(m.get('elementRegistry').get('EndEvent_Refused'));");
        WebElement header = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'bio-properties-panel-group-header')][.//*[normalize-space()='Kết quả hồ sơ']]")));
        By outcomeSelect = By.id("bio-properties-panel-procedo-outcome-select");
        if (browser.findElements(outcomeSelect).stream().noneMatch(WebElement::isDisplayed)) {
            header.click();
        }
        WebElement select = wait.until(ExpectedConditions.visibilityOfElementLocated(outcomeSelect));
        Select outcome = new Select(select);
        assertThat(outcome.getFirstSelectedOption().getText()).isEqualTo("Từ chối");
        assertThat(outcome.getOptions()).extracting(WebElement::getText).containsExactly("Theo tên sự kiện kết thúc",
                "Cấp kết quả", "Từ chối", "Rút hồ sơ", "Huỷ");
        js("arguments[0].scrollIntoView({block: 'center'})", select);
        screenshot("modeler-outcome");
        outcome.selectByVisibleText("Huỷ");
        // the panel takes a select's value on its input event, which chromedriver's pick of an option does not send
        js("arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", select);
        wait.until(d -> String.valueOf(js("return document.getElementById('canvas').modeler.get('elementRegistry')"
                + ".get('EndEvent_Refused').businessObject.get('procedo:outcome')")).equals("CANCELLED"));
        Object xml = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.getElementById('canvas').modeler.saveXML().then((r) => done(r.xml));");
        assertThat(String.valueOf(xml)).containsPattern("id=\"EndEvent_Refused\"[^>]*procedo:outcome=\"CANCELLED\"")
                .contains("xmlns:procedo=\"http://procedo.vn/schema/bpmn\"");
    }

    private static com.fasterxml.jackson.databind.JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(site.request(path).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private WebElement openGroup(String label) {
        WebElement header = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'bio-properties-panel-group-header')][.//*[normalize-space()='" + label + "']]")));
        if (!header.getAttribute("class").contains("open")) {
            header.click();
        }
        return header;
    }

    @Test
    @Order(12)
    void aTasksDurationSetInTheSimulationGroupIsSavedInTheModelAndUsedByTheRun() throws Exception {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        waitForModel();
        String task = (String) js("const m = document.getElementById('canvas').modeler;"
                + " const task = m.get('elementRegistry').filter((e) => e.type === 'bpmn:UserTask')[0];"
                + " m.get('selection').select(task); return task.id;");
        openGroup("Mô phỏng");
        WebElement kind = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("bio-properties-panel-simulation-duration-kind")));
        assertThat(new Select(kind).getOptions()).extracting(WebElement::getText)
                .contains("Mặc định", "Cố định", "Đều", "Tam giác", "Chuẩn", "Mũ", "Log-chuẩn");
        // chromedriver's option click does not fire the "input" event that the properties panel's select listens to
        // (a person's choice in Chrome does): the option is chosen by its text and the event fired here
        js("const select = arguments[0]; select.value = [...select.options].find((o) => o.text === arguments[1]).value;"
                + " select.dispatchEvent(new Event('input', { bubbles: true }));", kind, "Cố định");
        WebElement hours = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("bio-properties-panel-simulation-duration-value")));
        hours.clear();
        hours.sendKeys("3,5");
        wait.until(d -> ((String) ((JavascriptExecutor) d).executeAsyncScript("const done = arguments[0];"
                + " document.getElementById('canvas').modeler.saveXML().then((r) => done(r.xml));"))
                .contains("<bpsim:FloatingParameter value=\"3.5\""));
        WebElement role = browser.findElement(By.id("bio-properties-panel-simulation-role"));
        assertThat(new Select(role).getOptions().get(0).getText()).isEqualTo("Theo làn chứa nhiệm vụ");
        js("arguments[0].scrollIntoView({ block: 'center' })", kind);
        screenshot("simulation-panel");

        int before = latestVersion("TO_BE");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã lưu phiên bản " + (before + 1) + "."));
        com.fasterxml.jackson.databind.JsonNode read = getJson("/api/procedures/" + CODE + "/models/TO_BE/simulation");
        assertThat(read.get("modelVersion").asInt()).isEqualTo(before + 1);
        assertThat(read.get("set").get("tasks").get(task).get("duration").get("kind").asText()).isEqualTo("FIXED");
        assertThat(read.get("set").get("tasks").get(task).get("duration").get("value").asDouble()).isEqualTo(3.5);

        browser.findElement(By.id("simulate")).click();
        wait.until(ExpectedConditions.textMatches(By.id("status"),
                java.util.regex.Pattern.compile("Đã mô phỏng phiên bản " + (before + 1) + ": .* ngày làm việc")));
        com.fasterxml.jackson.databind.JsonNode run = getJson("/api/simulations?procedureCode=" + CODE
                + "&kind=TO_BE&version=" + (before + 1)).get(0);
        assertThat(run.get("result").get("parameters").get("tasks").get(task).get("duration").get("value").asDouble())
                .isEqualTo(3.5);
        for (com.fasterxml.jackson.databind.JsonNode figures : run.get("result").get("tasks")) {
            if (figures.get("id").asText().equals(task) && figures.get("executions").asLong() > 0) {
                assertThat(figures.get("meanHours").asDouble()).isEqualTo(3.5);
            }
        }
        assertThat(browser.findElement(By.id("simulation-link")).getAttribute("href")).contains("/compare.html?code=" + CODE);
    }

    @Test
    @Order(13)
    void theFlowSimulationTogglesOnAndOffOnTheCanvas() {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        waitForModel();
        WebElement toggle = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#canvas .bts-toggle-mode")));
        assertThat(toggle.getText().strip()).isEqualTo("Mô phỏng luồng");
        WebElement holder = browser.findElement(By.cssSelector("#canvas .bjs-container"));
        assertThat(holder.getAttribute("class")).doesNotContain("simulation");
        toggle.click();
        wait.until(d -> holder.getAttribute("class").contains("simulation"));
        assertThat(browser.findElement(By.cssSelector("#canvas .djs-palette")).getAttribute("class")).contains("hidden");
        assertThat(browser.findElement(By.cssSelector("#canvas .bts-palette [title]")).getAttribute("title"))
                .isIn("Chạy / tạm dừng mô phỏng", "Đặt lại mô phỏng", "Hiện / ẩn nhật ký mô phỏng");
        browser.findElement(By.cssSelector("#canvas .bts-toggle-mode")).click();
        wait.until(d -> !holder.getAttribute("class").contains("simulation"));
    }

    @Test
    @Order(14)
    void theComparePageSimulatesBothModelsAndShowsTheFiguresSideBySideWithCharts() throws Exception {
        browser.get(base + "/compare.html?code=" + CODE);
        waitForComparison();
        WebElement cases = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sim-cases")));
        cases.clear();
        cases.sendKeys("400");
        WebElement seed = browser.findElement(By.id("sim-seed"));
        seed.clear();
        seed.sendKeys("11");
        browser.findElement(By.id("sim-run")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#simulation-figures tr[data-figure=cycleMean]")));

        List<WebElement> heads = browser.findElements(By.cssSelector("#simulation-figures thead th"));
        assertThat(heads.get(1).getText()).startsWith("Hiện trạng");
        assertThat(heads.get(2).getText()).startsWith("Sau đơn giản hóa");
        List<WebElement> mean = browser.findElements(By.cssSelector("#simulation-figures tr[data-figure=cycleMean] td"));
        assertThat(mean.get(0).getText()).isEqualTo("Thời gian giải quyết trung bình");
        assertThat(mean.get(1).getText()).matches("\\d+(,\\d+)? ngày làm việc");
        assertThat(mean.get(2).getText()).matches("\\d+(,\\d+)? ngày làm việc");
        assertThat(browser.findElement(By.cssSelector("#simulation-figures tr[data-figure=agencyCost] td:nth-child(2)"))
                .getText()).matches("[\\d.]+ đ");
        assertThat(browser.findElements(By.cssSelector("#simulation-figures tr[data-figure=applicantVisits] td")).get(3)
                .getAttribute("class")).contains("delta");
        assertThat(browser.findElements(By.cssSelector("#simulation-histogram svg rect.bar[data-side=AS_IS]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#simulation-histogram svg rect.bar[data-side=TO_BE]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#simulation-utilisation svg g[data-side=TO_BE] rect"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#simulation-cost svg g[data-side=AS_IS] rect"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#simulation-histogram figcaption")).getText())
                .isEqualTo("Phân bố thời gian giải quyết");
        // The inputs of both runs are shown: the same seed and cases, and where the parameters came from.
        List<WebElement> inputs = browser.findElements(By.cssSelector(".sim-inputs li"));
        assertThat(inputs).hasSize(2);
        assertThat(inputs).allSatisfy(li -> assertThat(li.getText()).contains("hạt giống 11", "400 hồ sơ",
                "Tham số: lưu trong mô hình (BPSim 2.0)"));

        // Opened again, the page shows the latest stored runs of the two versions.
        browser.navigate().refresh();
        waitForComparison();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#simulation-figures")));
        js("document.getElementById('simulation').scrollIntoView()");
        screenshot("simulation-compare");
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private String modelerXml() {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[0];"
                + " document.getElementById('canvas').modeler.saveXML().then((r) => done(r.xml));");
    }

    @Test
    @Order(15)
    void theProcessesArrivalsRunAndStaffAndABranchsProbabilitySetInTheSimulationGroupAreReadByTheServer() throws Exception {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        waitForModel();
        js("const m = document.getElementById('canvas').modeler; m.get('selection').select(m.get('canvas').getRootElement());");
        openGroup("Mô phỏng");
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bio-properties-panel-simulation-casesPerDay"))),
                "12,5");
        wait.until(d -> modelerXml().contains("name=\"casesPerDay\""));
        type(browser.findElement(By.id("bio-properties-panel-simulation-cases")), "500");
        wait.until(d -> modelerXml().contains("name=\"cases\""));
        WebElement staff = browser.findElement(By.cssSelector("input[id^='bio-properties-panel-simulation-role-'][id$='-count']"));
        String lane = staff.getAttribute("id").replace("bio-properties-panel-simulation-role-", "").replace("-count", "");
        type(staff, "3");
        wait.until(d -> modelerXml().contains("<bpsim:Quantity>"));

        String flow = (String) js("const m = document.getElementById('canvas').modeler;"
                + " const flow = m.get('elementRegistry').filter((e) => e.type === 'bpmn:SequenceFlow'"
                + " && e.businessObject.sourceRef.$type === 'bpmn:ExclusiveGateway'"
                + " && e.businessObject.sourceRef.outgoing.length === 2)[0];"
                + " m.get('selection').select(flow); return flow.id;");
        openGroup("Mô phỏng");
        WebElement probability = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("bio-properties-panel-simulation-probability")));
        type(probability, "130");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-entry-id=simulation-probability] .bio-properties-panel-error"), "Không được lớn hơn 100 %."));
        type(probability, "70");
        wait.until(d -> modelerXml().contains("<bpsim:Probability>"));

        int before = latestVersion("TO_BE");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã lưu phiên bản " + (before + 1) + "."));
        com.fasterxml.jackson.databind.JsonNode read = getJson("/api/procedures/" + CODE + "/models/TO_BE/simulation");
        com.fasterxml.jackson.databind.JsonNode set = read.get("set");
        assertThat(set.get("arrivals").get("kind").asText()).isEqualTo("POISSON");
        assertThat(set.get("arrivals").get("casesPerDay").asDouble()).isEqualTo(12.5);
        assertThat(set.get("run").get("cases").asInt()).isEqualTo(500);
        assertThat(set.get("roles").get(lane).get("count").asInt()).isEqualTo(3);
        assertThat(set.get("branches").get(flow).asDouble()).isEqualTo(0.7);
        assertThat(read.get("resolved").get("branches").get(flow).asDouble()).isEqualTo(0.7);
    }
}
