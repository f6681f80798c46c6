package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page's own date input (the audit trail's period): dd/MM/yyyy typed or picked on a calendar that starts on
 * Monday, in Vietnamese and, after the language switch, in English; a day the calendar does not have is refused
 * with a message naming the filter, and the typed text stays.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class DateFilterBrowserTest {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    DateFilterBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    @Test
    void theAuditPeriodIsTypedDayFirstOnAMondayCalendarAndAnImpossibleDayIsRefused() {
        browser.get(base + "/audit.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.audit-record"), 0));
        WebElement from = browser.findElement(By.id("a-from"));
        assertThat(from.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        from.click();
        WebElement calendar = wait.until(d -> d.findElements(By.cssSelector("#a-filters .flatpickr-calendar.open"))
                .stream().findFirst().orElse(null));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")))
                .extracting(w -> w.getText().trim()).containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");

        from.sendKeys("31/02/2026", Keys.TAB);
        wait.until(ExpectedConditions.textToBe(By.id("a-error"), "Từ ngày: ngày 31/02/2026 không tồn tại"));
        assertThat(from.getAttribute("value")).isEqualTo("31/02/2026");

        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5/7/2025", Keys.TAB);
        wait.until(ExpectedConditions.textToBe(By.id("a-error"), ""));
        assertThat(from.getAttribute("value")).isEqualTo("05/07/2025");
        assertThat(browser.findElement(By.id("a-xlsx")).getAttribute("href")).contains("from=05%2F07%2F2025");

        browser.findElement(By.id("lang")).click();
        WebElement to = browser.findElement(By.id("a-to"));
        to.click();
        WebElement english = wait.until(d -> d.findElements(By.cssSelector("#a-filters .flatpickr-calendar.open"))
                .stream().findFirst().orElse(null));
        assertThat(english.findElements(By.cssSelector(".flatpickr-weekday")))
                .extracting(w -> w.getText().trim()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        to.sendKeys("20/20/2025", Keys.TAB);
        wait.until(ExpectedConditions.textToBe(By.id("a-error"), "To: 20/20/2025 is not a day of the calendar"));
        assertThat(browser.findElement(By.id("a-from")).getAttribute("value")).isEqualTo("05/07/2025");
    }
}
