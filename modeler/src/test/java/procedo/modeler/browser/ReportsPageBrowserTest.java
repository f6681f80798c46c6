package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * Chromium, like many officers' browsers, sends an English Accept-Language whatever the page's language.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class ReportsPageBrowserTest {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    ReportsPageBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
}
