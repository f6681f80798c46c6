package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The procedure page holds the cost section and the plan editor, whose labels share keys ("saving", "share") but
 * not words: each part shows its own, in Vietnamese and after the switch to English.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class ProcedurePageTextsBrowserTest {

    private static final String CODE = "1.001193";

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BrowserSite site;

    ProcedurePageTextsBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    /** The texts of what the selector finds, hidden ones (a closed details element) included. */
    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }

    private void openWithAPlan() {
        browser.get(base + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cost .kpi.saving .kpi-label")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan-tobe th")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan .plan-figures th")));
    }

    @Test
    void theCostSectionAndThePlanEditorEachShowTheirOwnLabels() throws Exception {
        HttpResponse<String> created = http.send(site.request("/api/procedures/" + CODE + "/plans")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\": \"Nhãn của từng phần\", \"measures\": []}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = new ObjectMapper().readTree(created.body()).get("id").asLong();
        try {
            openWithAPlan();
            assertThat(texts("#cost .kpi.saving .kpi-label")).containsExactly("Tiết kiệm");
            assertThat(texts("#cost table.data th")).contains("Tỷ lệ hồ sơ", "Giờ").doesNotContain("Tỷ lệ");
            assertThat(texts("#plan-tobe th")).contains("Tỷ lệ").doesNotContain("Tỷ lệ hồ sơ");
            assertThat(texts("#plan .plan-figures th")).contains("Tiết kiệm (đ/năm)").doesNotContain("Tiết kiệm");

            WebElement english = browser.findElement(By.id("lang"));
            english.click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#cost .kpi.saving .kpi-label"), "Saving"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan-tobe th")));
            assertThat(texts("#cost table.data th")).contains("Share of dossiers").doesNotContain("Share");
            assertThat(texts("#plan-tobe th")).contains("Share").doesNotContain("Share of dossiers");
            assertThat(texts("#plan .plan-figures th")).contains("Saving (VND/year)").doesNotContain("Saving");
        } finally {
            HttpResponse<String> deleted = http.send(site.request("/api/plans/" + plan)
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        }
    }
}
