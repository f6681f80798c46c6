package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;

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
    private final BrowserSite site;

    PlanEditorBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
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
        // Who acts is the signed-in person, shown, not typed.
        assertThat(browser.findElement(By.id("plan-by")).getText()).isEqualTo(BrowserSite.ADMIN_NAME);
        assertThat(browser.findElement(By.id("plan-by")).getTagName()).isEqualTo("strong");
        browser.findElement(By.id("plan-title")).sendKeys("Khai sinh không giấy tờ");
        browser.findElement(By.id("plan-create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Dự thảo"));
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
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã đề xuất"));
        // Whoever proposed a plan is not offered its approval: someone else approves it.
        assertThat(browser.findElements(By.cssSelector("button[data-status=APPROVED]"))).isEmpty();
        assertThat(browser.findElement(By.id("plan-approve-by-other")).getText()).contains("người khác phê duyệt");
        site.signInAsNewUser("phe.duyet", "Trần Văn Duyệt", Grant.of(AccountRole.ANALYST));
        browser.get(base() + "/procedure.html?code=1.001193");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-status=APPROVED]")));
        assertThat(browser.findElement(By.id("plan-by")).getText()).isEqualTo("Trần Văn Duyệt");
        browser.findElement(By.cssSelector("button[data-status=APPROVED]")).click();
        // Approving asks first, saying the plan, its status change and its saving; going back changes nothing.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='status']")).getText())
                .isEqualTo("Đã đề xuất → Đã phê duyệt");
        assertThat(browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='saving']")).getText())
                .isEqualTo(browser.findElement(By.id("plan-saving")).getText());
        browser.findElement(By.id("confirm-no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("Đã đề xuất");
        browser.findElement(By.cssSelector("button[data-status=APPROVED]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã phê duyệt"));
        assertThat(browser.findElements(By.id("measure-add"))).isEmpty();

        // The history is a long table: oldest first, its total said, sorted newest first by a click on "Thời điểm".
        browser.findElement(By.cssSelector("#plan-history-box summary")).click();
        By historyRows = By.cssSelector("#plan-history tbody tr");
        wait.until(ExpectedConditions.visibilityOfElementLocated(historyRows));
        assertThat(browser.findElements(historyRows)).extracting(r -> r.findElements(By.tagName("td")).get(2).getText())
                .containsExactly("Dự thảo", "Đã đề xuất", "Đã phê duyệt");
        assertThat(browser.findElements(historyRows)).extracting(r -> r.findElements(By.tagName("td")).get(1).getText())
                .containsExactly("—", "Dự thảo", "Đã đề xuất");
        assertThat(browser.findElements(historyRows).get(2).findElements(By.tagName("td")).get(3).getText())
                .isEqualTo("phe.duyet");
        assertThat(browser.findElement(By.cssSelector("#plan-history-box .page-range")).getText())
                .isEqualTo("1–3 / 3 lần chuyển trạng thái");
        assertThat(browser.findElements(By.cssSelector("#plan-history-box button.export-csv"))).hasSize(1);
        WebElement when = browser.findElement(By.cssSelector("#plan-history thead th"));
        assertThat(when.getText()).isEqualTo("Thời điểm");
        when.click();
        wait.until(ExpectedConditions.attributeToBe(when, "aria-sort", "ascending"));
        when.click();
        wait.until(ExpectedConditions.attributeToBe(when, "aria-sort", "descending"));
        assertThat(browser.findElements(historyRows)).extracting(r -> r.findElements(By.tagName("td")).get(2).getText())
                .containsExactly("Đã phê duyệt", "Đã đề xuất", "Dự thảo");
        browser.executeScript("document.getElementById('plan-history-box').scrollIntoView()");
        screenshot("plan-history.png");

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
