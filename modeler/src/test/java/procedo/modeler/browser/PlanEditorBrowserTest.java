package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst in headless Chromium: builds a plan for the demo birth registration (once-only from the
 * suggestions, then online submission), sees the saving grow, proposes and approves it, and downloads the
 * cost-reduction report from the reports page.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class PlanEditorBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    PlanEditorBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        base = site.base();
    }

    private String base() {
        return base;
    }

    private long saving() {
        return Long.parseLong(browser.findElement(By.id("plan-saving")).getText().replaceAll("[^0-9]", ""));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void buildsApprovesAndReportsAPlan() throws IOException {
        browser.get(base() + "/procedure.html?code=1.001193");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-create")));
        browser.findElement(By.id("plan-by")).sendKeys("Nguyễn Văn A");
        browser.findElement(By.id("plan-title")).sendKeys("Khai sinh không giấy tờ");
        browser.findElement(By.id("plan-create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "DRAFT"));
        assertThat(saving()).isZero();

        browser.findElement(By.cssSelector("button[data-suggestion=ONCE_ONLY]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#plan-measures li"), 1));
        long onceOnly = saving();
        assertThat(onceOnly).isPositive();

        new Select(browser.findElement(By.id("measure-kind"))).selectByValue("ONLINE");
        browser.findElement(By.id("measure-add")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#plan-measures li"), 2));
        long both = saving();
        assertThat(both).isGreaterThan(onceOnly);
        assertThat(browser.findElement(By.id("plan-percent")).getText()).endsWith("%");

        // a hand edit of the first to-be activity: fewer hours, kept beside the measures and said so
        var hours = browser.findElement(By.cssSelector("#plan-tobe input[name=hours][data-row='0']"));
        hours.clear();
        hours.sendKeys("0.1");
        browser.findElement(By.cssSelector("#plan-tobe button[data-edit='0']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-tobe"), "sửa tay"));
        assertThat(browser.findElement(By.id("plan-tobe")).getText())
                .contains("khai thác một lần", "nộp và trả kết quả trực tuyến").doesNotContain("once-only");
        assertThat(saving()).isGreaterThan(both);
        screenshot("plan-editor.png");

        browser.findElement(By.cssSelector("button[data-status=PROPOSED]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "PROPOSED"));
        browser.findElement(By.cssSelector("button[data-status=APPROVED]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "APPROVED"));
        assertThat(browser.findElements(By.id("measure-add"))).isEmpty();

        browser.get(base() + "/reports.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#r-agency option"), 1));
        new Select(browser.findElement(By.id("r-status"))).selectByValue("APPROVED");
        String href = browser.findElement(By.id("r-xlsx")).getAttribute("href");
        assertThat(href).contains("/api/reports/cost-reduction.xlsx?").contains("planStatus=APPROVED");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => done({status: r.status, type: r.headers.get('content-type'),"
                        + " size: (await r.arrayBuffer()).byteLength}));", href);
        assertThat(((Number) download.get("status")).intValue()).isEqualTo(200);
        assertThat(download.get("type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(((Number) download.get("size")).longValue()).isGreaterThan(5000);
        screenshot("reports.png");

    }
}
