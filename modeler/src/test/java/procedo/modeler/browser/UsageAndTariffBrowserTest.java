package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
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
 * Usage figures and tariffs as reform staff record and correct them in the app, in Vietnamese: a statistics figure
 * recorded for a province reaches the usage table and the procedure's cost basis, is corrected, and a refused value
 * is shown at its field; a tariff's input changed shows the derived hourly tariff, and a stale save is refused.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class UsageAndTariffBrowserTest {

    /** Xóa đăng ký thường trú: a procedure no other browser test counts on. */
    private static final String CODE = "1.003197";
    private static final String PROVINCE = "79";
    private static final int YEAR = 2024;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    UsageAndTariffBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(site.request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode figure(String source, int year) throws Exception {
        return StreamSupport.stream(call("GET", "/api/procedures/" + CODE + "/usage", null).get("stats").spliterator(), false)
                .filter(s -> s.get("localityCode").asText().equals(PROVINCE) && s.get("year").asInt() == year
                        && s.get("source").asText().equals(source)).findFirst().orElse(null);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void openProcedure() {
        browser.get(site.base() + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("usage-form")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cost [data-kpi='dossiersPerYear']")));
    }

    private long dossiersPerYear() {
        return RankingPageBrowserTest.viNumber(
                browser.findElement(By.cssSelector("#cost [data-kpi='dossiersPerYear']")).getText()).longValueExact();
    }

    private static String vi(long n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String errorAt(String field) {
        return browser.findElement(By.cssSelector("[data-error-for='" + field + "']")).getText();
    }

    private By row(String source, int year) {
        return By.cssSelector("#usage-figures tr[data-locality='" + PROVINCE + "'][data-year='" + year + "'][data-source='"
                + source + "']");
    }

    @Test
    void aStatisticsFigureIsRecordedThenCorrectedAndReachesTheCostBasis() throws Exception {
        JsonNode estimated = figure("ESTIMATED", YEAR);
        long total = estimated.get("dossiersTotal").asLong();
        try {
            openProcedure();
            long before = dossiersPerYear();
            assertThat(browser.findElement(By.cssSelector("#usage-editor h3")).getText())
                    .isEqualTo("Số liệu hồ sơ theo địa phương và năm");

            new Select(browser.findElement(By.id("usage-locality"))).selectByValue(PROVINCE);
            type("usage-year", String.valueOf(YEAR));
            type("usage-total", vi(total + 1000));
            type("usage-online", "10");
            type("usage-ontime", String.valueOf(total));
            type("usage-note", "Báo cáo tình hình giải quyết TTHC năm 2024 của UBND Thành phố Hồ Chí Minh");
            browser.findElement(By.id("usage-save")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-saved")));
            assertThat(browser.findElement(By.id("usage-saved")).getText())
                    .isEqualTo("Đã ghi số liệu của Thành phố Hồ Chí Minh năm 2024.");
            WebElement recorded = browser.findElement(row("IMPORTED", YEAR));
            assertThat(recorded.getText()).contains("thống kê", vi(total + 1000), "Quản trị viên", "Báo cáo tình hình");
            assertThat(browser.findElement(row("ESTIMATED", YEAR)).getText()).contains("ước tính", vi(total));
            wait.until(d -> dossiersPerYear() == before + 1000);
            assertThat(browser.findElement(By.cssSelector("#usage table.data")).getText())
                    .contains(vi(total + 1000));
            browser.executeScript("document.getElementById('usage-editor').scrollIntoView()");
            screenshot("usage-editor");

            browser.findElement(row("IMPORTED", YEAR)).findElement(By.cssSelector("button.correct")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#usage-form h4"),
                    "Sửa số liệu thống kê của Thành phố Hồ Chí Minh năm 2024"));
            assertThat(browser.findElement(By.id("usage-total")).getAttribute("value")).isEqualTo(vi(total + 1000));
            type("usage-total", vi(total + 500));
            type("usage-note", "Số liệu đã rà soát lại với Sở Tư pháp");
            browser.findElement(By.id("usage-save")).click();

            wait.until(d -> dossiersPerYear() == before + 500);
            WebElement corrected = browser.findElement(row("IMPORTED", YEAR));
            assertThat(corrected.getText()).contains(vi(total + 500), "Số liệu đã rà soát lại");
            assertThat(corrected.findElements(By.tagName("td")).get(9).getText()).isEqualTo("2");
            assertThat(figure("IMPORTED", YEAR).get("version").asInt()).isEqualTo(2);
        } finally {
            call("POST", "/api/procedures/" + CODE + "/usage", """
                    {"stats": [{"localityCode": "%s", "year": %d, "source": "IMPORTED", "dossiersTotal": %d,
                      "dossiersOnline": %d, "dossiersOnTime": %d}]}""".formatted(PROVINCE, YEAR, total,
                    estimated.get("dossiersOnline").asLong(), estimated.get("dossiersOnTime").asLong()));
        }
    }

    @Test
    void aRefusedFigureIsShownAtItsFieldAndNothingIsRecorded() {
        int next = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue() + 1;
        openProcedure();

        new Select(browser.findElement(By.id("usage-locality"))).selectByValue(PROVINCE);
        type("usage-year", String.valueOf(next));
        type("usage-total", "-5");
        type("usage-online", "mười");
        browser.findElement(By.id("usage-save")).click();
        assertThat(errorAt("dossiersOnline")).isEqualTo("phải là một số (ví dụ 7.700.000 hoặc 22,5)");

        type("usage-online", "");
        browser.findElement(By.id("usage-save")).click();

        wait.until(d -> !errorAt("dossiersTotal").isEmpty());
        assertThat(errorAt("dossiersTotal")).isEqualTo("bắt buộc phải nhập và không được là số âm");
        assertThat(errorAt("year")).isEqualTo("không được sau năm hiện tại (" + (next - 1) + ")");
        assertThat(errorAt("dossiersOnline")).isEmpty();
        assertThat(browser.findElement(By.id("usage-total")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(row("IMPORTED", next))).isEmpty();
    }

    private void openTariffs() {
        browser.get(site.base() + "/reports.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header nav a[href='/tariffs.html']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tariff-table tbody tr")));
        assertThat(browser.findElement(By.id("tariff-list")).getText()).doesNotContain("null");
    }

    private By tariffRow(String type, int year) {
        return By.cssSelector("#tariff-table tr[data-type='" + type + "'][data-year='" + year + "']");
    }

    @Test
    void aTariffInputChangedShowsTheDerivedTariffAndIsSaved() throws Exception {
        openTariffs();
        assertThat(browser.findElement(By.cssSelector("header nav a.active")).getText()).isEqualTo("Đơn giá giờ công");
        WebElement shipped = browser.findElement(tariffRow("CITIZEN", 2024));
        assertThat(shipped.findElement(By.cssSelector("td.derivation")).getText()).isEqualTo("7.700.000 ÷ (22 × 8) = 43.750");

        browser.findElement(By.id("tariff-add")).click();
        new Select(browser.findElement(By.id("tariff-type"))).selectByValue("BUSINESS");
        type("tariff-year", "2001");
        type("tariff-income", "8.800.000");
        type("tariff-days", "22");
        type("tariff-hours", "8");
        assertThat(browser.findElement(By.id("tariff-derived")).getText())
                .isEqualTo("Đơn giá giờ công = 8.800.000 đ ÷ 22 ngày ÷ 8 giờ = 50.000 đ/giờ");
        type("tariff-source", "Tổng cục Thống kê, Điều tra lao động việc làm 2001");
        browser.findElement(By.id("tariff-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(tariffRow("BUSINESS", 2001)));
        assertThat(browser.findElement(By.id("tariff-saved")).getText())
                .isEqualTo("Đã lưu đơn giá giờ công của Doanh nghiệp năm 2001: 50.000 đ/giờ.");

        browser.findElement(tariffRow("BUSINESS", 2001)).findElement(By.cssSelector("button.edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tariff-form")));
        assertThat(browser.findElement(By.id("tariff-income")).getAttribute("value")).isEqualTo("8.800.000");
        type("tariff-income", "9.240.000");
        type("tariff-hours", "7,5");
        assertThat(browser.findElement(By.id("tariff-derived")).getText())
                .isEqualTo("Đơn giá giờ công = 9.240.000 đ ÷ 22 ngày ÷ 7,5 giờ = 56.000 đ/giờ");
        browser.executeScript("document.getElementById('tariff-save').scrollIntoView({block: 'end'})");
        screenshot("tariffs");
        browser.findElement(By.id("tariff-save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(tariffRow("BUSINESS", 2001), "56.000"));
        WebElement saved = browser.findElement(tariffRow("BUSINESS", 2001));
        assertThat(saved.findElement(By.cssSelector("td.derivation")).getText()).isEqualTo("9.240.000 ÷ (22 × 7,5) = 56.000");
        assertThat(saved.getText()).contains("Quản trị viên");
        JsonNode stored = StreamSupport.stream(call("GET", "/api/tariffs", null).spliterator(), false)
                .filter(t -> t.get("applicantType").asText().equals("BUSINESS") && t.get("year").asInt() == 2001)
                .findFirst().orElseThrow();
        assertThat(stored.get("vndPerHour").decimalValue()).isEqualByComparingTo(new BigDecimal("56000"));
        assertThat(stored.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aStaleTariffSaveIsRefusedAndARefusedInputIsShownAtItsField() throws Exception {
        call("PUT", "/api/tariffs/BUSINESS/2002", """
                {"monthlyIncomeVnd": 8800000, "workingDaysPerMonth": 22, "hoursPerDay": 8, "source": "Tổng cục Thống kê"}""");
        openTariffs();
        browser.findElement(tariffRow("BUSINESS", 2002)).findElement(By.cssSelector("button.edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tariff-form")));

        type("tariff-hours", "0");
        browser.findElement(By.id("tariff-save")).click();
        wait.until(d -> !errorAt("hoursPerDay").isEmpty());
        assertThat(errorAt("hoursPerDay")).isEqualTo("phải lớn hơn 0 và không vượt quá 24");
        assertThat(browser.findElement(By.id("tariff-derived")).getText())
                .isEqualTo("Đơn giá giờ công: nhập đủ thu nhập, số ngày và số giờ (lớn hơn 0) để tính.");

        call("PUT", "/api/tariffs/BUSINESS/2002", """
                {"monthlyIncomeVnd": 9000000, "workingDaysPerMonth": 22, "hoursPerDay": 8, "source": "Người khác sửa"}""");
        type("tariff-hours", "8");
        type("tariff-income", "1.000.000");
        browser.findElement(By.id("tariff-save")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tariff-reload")));
        assertThat(browser.findElement(By.id("tariff-error")).getText())
                .startsWith("Đơn giá giờ công cho doanh nghiệp năm 2002 vừa được người khác sửa: dữ liệu hiện là phiên bản 2,"
                        + " còn bản bạn sửa là phiên bản 1.");
        browser.findElement(By.id("tariff-reload")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tariff-form")));
        assertThat(browser.findElement(tariffRow("BUSINESS", 2002)).getText()).contains("9.000.000", "Người khác sửa");
    }

    @Test
    void aProvinceOfficerRecordsForTheirProvinceOnlyAndReadsTheTariffs() throws Exception {
        // an older year than the one the costs count, so that the figure changes no other test's figures
        call("POST", "/api/procedures/" + CODE + "/usage", """
                {"stats": [{"localityCode": "01", "year": 2023, "source": "IMPORTED", "dossiersTotal": 700}]}""");
        site.signInAsNewUser("so-tu-phap-hcm", "Phạm Văn Đức", new Grant(AccountRole.LOCALITY_OFFICER, PROVINCE, List.of()));
        openProcedure();

        assertThat(new Select(browser.findElement(By.id("usage-locality"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("— Chọn địa phương —", "Thành phố Hồ Chí Minh");
        assertThat(browser.findElements(By.cssSelector("#usage-figures tr:has(button.correct)")))
                .allMatch(row -> PROVINCE.equals(row.getAttribute("data-locality"))
                        && "IMPORTED".equals(row.getAttribute("data-source")));
        WebElement other = browser.findElement(By.cssSelector("#usage-figures tr[data-locality='01'][data-year='2023']"));
        assertThat(other.getText()).contains("thống kê", "700");
        assertThat(other.findElements(By.cssSelector("button.correct"))).isEmpty();

        openTariffs();
        assertThat(browser.findElement(By.id("tariff-read-only")).getText())
                .isEqualTo("Chỉ chuyên viên cải cách và quản trị hệ thống được sửa đơn giá giờ công.");
        assertThat(browser.findElements(By.cssSelector("#tariff-table button.edit, #tariff-add"))).isEmpty();
    }

    @Test
    void aStaleCorrectionOfAFigureIsRefused() throws Exception {
        // an older year than the one the costs count, so that the figures change no other test's figures
        String recorded = """
                {"stats": [{"localityCode": "48", "year": 2022, "source": "IMPORTED", "dossiersTotal": %d}]}""";
        call("POST", "/api/procedures/" + CODE + "/usage", recorded.formatted(300));
        openProcedure();
        By row = By.cssSelector("#usage-figures tr[data-locality='48'][data-year='2022'][data-source='IMPORTED']");
        browser.findElement(row).findElement(By.cssSelector("button.correct")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#usage-form h4"),
                "Sửa số liệu thống kê của Thành phố Đà Nẵng năm 2022"));

        call("POST", "/api/procedures/" + CODE + "/usage", recorded.formatted(310));
        type("usage-total", "320");
        browser.findElement(By.id("usage-save")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-reload")));
        assertThat(browser.findElement(By.id("usage-error")).getText()).startsWith("Số liệu (thống kê) của Thành phố Đà Nẵng"
                + " năm 2022 vừa được người khác sửa: dữ liệu hiện là phiên bản 2, còn bản bạn sửa là phiên bản 1.");
        browser.findElement(By.id("usage-reload")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#usage-form h4"), "Ghi số liệu thống kê"));
        assertThat(browser.findElement(row).getText()).contains("310").doesNotContain("320");
    }
}
