package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;
import procedo.modeler.TestHashing;

/**
 * Signing in and out in the browser, in Vietnamese: a wrong then the right password, a lock-out, the first
 * administrator's one-time password, an administrator creating a case officer who then works, and signing out.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class SignInBrowserTest {

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    SignInBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    private void fillSignIn(String username, String password) {
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
        name.clear();
        name.sendKeys(username);
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signin-submit")).click();
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String path() {
        URI uri = URI.create(browser.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    @DisplayName("Sai mật khẩu rồi đúng mật khẩu: vào đúng trang đã yêu cầu")
    void aWrongThenTheRightPasswordLandsOnThePageAskedFor() throws Exception {
        site.signOut();
        browser.get(base + "/tasks.html?group=mot-cua");
        wait.until(ExpectedConditions.urlContains("/signin.html"));
        assertThat(path()).isEqualTo("/signin.html?next=%2Ftasks.html%3Fgroup%3Dmot-cua");
        assertThat(browser.findElement(By.id("signin-form")).getText())
                .contains("Tên đăng nhập", "Mật khẩu");
        assertThat(browser.findElement(By.id("signin-submit")).getText()).isEqualTo("Đăng nhập");

        fillSignIn(BrowserSite.ADMIN, "Không phải mật khẩu 1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signin-error"),
                "Tên đăng nhập hoặc mật khẩu không đúng"));
        screenshot("signin.png");
        assertThat(path()).startsWith("/signin.html");

        fillSignIn(BrowserSite.ADMIN, BrowserSite.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/tasks.html"));
        assertThat(path()).isEqualTo("/tasks.html?group=mot-cua");
        wait.until(ExpectedConditions.textToBe(By.id("me-name"), BrowserSite.ADMIN_NAME));
        assertThat(browser.findElement(By.id("me-name")).getAttribute("title")).contains("admin", "Quản trị hệ thống");
        assertThat(browser.findElement(By.id("nav-users")).getText()).isEqualTo("Người dùng");
    }

    @Test
    @DisplayName("Đăng nhập sai nhiều lần: tài khoản tạm khóa, trang nói khi nào thử lại")
    void repeatedFailuresLockTheAccountAndThePageSaysWhenToTryAgain() {
        String password = site.createUser("thu.khoa", "Người Thử Khóa", Grant.of(AccountRole.VIEWER));
        site.signOut();
        browser.get(base + "/signin.html");
        for (int i = 0; i < 5; i++) {
            fillSignIn("thu.khoa", "Sai mật khẩu lần " + i);
            wait.until(d -> !d.findElement(By.id("signin-error")).getText().isEmpty()
                    && d.findElement(By.id("signin-submit")).isEnabled());
        }
        fillSignIn("thu.khoa", password);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signin-error"), "tạm khóa"));
        assertThat(browser.findElement(By.id("signin-error")).getText())
                .matches("Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần\\. Hãy thử lại sau \\d+ giây \\(lúc .+\\)\\.");
        assertThat(path()).startsWith("/signin.html");
    }

    @Test
    @DisplayName("Địa chỉ quay lại chỉ là một trang của Procedo, không bao giờ là trang khác")
    void theAddressToGoBackToIsNeverAnotherSite() {
        site.signOut();
        browser.get(base + "/signin.html?next=%2F%2Fattacker.example%2Fx");
        fillSignIn(BrowserSite.ADMIN, BrowserSite.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin.html")));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/");
    }

    @Test
    @DisplayName("Quản trị viên đầu tiên với mật khẩu dùng một lần phải đổi mật khẩu")
    void theFirstAdministratorWithAOneTimePasswordIsMadeToChangeIt() throws Exception {
        Application fresh = Application.open(DatabaseSettings.inMemory("browser-first-" + UUID.randomUUID()),
                Application.EngineOptions.quiet(), TestHashing.SMALL);
        Javalin server = null;
        try {
            String oneTime = fresh.accounts().ensureFirstAdmin(Optional.empty()).orElseThrow();
            server = fresh.webServer().create().start("127.0.0.1", 0);
            String other = "http://127.0.0.1:" + server.port();
            browser.get(other + "/reports.html");
            wait.until(ExpectedConditions.urlContains("/signin.html?next=%2Freports.html"));
            fillSignIn("admin", oneTime);

            WebElement why = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-why")));
            assertThat(why.getText()).contains("Bạn cần đặt mật khẩu mới");
            assertThat(browser.findElement(By.id("signin")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("password-policy")).getText())
                    .contains("ít nhất 10 ký tự", "không chứa tên đăng nhập", "ít nhất 4 ký tự khác nhau");
            // Until the password changes, the other pages send the person back here.
            assertThat(browser.getCurrentUrl()).startsWith(other + "/signin.html");

            browser.findElement(By.id("new-password")).sendKeys("admin của Bộ 2026");
            browser.findElement(By.id("repeat-password")).sendKeys("admin của Bộ 2026");
            browser.findElement(By.id("change-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("new-password-error"), "Không được chứa tên đăng nhập."));
            screenshot("signin-change-password.png");

            browser.findElement(By.id("new-password")).clear();
            browser.findElement(By.id("new-password")).sendKeys("Hồ Tây lộng gió 2026");
            browser.findElement(By.id("repeat-password")).clear();
            browser.findElement(By.id("repeat-password")).sendKeys("Hồ Tây lộng gió 2025");
            browser.findElement(By.id("change-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("repeat-password-error"),
                    "Hai lần nhập mật khẩu mới không giống nhau."));

            browser.findElement(By.id("repeat-password")).clear();
            browser.findElement(By.id("repeat-password")).sendKeys("Hồ Tây lộng gió 2026");
            browser.findElement(By.id("change-submit")).click();
            wait.until(ExpectedConditions.urlToBe(other + "/reports.html"));
            wait.until(ExpectedConditions.textToBe(By.id("me-name"), "Quản trị viên"));
            assertThat(fresh.accounts().get("admin").mustChangePassword()).isFalse();
            assertThat(fresh.accounts().signIn("admin", "Hồ Tây lộng gió 2026", "test").username()).isEqualTo("admin");
        } finally {
            browser.manage().deleteAllCookies();
            if (server != null) {
                server.stop();
            }
            fresh.close();
        }
    }

    @Test
    @DisplayName("Quản trị viên tạo cán bộ một cửa; cán bộ đăng nhập thấy danh sách công việc, không thấy nút triển khai")
    void anAdministratorCreatesACaseOfficerWhoSeesTheTaskListButNoDeployButton() {
        browser.get(base + "/users.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#user-list tr[data-username='admin']")));
        assertThat(browser.findElement(By.cssSelector("#user-list tr[data-username='admin']")).getText())
                .contains("Quản trị viên", "Quản trị hệ thống", "Đang hoạt động");

        browser.findElement(By.id("new-username")).sendKeys("Nguyễn Thu");
        browser.findElement(By.id("new-display-name")).sendKeys("Nguyễn Thị Thu");
        browser.findElement(By.id("new-user-password")).sendKeys("Tạm thời của Thu 1");
        WebElement role = browser.findElement(By.cssSelector("#create-form .role-row select.role"));
        new Select(role).selectByValue("CASE_OFFICER");
        // A case officer's grant names the province and groups: left out, the API's reasons show beside them.
        browser.findElement(By.id("create-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#create-form [data-error-for='username']"), "chữ thường không dấu"));
        assertThat(browser.findElement(By.cssSelector("#create-form [data-error-for='roles[0].locality']")).getText())
                .isEqualTo("Hãy chọn tỉnh, thành phố.");
        assertThat(browser.findElement(By.cssSelector("#create-form [data-error-for='roles[0].groups']")).getText())
                .isEqualTo("Hãy chọn ít nhất một nhóm xử lý.");

        WebElement username = browser.findElement(By.id("new-username"));
        username.clear();
        username.sendKeys("nguyen.thu");
        new Select(browser.findElement(By.cssSelector("#create-form .role-row select.locality"))).selectByValue("79");
        browser.findElement(By.cssSelector("#create-form .role-row .groups input[value='mot-cua']")).click();
        browser.findElement(By.id("create-submit")).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#user-list tr[data-username='nguyen.thu']")));
        assertThat(row.getText()).contains("Nguyễn Thị Thu",
                "Cán bộ một cửa — 79 — Thành phố Hồ Chí Minh (Bộ phận một cửa)", "chờ đổi mật khẩu");

        // The officer signs in with the temporary password, changes it, and lands on the task list.
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/signin.html"));
        browser.get(base + "/tasks.html");
        fillSignIn("nguyen.thu", "Tạm thời của Thu 1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-form")));
        browser.findElement(By.id("new-password")).sendKeys("Bến Nghé 2026 của tôi");
        browser.findElement(By.id("repeat-password")).sendKeys("Bến Nghé 2026 của tôi");
        browser.findElement(By.id("change-submit")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/tasks.html"));
        wait.until(ExpectedConditions.textToBe(By.id("officer-current"), "Nguyễn Thị Thu"));
        assertThat(browser.findElement(By.id("task-list")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("me-name")).getText()).isEqualTo("Nguyễn Thị Thu");
        assertThat(browser.findElements(By.id("nav-users"))).isEmpty();

        browser.get(base + "/workflows.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deploy-locality option")));
        wait.until(d -> !d.findElement(By.id("deploy")).isDisplayed());
        assertThat(browser.findElement(By.id("deploy-button")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#workflow-list button.suspend, #workflow-list button.resume")))
                .isEmpty();

        // The users page is for administrators only.
        browser.get(base + "/users.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "ADMIN"));
        assertThat(browser.findElements(By.cssSelector("#user-list tr.user"))).isEmpty();
    }

    @Test
    @DisplayName("Quản trị viên vô hiệu hóa một tài khoản sau khi xác nhận, hộp xác nhận nêu tên người đó")
    void disablingAnAccountAsksFirstNamingThePerson() {
        site.createUser("tam.ngung", "Lý Văn Tạm", Grant.of(AccountRole.VIEWER));
        browser.get(base + "/users.html");
        By button = By.cssSelector("#user-list tr[data-username='tam.ngung'] button.toggle-disabled");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(question.getText()).contains("Vô hiệu hóa tài khoản của Lý Văn Tạm (tam.ngung)");
        browser.findElement(By.id("confirm-no")).click();
        assertThat(site.application().accounts().get("tam.ngung").disabled()).isFalse();

        browser.findElement(button).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#user-list tr[data-username='tam.ngung'] td.state"), "Đã vô hiệu hóa"));
        assertThat(site.application().accounts().get("tam.ngung").disabled()).isTrue();
    }

    @Test
    @DisplayName("Đăng xuất trở về trang đăng nhập; sau đó trang chủ chuyển đến trang đăng nhập")
    void signingOutReturnsToTheSignInPageAndTheHomePageRedirectsThere() {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out")));
        assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Đăng xuất");
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/signin.html"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));

        browser.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/signin.html"));
        assertThat(path()).isEqualTo("/signin.html?next=%2F");
        assertThat(browser.findElements(By.id("me-name"))).isEmpty();

        // The language switch works on the sign-in page too.
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.id("signin-submit"), "Sign in"));
    }
}
