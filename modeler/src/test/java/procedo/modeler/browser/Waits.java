package procedo.modeler.browser;

import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tests' waits. They look again every {@link #POLL}: Selenium's default of half a second made every wait
 * that was not met at once last at least that long, hundreds of times a run. A page that draws a section again
 * between finding an element and reading it makes the element stale, which is one more reason to look again, not a
 * failure.
 */
final class Waits {

    /** How often a wait looks again. */
    static final Duration POLL = Duration.ofMillis(100);

    private Waits() {
    }

    /** A wait of {@code seconds} that looks every {@link #POLL}, and again when the element read was drawn anew meanwhile. */
    static WebDriverWait of(WebDriver browser, int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        wait.pollingEvery(POLL);
        return wait;
    }
}
