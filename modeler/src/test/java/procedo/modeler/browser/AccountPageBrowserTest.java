package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;

/** One's own account page, in Vietnamese: personal API tokens and changing one's password. */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class AccountPageBrowserTest {

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    AccountPageBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    private int statusWithToken(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    @DisplayName("Tạo mã truy cập API: mã hiện một lần, dùng được; thu hồi sau khi xác nhận thì hết dùng được")
    void aTokenIsShownOnceWorksAndStopsWorkingOnceRevoked() throws Exception {
        site.signInAsNewUser("ma.truy.cap", "Đỗ Thị Mã", Grant.of(AccountRole.VIEWER));
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("me-name"))).click();
        wait.until(ExpectedConditions.urlToBe(base + "/account.html"));
        wait.until(ExpectedConditions.textToBe(By.id("account-roles"), "Người xem"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-tokens")));

        browser.findElement(By.id("token-label")).sendKeys("Tập lệnh báo cáo");
        browser.findElement(By.id("token-create")).click();
        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret")));
        String token = secret.getText();
        assertThat(token).startsWith("pdo_");
        assertThat(browser.findElement(By.id("token-new")).getText()).contains("chỉ hiện một lần");
        assertThat(statusWithToken(token)).isEqualTo(200);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "account.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        browser.navigate().refresh();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#token-list tbody tr")));
        assertThat(row.getText()).contains("Tập lệnh báo cáo").doesNotContain(token);
        assertThat(browser.findElements(By.id("token-secret"))).isEmpty();

        row.findElement(By.cssSelector("button.revoke")).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(question.getText()).contains("Thu hồi mã “Tập lệnh báo cáo”?");
        browser.findElement(By.id("confirm-no")).click();
        assertThat(statusWithToken(token)).isEqualTo(200);

        browser.findElement(By.cssSelector("#token-list button.revoke")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#token-list tbody tr"), "đã thu hồi"));
        assertThat(statusWithToken(token)).isEqualTo(401);
    }

    @Test
    @DisplayName("Phiên đăng nhập đổi khi trang đang mở: thao tác tiếp theo vẫn gửi đúng mã CSRF của phiên mới")
    void aChangeAfterTheSessionWasReplacedCarriesTheNewSessionsCsrfToken() {
        String password = site.signInAsNewUser("phien.moi", "Mai Văn Phiên", Grant.of(AccountRole.VIEWER));
        browser.get(base + "/account.html");
        wait.until(ExpectedConditions.textToBe(By.id("account-username"), "phien.moi"));
        // Signed in again from elsewhere in this browser: the cookie now names a new session with its own token.
        Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/session', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({username: 'phien.moi', password: arguments[0]})}).then((r) => done(r.status));",
                password);
        assertThat(status).isEqualTo(200L);
        browser.findElement(By.id("token-label")).sendKeys("Sau khi đăng nhập lại");
        browser.findElement(By.id("token-create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret")));
        assertThat(browser.findElement(By.id("error")).getText()).isEmpty();
        assertThat(site.application().accounts().tokens("phien.moi")).extracting(t -> t.label())
                .containsExactly("Sau khi đăng nhập lại");
    }

    @Test
    @DisplayName("Đổi mật khẩu trên trang tài khoản: sai mật khẩu hiện tại được báo bên cạnh ô đó; sau khi đổi vẫn làm việc tiếp")
    void changingThePasswordShowsTheServersReasonBesideItsFieldAndTheSessionGoesOn() {
        String password = site.signInAsNewUser("doi.mat.khau", "Vũ Văn Đổi", Grant.of(AccountRole.VIEWER));
        browser.get(base + "/account.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("change-submit")));
        browser.findElement(By.id("current-password")).sendKeys("Không đúng 12345");
        browser.findElement(By.id("new-password")).sendKeys("Mật khẩu mới hẳn 2026");
        browser.findElement(By.id("repeat-password")).sendKeys("Mật khẩu mới hẳn 2026");
        browser.findElement(By.id("change-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("current-password-error"), "Không đúng mật khẩu hiện tại."));

        browser.findElement(By.id("current-password")).clear();
        browser.findElement(By.id("current-password")).sendKeys(password);
        browser.findElement(By.id("change-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("password-changed"), "Đã đổi mật khẩu."));
        // The session was replaced: a change made afterwards still carries a valid CSRF token.
        browser.findElement(By.id("token-label")).sendKeys("Sau khi đổi mật khẩu");
        browser.findElement(By.id("token-create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret")));
        assertThat(site.application().accounts().signIn("doi.mat.khau", "Mật khẩu mới hẳn 2026", "test").username())
                .isEqualTo("doi.mat.khau");
    }
}
