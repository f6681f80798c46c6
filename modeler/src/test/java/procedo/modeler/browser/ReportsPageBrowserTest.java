package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reports page offers the cost-reduction report in the page's language: Vietnamese choices and a Vietnamese
 * report by default, and after the switch to English an English one. The links name the language: headless
 * Chromium, like many officers' browsers, sends an English Accept-Language whatever the page's language. A report
 * that takes a while shows its link busy until the file has arrived.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class ReportsPageBrowserTest {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    ReportsPageBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    private List<String> statusChoices() {
        return browser.findElements(By.cssSelector("#r-status option")).stream().map(WebElement::getText).toList();
    }

    /** The first line of one CSV table fetched by the browser from the CSV link, as the person would download it. */
    private String csvHeader() {
        String href = browser.findElement(By.id("r-csv")).getAttribute("href");
        String table = href + "&table=by-agency";
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => done({status: r.status, text: await r.text()}));", table);
        assertThat(((Number) download.get("status")).intValue()).isEqualTo(200);
        return ((String) download.get("text")).lines().findFirst().orElseThrow();
    }

    @Test
    void theReportComesInThePagesLanguage() {
        browser.get(base + "/reports.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#r-agency option"), 1));

        assertThat(statusChoices()).contains("Đã phê duyệt, đã thực hiện", "Chỉ phương án dự thảo",
                "Chỉ phương án đã phê duyệt").noneMatch(text -> text.matches(".*[A-Z]{5,}.*"));
        assertThat(browser.findElement(By.id("r-xlsx")).getAttribute("href")).contains("lang=vi");
        assertThat(csvHeader()).contains("STT,Cơ quan thực hiện,Số thủ tục");

        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("r-xlsx"), "href", "lang=en"));
        assertThat(statusChoices()).contains("Approved and implemented", "Draft plans only");
        assertThat(csvHeader()).contains("code,name,procedures,with_plan");
    }

    @Test
    void theReportLinkShowsItIsWorkingUntilTheFileHasArrived() throws IOException {
        Path downloads = Files.createDirectories(Path.of("target", "downloads", "reports-" + System.nanoTime()))
                .toAbsolutePath();
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        try {
            browser.get(base + "/reports.html");
            browser.executeScript("localStorage.setItem('procedo.lang', 'vi')");
            browser.navigate().refresh();
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#r-agency option"), 1));
            // The server answers only when the test lets it: every call of the page waits until then.
            browser.executeScript("""
                    const original = window.fetch;
                    window.held = [];
                    window.fetch = (...args) => new Promise((resolve, reject) =>
                      window.held.push(() => original(...args).then(resolve, reject)));
                    window.letThrough = () => { window.fetch = original; window.held.splice(0).forEach((go) => go()); };""");
            WebElement link = browser.findElement(By.id("r-xlsx"));
            assertThat(link.getText()).isEqualTo("Tải báo cáo Excel (XLSX)");

            link.click();
            wait.until(ExpectedConditions.attributeToBe(link, "aria-busy", "true"));
            assertThat(link.getText()).isEqualTo("Đang xử lý…");
            assertThat(link.getAttribute("aria-disabled")).isEqualTo("true");
            assertThat(link.findElements(By.cssSelector(".spinner"))).hasSize(1);
            browser.executeScript("arguments[0].click()", link);
            assertThat(((Number) browser.executeScript("return window.held.length")).intValue())
                    .as("a second click while busy asks nothing more").isEqualTo(1);

            browser.executeScript("window.letThrough()");
            wait.until(d -> link.getAttribute("aria-busy") == null);
            assertThat(link.getText()).isEqualTo("Tải báo cáo Excel (XLSX)");
            assertThat(link.getAttribute("aria-disabled")).isNull();
            wait.until(d -> fileIn(downloads, ".xlsx"));
            assertThat(browser.findElement(By.id("r-result")).getText()).isEmpty();
        } finally {
            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        }
    }

    private static boolean fileIn(Path dir, String extension) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(extension) && f.toFile().length() > 0);
        } catch (IOException e) {
            return false;
        }
    }
}
