package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import java.util.List;
import procedo.catalog.account.AccountRequest;
import procedo.catalog.account.AccountService;
import procedo.catalog.account.Actor;
import procedo.catalog.account.Grant;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;
import procedo.modeler.TestHashing;

/**
 * One Procedo with the demo catalog (in-memory H2, embedded engine), its first administrator with a known password,
 * its web server on a free port and one headless Chromium, shared by all browser tests of a run. Tests keep apart
 * by the procedures and names they use, or undo what they change; {@link #reset()} gives each test a browser as if
 * newly started and signed in as the administrator (a real session: the browser holds the cookie). Calls the tests
 * make themselves carry the administrator's API token ({@link #request}).
 */
final class BrowserSite implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Dimension WINDOW = new Dimension(1400, 900);
    /** The first administrator's username and password on the browser tests' server. */
    static final String ADMIN = AccountService.FIRST_ADMIN;
    static final String ADMIN_PASSWORD = "Sông Hương 2026!";
    /** How the administrator's name shows in the pages. */
    static final String ADMIN_NAME = "Quản trị viên";

    private final Application application;
    private final Javalin server;
    private final ChromeDriver browser;
    private final String token;

    private BrowserSite(Application application, Javalin server, ChromeDriver browser, String token) {
        this.application = application;
        this.server = server;
        this.browser = browser;
        this.token = token;
    }

    static BrowserSite start() {
        Application application = Application.open(DatabaseSettings.inMemory("browser-" + UUID.randomUUID()),
                Application.EngineOptions.quiet(), TestHashing.SMALL);
        application.loadDemoIfEmpty();
        application.accounts().ensureFirstAdmin(Optional.of(ADMIN_PASSWORD));
        String token = application.accounts().createToken(ADMIN, "browser tests", Actor.system("tests")).secret();
        Javalin server = application.webServer().create().start("127.0.0.1", 0);
        return new BrowserSite(application, server, Browser.start(), token);
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

    /** A request to the API at {@code path}, sent as the administrator (with their API token). */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token);
    }

    /** Sends a request as the administrator, with a JSON body when {@code body} is not null. */
    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The procedure stored under {@code code}, as the API gives it. */
    JsonNode procedure(String code) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", "/api/procedures/" + code, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A procedure with {@code model}'s record under another code and name, not online, counting no dossiers. */
    void createLike(String model, String code, String name) throws IOException, InterruptedException {
        ObjectNode procedure = (ObjectNode) procedure(model);
        procedure.remove(List.of("withdrawal", "version"));
        procedure.put("code", code).put("name", name).put("onlineLevel", "NONE").putNull("formerCode")
                .putNull("applicantPopulation").putNull("frequencyPerYear");
        HttpResponse<String> created = send("POST", "/api/procedures", JSON.writeValueAsString(procedure));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /**
     * Forgets what the browser kept (language, cookies), restores the window's size and signs in as the
     * administrator.
     */
    void reset() {
        signOut();
        signIn(ADMIN, ADMIN_PASSWORD);
    }

    /** A browser as if newly started: nothing kept, nobody signed in. */
    void signOut() {
        browser.get(base() + "/app.css");
        browser.executeScript("localStorage.clear(); sessionStorage.clear();");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(WINDOW);
    }

    /**
     * Signs the browser in as {@code username} ({@code POST /api/session} from the browser, so the session cookie
     * is the browser's); fails unless the server accepts the password.
     */
    void signIn(String username, String password) {
        browser.get(base() + "/app.css");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/session', {method: 'POST', headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({username: arguments[0], password: arguments[1]})})
                  .then((r) => done(r.status), (e) => done(String(e)));""", username, password);
        if (!Long.valueOf(200).equals(status)) {
            throw new IllegalStateException("Signing in as " + username + " answered " + status);
        }
    }

    /**
     * Creates a user holding {@code grants} whose password is already their own (so they may act at once), and
     * returns that password.
     */
    String createUser(String username, String displayName, Grant... grants) {
        var accounts = application.accounts();
        String temporary = "Tạm thời 2026!";
        String own = "Của riêng " + username.toUpperCase(java.util.Locale.ROOT).charAt(0) + " 2026!";
        accounts.create(new AccountRequest(username, displayName, temporary, List.of(grants), null), Actor.system("tests"));
        accounts.changePassword(username, temporary, own, Actor.system("tests"));
        return own;
    }

    /** A browser as if newly started, signed in as a new user holding {@code grants}; returns their password. */
    String signInAsNewUser(String username, String displayName, Grant... grants) {
        String password = createUser(username, displayName, grants);
        signOut();
        signIn(username, password);
        return password;
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
