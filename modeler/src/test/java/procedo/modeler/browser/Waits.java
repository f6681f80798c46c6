package procedo.modeler.browser;

import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tests' waits: a page that draws a section again between finding an element and reading it makes the
 * element stale, which is one more reason to look again, not a failure.
 */
final class Waits {

    private Waits() {
    }

    /** A wait of {@code seconds} that looks again when the element read was drawn anew meanwhile. */
    static WebDriverWait of(WebDriver browser, int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
