package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The pages offer only what the signed-in person's roles allow (the server refuses the rest anyway), and the
 * users page changes roles and resets passwords; in Vietnamese.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class RoleOfferBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CODE = "1.001193";

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    RoleOfferBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private boolean shown(By by) {
        List<WebElement> found = browser.findElements(by);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    @Test
    @DisplayName("Người xem không thấy nút lưu, xóa, nhập, triển khai, phê duyệt")
    void aViewerIsOfferedNoChange() throws Exception {
        site.signInAsNewUser("chi.xem", "Phan Thị Xem", Grant.of(AccountRole.VIEWER));

        browser.get(base + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan h3")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workflow h3")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".model-card[data-kind=TO_BE] a.button")));
        assertThat(shown(By.id("plan-create"))).isFalse();
        assertThat(shown(By.id("measure-add"))).isFalse();
        assertThat(browser.findElements(By.cssSelector("#plan-suggestions button, .plan-status button"))).isEmpty();
        assertThat(shown(By.id("deploy-to-be"))).isFalse();
        assertThat(shown(By.id("start-link"))).isFalse();
        assertThat(browser.findElements(By.id("edit-procedure"))).isEmpty();

        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("read-only")));
        assertThat(browser.findElement(By.id("read-only")).getText()).startsWith("Chỉ xem");
        assertThat(shown(By.id("save"))).isFalse();
        assertThat(shown(By.id("comment"))).isFalse();
        assertThat(browser.findElement(By.id("import-file")).findElement(By.xpath("..")).isDisplayed()).isFalse();
        assertThat(shown(By.id("export-bpmn"))).isTrue();

        browser.get(base + "/templates.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#package-list tbody tr")));
        wait.until(d -> !d.findElement(By.id("import")).isDisplayed());
        assertThat(browser.findElements(By.cssSelector("#versions button.publish"))).isEmpty();
        assertThat(shown(By.id("adoption"))).isFalse();

        browser.get(base + "/reports.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#r-agency option"), 1));
        wait.until(d -> !d.findElement(By.id("c-import")).isDisplayed());
        assertThat(shown(By.id("c-export"))).isTrue();

        browser.get(base + "/workflows.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deploy-locality option")));
        wait.until(d -> !d.findElement(By.id("deploy")).isDisplayed());
        assertThat(browser.findElements(By.cssSelector("#workflow-list button"))).isEmpty();

        browser.get(base + "/users.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "ADMIN"));
        assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
        screenshot("viewer-users.png");
    }

    @Test
    @DisplayName("Quản trị viên đổi vai trò và đặt lại mật khẩu của một người dùng, có hỏi trước khi đặt lại")
    void anAdministratorChangesRolesAndResetsAPassword() throws Exception {
        site.createUser("doi.vai.tro", "Hoàng Văn Vai", Grant.of(AccountRole.VIEWER));
        browser.get(base + "/users.html");
        By row = By.cssSelector("#user-list tr[data-username='doi.vai.tro']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        browser.findElement(row).findElement(By.cssSelector("button.edit-roles")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roles-form")));
        new Select(form.findElement(By.cssSelector(".role-row select.role"))).selectByValue("LOCALITY_OFFICER");
        form.findElement(By.cssSelector("button.add-role")).click();
        List<WebElement> roles = form.findElements(By.cssSelector(".role-row select.role"));
        new Select(roles.get(1)).selectByValue("VIEWER");
        browser.findElement(By.id("roles-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#roles-form [data-error-for='roles[0].locality']"), "Hãy chọn tỉnh, thành phố."));
        new Select(browser.findElement(By.cssSelector("#roles-form .role-row select.locality"))).selectByValue("48");
        screenshot("users.png");
        browser.findElement(By.id("roles-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-message"), "Đã lưu vai trò của Hoàng Văn Vai"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Cán bộ địa phương — 48 — Thành phố Đà Nẵng"));
        assertThat(browser.findElement(row).getText()).contains("Người xem");

        browser.findElement(row).findElement(By.cssSelector("button.reset-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-password"))).sendKeys("Mật khẩu tạm mới 7");
        browser.findElement(By.id("reset-do")).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(question.getText()).contains("Đặt lại mật khẩu của Hoàng Văn Vai (doi.vai.tro)?");
        browser.findElement(By.id("confirm-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-message"), "Đã đặt lại mật khẩu của Hoàng Văn Vai"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "chờ đổi mật khẩu"));
        assertThat(site.application().accounts().signIn("doi.vai.tro", "Mật khẩu tạm mới 7", "test").mustChangePassword())
                .isTrue();
    }
}
