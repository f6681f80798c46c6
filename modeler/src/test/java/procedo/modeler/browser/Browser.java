package procedo.modeler.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded. A missing browser is a
 * test failure that says how to install it, never a skip.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PROCEDO_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PROCEDO_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static ChromeDriver start() {
        for (Path tool : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: the browser tests need Debian's chromium and"
                        + " chromium-driver (apt-get install chromium chromium-driver; ./procedo test installs them)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", CSP_COLLECTOR));
        return driver;
    }

    /**
     * Collects the page's content-security-policy violations in {@code window.cspViolations} from before its first
     * script runs (installed through the DevTools protocol, which the policy does not govern).
     */
    static final String CSP_COLLECTOR = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
            + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'"
            + " + e.lineNumber + ' ' + (e.sample || '')));";

    /** The content-security-policy violations of the page shown so far. */
    @SuppressWarnings("unchecked")
    static java.util.List<String> cspViolations(ChromeDriver driver) {
        Object found = driver.executeScript("return window.cspViolations || null");
        if (found == null) {
            throw new IllegalStateException("no CSP collector on " + driver.getCurrentUrl());
        }
        return (java.util.List<String>) found;
    }
}
