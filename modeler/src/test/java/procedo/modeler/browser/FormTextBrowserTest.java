package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A start form whose title carries Markdown images and links — a procedure's name, shown by the form-js viewer as
 * its heading — renders them as text: no image requested from another site, no link to follow.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class FormTextBrowserTest {

    private static final String CODE = "9.990001";
    private static final String NAME = "Đăng ký ![x](http://evil.example/x.png) [bấm vào](javascript:alert(1))"
            + " <img src=\"http://evil.example/y.png\"> www.evil.example";

    private final ChromeDriver browser;
    private final String base;

    private final BrowserSite site;

    FormTextBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        base = site.base();
    }

    @Test
    void markdownInAFormTitleRequestsNothingAndLinksNowhere() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode procedure = (ObjectNode) json.readTree(send("GET", "/api/procedures/1.001193", null).body());
        procedure.put("code", CODE).put("name", NAME);
        procedure.remove("version");
        HttpResponse<String> created = send("POST", "/api/procedures", json.writeValueAsString(procedure));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.get(base + "/start.html?code=" + CODE);
        WebElement heading = Waits.of(browser, 20).until(
                d -> d.findElements(By.cssSelector("#start-form .fjs-form-field-text h1")).stream().findFirst()
                        .orElse(null));

        assertThat(heading.getText()).isEqualTo(NAME);
        WebElement form = browser.findElement(By.id("start-form"));
        assertThat(form.findElements(By.tagName("img"))).isEmpty();
        assertThat(heading.findElements(By.xpath(".//a | .//img"))).isEmpty();
        // the only link is the viewer's own "powered by bpmn.io" mark
        assertThat(form.findElements(By.tagName("a"))).allSatisfy(a ->
                assertThat(a.getAttribute("href")).startsWith("https://bpmn.io"));
        Object external = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => !n.startsWith(location.origin))");
        assertThat((java.util.List<?>) external).isEmpty();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    /** The one place this test's own requests are built (a header every request needs is added here). */
    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = site.request(path);
        request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
