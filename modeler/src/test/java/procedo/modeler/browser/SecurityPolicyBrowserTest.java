package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page under the server's content security policy: each page loads, draws what it draws (the BPMN editor,
 * the viewer, form previews) and the browser reports no violation of the policy — no inline script, no handler
 * attribute, no style or request the policy refuses. Every page links the favicon, which the server sends as an image.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class SecurityPolicyBrowserTest {

    private static final String CODE = "1.001193";

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    SecurityPolicyBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    @Test
    void noPageViolatesTheContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        visit("/", By.cssSelector("tr.item"), violations);
        browser.findElements(By.cssSelector("tr.item")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.explain")));
        collect(violations);
        visit("/portfolio.html?budgetDays=80", By.cssSelector("#selection-table tr.chosen"), violations);
        visit("/procedure.html?code=" + CODE, By.cssSelector("main h1, main h2"), violations);
        visit("/modeler.html?code=" + CODE + "&kind=TO_BE", By.cssSelector(".djs-container svg"), violations);
        visit("/compare.html?code=" + CODE, By.cssSelector("main"), violations);
        visit("/pilot.html?code=" + CODE, By.cssSelector("#pl-history h3"), violations);
        visit("/reports.html", By.cssSelector("main"), violations);
        visit("/templates.html", By.cssSelector("#package-list tr.item"), violations);
        browser.findElements(By.cssSelector("#package-list tr.item")).get(0).click();
        settle();
        for (WebElement preview : browser.findElements(By.cssSelector("button.preview, .preview button"))) {
            if (preview.isDisplayed()) {
                preview.click();
                settle();
                break;
            }
        }
        collect(violations);
        visit("/workflows.html", By.cssSelector("main"), violations);
        visit("/tasks.html", By.cssSelector("main"), violations);
        visit("/start.html?code=" + CODE, By.cssSelector("main"), violations);
        visit("/case.html?id=none", By.cssSelector("main"), violations);
        visit("/account.html", By.cssSelector("main"), violations);
        visit("/users.html", By.cssSelector("main"), violations);
        visit("/audit.html", By.cssSelector("main"), violations);
        visit("/signin.html", By.cssSelector("main"), violations);
        visit("/status.html", By.cssSelector("#lookup-form"), violations);
        visit("/receipt.html?case=none", By.cssSelector("main"), violations);

        assertThat(violations).isEmpty();
    }

    @Test
    void theCollectorSeesAViolation() {
        browser.get(base + "/app.css");
        browser.executeScript("const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
                + " document.head.appendChild(s);");
        wait.until(d -> !Browser.cspViolations(browser).isEmpty());

        assertThat(Browser.cspViolations(browser)).anySatisfy(v -> assertThat(v).startsWith("script-src"));
        assertThat(browser.executeScript("return window.ran || null")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPageLinksAFaviconThatIsServedAsAnImage() throws IOException {
        List<String> pages;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "web"))) {
            pages = Stream.concat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
                    .map(n -> "/" + n), Stream.of("/no-such-page.html")).toList();
        }
        assertThat(pages).contains("/index.html", "/procedure.html", "/compare.html", "/signin.html").hasSizeGreaterThan(12);
        for (String page : pages) {
            browser.get(base + page);
            wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
            List<String> icons = (List<String>) browser.executeScript(
                    "return [...document.querySelectorAll('link[rel~=icon]')].map((l) => l.href)");
            assertThat(icons).as(page).isNotEmpty();
            for (String icon : icons) {
                Map<String, Object> answer = (Map<String, Object>) browser.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then((r) => done({status: r.status, type: r.headers.get('content-type')}));",
                        icon);
                assertThat(((Number) answer.get("status")).intValue()).as(page + " " + icon).isEqualTo(200);
                assertThat((String) answer.get("type")).as(page + " " + icon).startsWith("image/");
            }
        }
    }

    private void visit(String path, By shown, List<String> violations) {
        browser.get(base + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(shown));
        settle();
        collect(violations);
    }

    private void collect(List<String> violations) {
        for (String v : Browser.cspViolations(browser)) {
            violations.add(browser.getCurrentUrl().replace(base, "") + ": " + v);
        }
    }

    /** Lets the page finish what it started after its first paint (requests, drawing, fonts). */
    private void settle() {
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
