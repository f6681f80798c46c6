package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.modeler.browser.RankingPageBrowserTest.viNumber;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portfolio page as reform staff use it, in Vietnamese, with the demo catalog: a budget in person-days gives the
 * exact selection with its totals and what was left out and why, the workbook downloads with its inputs, and the
 * page's address restores the same portfolio when it is opened again.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class PortfolioPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final BrowserSite site;

    PortfolioPageBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
        this.site = site;
    }

    private List<WebElement> chosen() {
        return browser.findElements(By.cssSelector("#selection-table tr.chosen"));
    }

    /** Opens the page at {@code query} and waits until its portfolio is shown. */
    private void open(String query) {
        browser.get(base + "/portfolio.html" + query);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-saving")));
        wait.until(d -> "0".equals(d.findElement(By.tagName("html")).getAttribute("data-calls")));
    }

    private static BigDecimal column(List<WebElement> rows, int index) {
        return rows.stream().map(r -> viNumber(r.findElements(By.tagName("td")).get(index).getText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aBudgetGivesTheSelectionWithItsTotalsAndWhatWasLeftOutAndWhy() throws Exception {
        open("?budgetDays=80");

        assertThat(browser.findElement(By.cssSelector("header .tagline")).getText())
                .isEqualTo("Chọn thủ tục đưa lên trực tuyến trong ngân sách");
        assertThat(browser.findElement(By.cssSelector("header nav a.active")).getText()).isEqualTo("Chọn theo ngân sách");
        List<WebElement> rows = chosen();
        assertThat(rows).isNotEmpty();
        BigDecimal effort = column(rows, 6);
        assertThat(effort).isEqualByComparingTo(viNumber(browser.findElement(By.id("total-effort")).getText()))
                .isLessThanOrEqualTo(BigDecimal.valueOf(80));
        assertThat(column(rows, 9)).isEqualByComparingTo(viNumber(browser.findElement(By.id("total-saving")).getText()));
        assertThat(browser.findElement(By.id("totals")).getText()).contains("Tổng tiết kiệm chi phí tuân thủ",
                "ngày công", "/năm", "Ngân sách còn lại");

        List<WebElement> leftOut = browser.findElements(By.cssSelector("#left-out-table tr.left-out"));
        assertThat(leftOut).isNotEmpty();
        assertThat(leftOut).extracting(r -> r.findElement(By.cssSelector("td.reason")).getText())
                .contains("đã trực tuyến toàn trình")
                .anyMatch(reason -> reason.startsWith("không đủ ngân sách còn lại (còn ") || reason.equals("vượt ngân sách"));
        assertThat(browser.findElement(By.id("left-out-counts")).getText()).contains("thủ tục không được chọn:");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("portfolio.png"), browser.getScreenshotAs(OutputType.BYTES));

        new Select(browser.findElement(By.id("scope"))).selectByValue("79");
        wait.until(ExpectedConditions.urlContains("scope=79"));
        assertThat(browser.getCurrentUrl()).contains("budgetDays=80");
    }

    @Test
    void theWorkbookDownloadsWithTheInputsShown() throws Exception {
        open("?budgetDays=80&level=COMMUNE");
        String href = browser.findElement(By.id("p-xlsx")).getAttribute("href");
        assertThat(href).contains("/api/portfolio.xlsx?", "budgetDays=80", "level=COMMUNE", "lang=vi");
        String encoded = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { let s = '';"
                + " new Uint8Array(b).forEach(x => { s += String.fromCharCode(x); }); done(btoa(s)); });", href);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            Sheet selection = workbook.getSheet("Danh mục ưu tiên");
            assertThat(selection).isNotNull();
            assertThat(workbook.getSheet("Không được chọn")).isNotNull();
            assertThat(value(selection, "Ngân sách (ngày công)").getNumericCellValue()).isEqualTo(80);
            assertThat(value(selection, "Cấp thực hiện").getStringCellValue()).isEqualTo("Cấp xã");
            assertThat(value(selection, "Tổng tiết kiệm chi phí tuân thủ/năm (đồng)").getNumericCellValue())
                    .isEqualTo(viNumber(browser.findElement(By.id("total-saving")).getText()).doubleValue());
        }
    }

    private static org.apache.poi.ss.usermodel.Cell value(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void aSharedLinkOpensTheSamePortfolioAndTheRankingLinksToIt() {
        browser.get(base + "/?field=H%E1%BB%99%20t%E1%BB%8Bch&scope=79");
        wait.until(ExpectedConditions.attributeContains(By.id("to-portfolio"), "href", "field="));
        browser.findElement(By.id("to-portfolio")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-saving")));

        assertThat(new Select(browser.findElement(By.id("field"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("Hộ tịch");
        assertThat(new Select(browser.findElement(By.id("scope"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("79");
        WebElement budget = browser.findElement(By.id("budget"));
        budget.clear();
        budget.sendKeys("45");
        wait.until(ExpectedConditions.urlContains("budgetDays=45"));
        String shared = browser.getCurrentUrl();
        assertThat(URLDecoder.decode(shared, StandardCharsets.UTF_8)).contains("field=Hộ tịch", "scope=79");

        browser.get(base + "/");
        browser.get(shared);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-saving")));
        assertThat(browser.findElement(By.id("budget")).getAttribute("value")).isEqualTo("45");
        assertThat(new Select(browser.findElement(By.id("field"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("Hộ tịch");
        wait.until(d -> !chosen().isEmpty() || d.findElement(By.id("selection")).getText().contains("Không có thủ tục"));
        assertThat(chosen()).allMatch(r -> r.findElements(By.tagName("td")).get(3).getText().equals("Hộ tịch"));

        browser.findElement(By.id("budget")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        wait.until(d -> !d.findElement(By.cssSelector("[data-error-for='budgetDays']")).getText().isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-error-for='budgetDays']")).getText())
                .startsWith("Hãy nhập ngân sách");
    }

    @Test
    void aSavedProfileIsOfferedByItsDisplayNameInEitherLanguage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(site.request("/api/profiles")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "ho-tich-truoc", "displayName": "Hộ tịch trước", "weights": {"VOLUME": 1}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        try {
            open("?budgetDays=80&profile=ho-tich-truoc");
            WebElement option = new Select(browser.findElement(By.id("profile"))).getFirstSelectedOption();
            assertThat(option.getAttribute("value")).isEqualTo("ho-tich-truoc");
            assertThat(option.getText()).isEqualTo("Hộ tịch trước");
            assertThat(new Select(browser.findElement(By.id("profile"))).getOptions())
                    .extracting(WebElement::getText).contains("Cân bằng");

            browser.findElement(By.id("lang")).click();
            wait.until(d -> new Select(d.findElement(By.id("profile"))).getOptions().stream()
                    .anyMatch(o -> o.getText().equals("Balanced")));
            assertThat(new Select(browser.findElement(By.id("profile"))).getFirstSelectedOption().getText())
                    .isEqualTo("Hộ tịch trước");
        } finally {
            http.send(site.request("/api/profiles/ho-tich-truoc").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
