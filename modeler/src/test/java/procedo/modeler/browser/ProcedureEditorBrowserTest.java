package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The procedure editor as a reform analyst uses it, in Vietnamese: a procedure added from the catalog page with its
 * channels and times, dossier, fees, legal basis, activities and sources; a field changed and saved; a refusal shown
 * beside its field; a save over someone else's change refused with the offer to reload; a withdrawal asked first.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class ProcedureEditorBrowserTest {

    private static final String DEMO = "1.001193";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final BrowserSite site;
    private final ObjectMapper json = new ObjectMapper();

    ProcedureEditorBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    @Test
    void aProcedureIsAddedFromTheCatalogWithItsDossierFeesTimesLegalBasisActivitiesAndSources() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-procedure"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor")));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Thêm thủ tục hành chính");

        type(By.id("code"), "9.400001");
        type(By.id("name"), "Thủ tục thử cấp giấy phép soạn trong ứng dụng");
        type(By.id("field"), "Hộ tịch");
        new Select(browser.findElement(By.id("agencyCode"))).selectByValue("UBND_XA");
        type(By.id("processingDays"), "27");
        browser.findElement(By.cssSelector("#channel-table input[data-channel=ONLINE]")).click();
        type(By.cssSelector("#channel-table input[data-channel-days=IN_PERSON]"), "27");
        type(By.cssSelector("#channel-table input[data-channel-days=ONLINE]"), "17");

        List<WebElement> component = addRow(By.cssSelector("#cases fieldset.case"));
        type(By.cssSelector("#cases fieldset.case input.case-name"), "Cấp lần đầu");
        type(component.get(0), "Đơn đề nghị cấp giấy phép");
        type(component.get(2), "2");
        new Select(component.get(3)).selectByValue("CERTIFIED_COPY");
        List<WebElement> fee = addRow(By.id("fee-rows"));
        type(fee.get(1), "Lệ phí cấp giấy phép");
        type(fee.get(2), "50.000");
        List<WebElement> law = addRow(By.id("legal-rows"));
        type(law.get(0), "123/2015/NĐ-CP");
        type(law.get(1), "Nghị định quy định chi tiết một số điều của Luật Hộ tịch");
        type(law.get(2), "15/11/2015");
        List<WebElement> activity = addRow(By.id("asIs-rows"));
        type(activity.get(0), "Đi lại đến Bộ phận một cửa");
        new Select(activity.get(1)).selectByValue("TRAVEL");
        type(activity.get(2), "1,5");
        type(activity.get(4), "30.000");
        type(By.cssSelector("#source-rows tr[data-part=PROCESSING_TIME] input[type=text]"), "Quyết định 1872/QĐ-BTP");
        type(By.cssSelector("#source-rows tr[data-part=PROCESSING_TIME] input[data-date]"), "01/10/2025");
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("procedure-editor");
        browser.findElement(By.id("save")).click();

        WebElement saved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(saved.getText()).contains("Đã thêm thủ tục vào danh mục").contains("phiên bản dữ liệu 1");
        JsonNode p = site.procedure("9.400001");
        assertThat(p.get("channels").toString()).isEqualTo("[\"IN_PERSON\",\"ONLINE\"]");
        assertThat(p.at("/processingTimes/0/workingDays").asInt()).isEqualTo(27);
        assertThat(p.at("/processingTimes/1/channel").asText()).isEqualTo("ONLINE");
        assertThat(p.at("/processingTimes/1/workingDays").asInt()).isEqualTo(17);
        assertThat(p.at("/dossierComponents/0/caseName").asText()).isEqualTo("Cấp lần đầu");
        assertThat(p.at("/dossierComponents/0/copies").asInt()).isEqualTo(2);
        assertThat(p.at("/dossierComponents/0/copyKind").asText()).isEqualTo("CERTIFIED_COPY");
        assertThat(p.at("/fees/0/amountVnd").decimalValue()).isEqualByComparingTo("50000");
        assertThat(p.at("/legalDocuments/0/number").asText()).isEqualTo("123/2015/NĐ-CP");
        assertThat(p.at("/legalDocuments/0/issuedOn").asText()).isEqualTo("2015-11-15");
        assertThat(p.at("/asIsActivities/0/hours").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(p.at("/asIsActivities/0/kind").asText()).isEqualTo("TRAVEL");
        assertThat(p.at("/sources/0/part").asText()).isEqualTo("PROCESSING_TIME");
        assertThat(p.at("/sources/0/checkedOn").asText()).isEqualTo("2025-10-01");

        browser.get(base + "/procedure.html?code=9.400001");
        // drawn again, with everything else, once the cost has come
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cost h3")));
        assertThat(browser.findElement(By.id("channel-times")).getText()).contains("Trực tiếp 27 ngày làm việc").contains("Trực tuyến 17 ngày làm việc");
        assertThat(browser.findElement(By.id("legal-documents")).getText()).contains("123/2015/NĐ-CP")
                .contains("15/11/2015");
        assertThat(browser.findElement(By.id("record-sources")).getText()).contains("Thời hạn giải quyết")
                .contains("01/10/2025");
    }

    @Test
    void aFieldChangedIsSavedARefusalIsShownBesideItsFieldAndAStaleSaveOffersToReload() throws Exception {
        site.createLike(DEMO, "9.400002", "Thủ tục thử sửa trong ứng dụng");
        browser.get(base + "/procedure.html?code=9.400002");
        // the page draws its facts again once the cost and usage have come
        wait.until(d -> {
            try {
                d.findElement(By.id("edit-procedure")).click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Thủ tục thử sửa trong ứng dụng");

        type(By.id("name"), "Thủ tục thử đã sửa tên");
        browser.findElement(By.id("save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved"))).getText())
                .isEqualTo("Đã lưu thủ tục (phiên bản dữ liệu 2).");
        assertThat(site.procedure("9.400002").get("name").asText()).isEqualTo("Thủ tục thử đã sửa tên");

        By onlineDays = By.cssSelector("#channel-table input[data-channel-days=ONLINE]");
        type(onlineDays, "-3");
        browser.findElement(By.id("save")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#channel-table tr[data-channel=ONLINE] .field-error")));
        assertThat(refusal.getText()).isEqualTo("phải từ 0 đến 3.650 ngày làm việc");
        assertThat(browser.findElement(onlineDays).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("error")).getText()).contains("Chưa lưu được: có 1 chỗ cần sửa");
        assertThat(site.procedure("9.400002").get("version").asInt()).isEqualTo(2);
        type(onlineDays, "1");

        ObjectNode other = (ObjectNode) site.procedure("9.400002");
        other.remove("withdrawal");
        other.put("name", "Tên do người khác sửa");
        HttpResponse<String> changed = site.send("PUT", "/api/procedures/9.400002", json.writeValueAsString(other));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        type(By.id("decision"), "Quyết định số 99/QĐ-BTP");
        browser.findElement(By.id("save")).click();
        WebElement stale = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stale")));
        assertThat(stale.getText()).contains("vừa được người khác sửa").contains("phiên bản 3")
                .contains("phiên bản 2");
        assertThat(site.procedure("9.400002").get("decision").asText()).isNotEqualTo("Quyết định số 99/QĐ-BTP");

        browser.findElement(By.id("reload-latest")).click();
        wait.until(d -> "Tên do người khác sửa".equals(d.findElement(By.id("name")).getAttribute("value")));
    }

    @Test
    void withdrawingFromTheEditorAsksFirstAndSaysWhatWillHappen() throws Exception {
        site.createLike(DEMO, "9.400003", "Thủ tục thử bãi bỏ từ trang sửa");
        HttpResponse<String> plan = site.send("POST", "/api/procedures/9.400003/plans",
                "{\"title\": \"Phương án thử\", \"createdBy\": \"Kiểm thử\", \"measures\": []}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        browser.get(base + "/procedure-edit.html?code=9.400003");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("remove-procedure"))).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(question.getText()).contains("1 phương án đơn giản hóa").contains("đã bãi bỏ")
                .contains("thay vì bị xóa");
        assertThat(browser.findElement(By.id("confirm-yes")).getText()).isEqualTo("Bãi bỏ thủ tục");
        browser.findElement(By.id("confirm-no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(site.procedure("9.400003").get("withdrawal").isNull()).as("nothing happens before the confirmation").isTrue();

        browser.findElement(By.id("remove-procedure")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawal")));
        assertThat(mark.getText()).contains("Đã bãi bỏ");
        assertThat(site.procedure("9.400003").get("withdrawal").isNull()).isFalse();
    }

    /** Adds a row to the table in box and answers its inputs and drop-down lists, in order. */
    private List<WebElement> addRow(By box) {
        WebElement container = browser.findElement(box);
        int before = container.findElements(By.cssSelector("tbody tr")).size();
        container.findElement(By.cssSelector("button.add-row")).click();
        List<WebElement> rows = container.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(before + 1);
        return rows.get(rows.size() - 1).findElements(By.cssSelector("input, select"));
    }

    private void type(By by, String text) {
        type(browser.findElement(by), text);
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
        if (input.getAttribute("data-date") != null) {
            input.sendKeys(Keys.TAB);
        }
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
