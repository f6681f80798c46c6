package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An address that is no page (a mistyped link, an old bookmark) shows a page in Procedo's look, in Vietnamese (the
 * browser asks for Vietnamese), saying what happened, with a link back to the catalog that works.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class NotFoundPageBrowserTest {

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    NotFoundPageBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
    }

    /**
     * Makes the browser ask for {@code languages} on every request, as a browser set up in that language does
     * (headless Chromium asks for English whatever its {@code --lang}); an empty value sends its own again.
     */
    private void askFor(String languages) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", languages.isEmpty() ? Map.of() : Map.of("Accept-Language", languages)));
    }

    @Test
    void anUnknownAddressShowsAVietnamesePageInTheUisStyleWithAWayBackToTheCatalog() throws Exception {
        site.reset();
        try {
            askFor("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7");
            browser.get(site.base() + "/thu-tuc/khong-co.html");

            assertThat(browser.getTitle()).isEqualTo("Procedo — Không tìm thấy trang");
            assertThat(browser.findElement(By.cssSelector("#not-found h2")).getText()).isEqualTo("Không tìm thấy trang");
            assertThat(browser.findElement(By.id("not-found")).getText())
                    .contains("Không có trang nào ở địa chỉ /thu-tuc/khong-co.html.");
            assertThat(browser.findElement(By.cssSelector("header#top")).getCssValue("background-color"))
                    .as("the header has the look of every page (app.css)").isEqualTo("rgba(122, 31, 31, 1)");
            assertThat(browser.findElement(By.cssSelector("header#top .brand")).getText()).isEqualTo("Procedo");
            assertThat(Browser.cspViolations(browser)).isEmpty();
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve("not-found.png"), browser.getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.id("back-home")).click();
            wait.until(ExpectedConditions.urlToBe(site.base() + "/"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ranking tbody tr")));

            askFor("en-US,en;q=0.9");
            browser.get(site.base() + "/procedures/x");
            assertThat(browser.getTitle()).isEqualTo("Procedo — Page not found");
            assertThat(browser.findElement(By.id("back-home")).getText()).isEqualTo("Back to the catalog");
        } finally {
            askFor("");
        }
    }
}
