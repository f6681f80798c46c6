package procedo.modeler.browser;

import io.javalin.Javalin;
import java.util.Optional;
import java.util.UUID;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;

/**
 * One Procedo with the demo catalog (in-memory H2, embedded engine), its web server on a free port and one headless
 * Chromium, shared by all browser tests of a run. Tests keep apart by the procedures and names they use, or undo
 * what they change; {@link #reset()} gives each test a browser as if newly started.
 */
final class BrowserSite implements AutoCloseable {

    static final Dimension WINDOW = new Dimension(1400, 900);

    private final Application application;
    private final Javalin server;
    private final ChromeDriver browser;

    private BrowserSite(Application application, Javalin server, ChromeDriver browser) {
        this.application = application;
        this.server = server;
        this.browser = browser;
    }

    static BrowserSite start() {
        Application application = Application.open(DatabaseSettings.inMemory("browser-" + UUID.randomUUID()));
        application.loadDemoIfEmpty();
        Javalin server = application.webServer().create().start("127.0.0.1", 0);
        return new BrowserSite(application, server, Browser.start());
    }

    Application application() {
        return application;
    }

    ChromeDriver browser() {
        return browser;
    }

    /** The address of the web server, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Forgets what the browser kept (language, officer's name, cookies) and restores the window's size. */
    void reset() {
        browser.get(base() + "/app.css");
        browser.executeScript("localStorage.clear(); sessionStorage.clear();");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(WINDOW);
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.stop();
            application.close();
        }
    }
}
