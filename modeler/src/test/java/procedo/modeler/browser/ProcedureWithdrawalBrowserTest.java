package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Deleting a procedure from its page, as a reform officer does it in Vietnamese: the page asks first and says what
 * depends on the procedure; a procedure with a plan is withdrawn (“Đã bãi bỏ”), leaves the ranking and comes back
 * with the reinstate button; one that nothing depends on is deleted for good.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class ProcedureWithdrawalBrowserTest {

    private static final String DEMO = "1.001193";
    private static final String WITH_PLAN = "9.300001";
    private static final String UNUSED = "9.300002";
    private static final String REASON = "Bãi bỏ theo Quyết định 99/QĐ-BTP";

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final ObjectMapper json = new ObjectMapper();

    private final BrowserSite site;

    ProcedureWithdrawalBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    @Test
    void aProcedureWithAPlanIsWithdrawnAfterAConfirmationLeavesTheRankingAndIsReinstated() throws Exception {
        site.createLike(DEMO, WITH_PLAN, "Thủ tục thử bãi bỏ có phương án");
        HttpResponse<String> plan = site.send("POST", "/api/procedures/" + WITH_PLAN + "/plans",
                "{\"title\": \"Phương án thử\", \"createdBy\": \"Kiểm thử\", \"measures\": []}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);

        openProcedure(WITH_PLAN);
        browser.findElement(By.id("delete-procedure")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-removal")));
        assertThat(confirm.getText()).contains("1 phương án đơn giản hóa")
                .contains("chuyển sang trạng thái đã bãi bỏ").contains("thay vì bị xóa");
        assertThat(site.procedure(WITH_PLAN).get("withdrawal").isNull()).as("nothing happens before the confirmation").isTrue();
        browser.findElement(By.id("removal-reason")).sendKeys(REASON);
        browser.findElement(By.id("confirm-removal-yes")).click();

        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawal")));
        assertThat(mark.getText()).contains("Đã bãi bỏ").contains("Lý do: " + REASON)
                .contains("giữ lại cùng toàn bộ lịch sử");
        assertThat(browser.findElement(By.cssSelector("#title .withdrawn-badge")).getText()).isEqualTo("Đã bãi bỏ");
        assertThat(browser.findElements(By.id("delete-procedure"))).isEmpty();
        assertThat(site.procedure(WITH_PLAN).at("/withdrawal/reason").asText()).isEqualTo(REASON);

        searchRanking("thu bai bo co phuong an");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "0 thủ tục được xếp hạng"));
        assertThat(rankedCodes()).doesNotContain(WITH_PLAN);
        WebElement withdrawn = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawn")));
        assertThat(withdrawn.findElement(By.tagName("summary")).getText()).startsWith("Thủ tục đã bãi bỏ, không xếp hạng");
        assertThat(withdrawn.findElements(By.cssSelector("li[data-code='" + WITH_PLAN + "']"))).hasSize(1);

        openProcedure(WITH_PLAN);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reinstate"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delete-procedure")));
        assertThat(browser.findElement(By.id("withdrawal")).isDisplayed()).isFalse();
        assertThat(site.procedure(WITH_PLAN).get("withdrawal").isNull()).isTrue();

        searchRanking("thu bai bo co phuong an");
        wait.until(d -> rankedCodes().contains(WITH_PLAN));
    }

    @Test
    void aProcedureNothingDependsOnIsDeletedForGoodAfterTheConfirmationSaysSo() throws Exception {
        site.createLike(DEMO, UNUSED, "Thủ tục thử xóa hẳn");

        openProcedure(UNUSED);
        browser.findElement(By.id("delete-procedure")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-removal")));
        assertThat(confirm.getText()).contains("Không có dữ liệu nào phụ thuộc").contains("xóa hẳn");
        browser.findElement(By.id("confirm-removal-no")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delete-procedure")));
        assertThat(site.send("GET", "/api/procedures/" + UNUSED, null).statusCode()).isEqualTo(200);

        browser.findElement(By.id("delete-procedure")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-removal-yes"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.item")));
        assertThat(site.send("GET", "/api/procedures/" + UNUSED, null).statusCode()).isEqualTo(404);
    }

    private void openProcedure(String code) {
        browser.get(base + "/procedure.html?code=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#facts dl")));
        wait.until(d -> !d.findElements(By.id("delete-procedure")).isEmpty()
                || !d.findElements(By.id("reinstate")).isEmpty());
    }

    private void searchRanking(String text) {
        browser.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.item"), 0));
        browser.executeScript("const q = document.getElementById('q'); q.value = arguments[0];"
                + " q.dispatchEvent(new Event('input'));", text);
    }

    /** The codes of the ranking's rows, read at once (the page may be rendering them again). */
    @SuppressWarnings("unchecked")
    private List<String> rankedCodes() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('tr.item')].map(r => r.dataset.code);");
    }
}
