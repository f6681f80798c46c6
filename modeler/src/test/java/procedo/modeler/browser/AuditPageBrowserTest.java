package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The audit page as an officer reads it, in Vietnamese: filtered by procedure, and the chain verified intact. */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class AuditPageBrowserTest {

    private static final String BIRTH = "1.001193";

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    AuditPageBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 15);
        base = site.base();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("tr.audit-record"));
    }

    @Test
    void filtersByProcedureShowsItsRecordsAndVerifiesTheChain() {
        browser.get(base + "/");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header a[href='/audit.html']")));
        assertThat(link.getText()).isEqualTo("Nhật ký");
        link.click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.audit-record"), 0));
        assertThat(browser.findElement(By.cssSelector("#audit h2")).getText()).isEqualTo("Nhật ký thay đổi");
        assertThat(browser.findElement(By.cssSelector("#audit-table thead")).getText())
                .contains("Thời gian", "Người thực hiện", "Hành động", "Thủ tục");

        browser.findElement(By.id("a-procedure")).sendKeys(BIRTH);
        browser.findElement(By.id("a-search")).click();

        wait.until(d -> !rows().isEmpty() && rows().stream().allMatch(r -> cell(r, 6).equals(BIRTH)));
        assertThat(rows()).anySatisfy(r -> {
            assertThat(cell(r, 4)).isEqualTo("Thêm thủ tục");
            assertThat(cell(r, 2)).isEqualTo("Procedo (demo catalog)");
            assertThat(cell(r, 1)).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        });
        assertThat(browser.findElement(By.id("a-count")).getText()).contains("bản ghi");
        assertThat(browser.findElement(By.id("a-xlsx")).getAttribute("href")).endsWith("/api/audit.xlsx?procedure=" + BIRTH);

        browser.findElement(By.id("a-verify")).click();

        WebElement intact = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("a-intact")));
        assertThat(intact.getText()).startsWith("Chuỗi nguyên vẹn: ").endsWith(" bản ghi.");
        assertThat(browser.findElements(By.id("a-broken"))).isEmpty();
    }

    private static String cell(WebElement row, int index) {
        return row.findElements(By.tagName("td")).get(index).getText().trim();
    }
}
