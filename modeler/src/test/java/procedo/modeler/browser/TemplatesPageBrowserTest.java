package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.load.PackageJson;
import procedo.templates.model.TemplatePackage;

/** The templates page as a locality officer and a central analyst use it, in headless Chromium with the demo data. */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class TemplatesPageBrowserTest {

    @TempDir
    Path dir;

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final BrowserSite site;

    TemplatesPageBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    @BeforeEach
    void open() {
        browser.get(base + "/templates.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#package-list tr.item"), 1));
    }

    private static TemplatePackage business(String version) throws IOException {
        try (var in = TemplatesPageBrowserTest.class.getResourceAsStream("/demo/templates/2.001610-2025.1.json")) {
            TemplatePackage p = PackageJson.readStored(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new TemplatePackage(p.code(), version, p.name(), p.field(), p.level(), p.agencyCode(),
                    p.processingDays(), p.onlineLevel(), p.legalBasis(), p.fees(), p.components(), p.forms());
        }
    }

    private Path file(String name, TemplatePackage p, boolean broken) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWorkbookWriter().write(p, out);
        byte[] bytes = out.toByteArray();
        if (broken) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                wb.getSheet("Trường thông tin").getRow(3).createCell(4).setCellValue("ngay-thang");
                wb.getSheet("Trường thông tin").getRow(6).createCell(7).setCellValue("có lẽ");
                ByteArrayOutputStream edited = new ByteArrayOutputStream();
                wb.write(edited);
                bytes = edited.toByteArray();
            }
        }
        return Files.write(dir.resolve(name), bytes);
    }

    private void upload(Path file) {
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import-button")).click();
    }

    @Test
    void importFixAndReuploadThenAdoptWithAnOverrideAndSeeTheDeviation() throws IOException {
        assertThat(browser.findElement(By.cssSelector("header nav a.active")).getText()).isEqualTo("Biểu mẫu");

        upload(file("loi.xlsx", business("2026.1"), true));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        var errorRows = browser.findElements(By.cssSelector("#import-errors tbody tr"));
        assertThat(errorRows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(errorRows.get(0).getText()).contains("Trường thông tin", "4", "E", "ngay-thang");
        assertThat(errorRows.get(1).getText()).contains("Trường thông tin", "7", "H");
        assertThat(browser.findElement(By.id("import-result")).getText()).contains("chưa được nhập");

        upload(file("dung.xlsx", business("2026.1"), false));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-ok")));
        assertThat(browser.findElement(By.id("import-errors")).isDisplayed()).isFalse();
        wait.until(d -> d.findElement(By.cssSelector("#package-list tr[data-code='2.001610']")).getText().contains("2026.1"));

        browser.findElement(By.cssSelector("#package-list tr[data-code='1.001193']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), "1.001193"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#deviation-table tr.deviation"), 0));
        new Select(browser.findElement(By.id("adopt-locality"))).selectByValue("24");
        wait.until(d -> d.findElement(By.id("adopt-days")).getAttribute("placeholder").equals("1"));
        WebElement days = browser.findElement(By.id("adopt-days"));
        days.sendKeys("5");
        browser.findElement(By.id("adopt-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adoption-errors")));
        assertThat(browser.findElement(By.id("adoption-errors")).getText())
                .contains("Thời hạn giải quyết của địa phương (ngày làm việc)", "không được kéo dài", "5 ngày làm việc")
                .doesNotContain("overrides.processingDays");

        days.clear();
        browser.findElement(By.cssSelector("#adopt-fees input[data-fee='le_phi_ban_sao']")).sendKeys("12000");
        browser.findElement(By.id("adopt-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adoption-ok")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deviation-table tr[data-locality='24']")));
        String bacNinh = browser.findElement(By.cssSelector("#deviation-table tr[data-locality='24']")).getText();
        assertThat(bacNinh).contains("Bắc Ninh", "phí cao hơn", "12.000 đ").doesNotContain("le_phi_ban_sao", "12000");
        assertThat(browser.findElement(By.cssSelector("#deviation-table tr[data-locality='04']")).getText())
                .contains("thêm giấy tờ", "thời hạn dài hơn", "ngày làm việc").doesNotContain("processingDays");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2400));
        browser.executeScript("window.scrollTo(0, 0)");
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("templates.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#forms button.preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview[data-renderer='form-js'] .fjs-form")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Tờ khai đăng ký khai sinh"));
        assertThat(browser.findElement(By.id("preview")).getText()).contains("Thông tin người mẹ", "Giới tính", "Nữ");
        assertThat(browser.findElements(By.cssSelector("#preview input[name='tre_ho_ten'], #preview [id*='tre_ho_ten']"))).isNotEmpty();

    }

    @Test
    void aFeeAboveTheStandardIsRefusedAtItsFieldAndAnUpgradeConflictIsResolvedOnThePage() throws IOException {
        browser.findElement(By.cssSelector("#package-list tr[data-code='1.001193']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), "1.001193"));
        // Printed and previewed as Hà Nội adopted it: its own help text for the home town.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form-locality option[value='01']")));
        new Select(browser.findElement(By.id("form-locality"))).selectByValue("01");
        assertThat(browser.findElement(By.cssSelector("#forms a.docx")).getAttribute("href")).contains("locality=01");
        browser.findElement(By.cssSelector("#forms button.preview")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Ghi đủ cấp xã"));
        new Select(browser.findElement(By.id("form-locality"))).selectByValue("");
        browser.findElement(By.cssSelector("#forms button.preview")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Ghi theo quê quán của cha hoặc mẹ"));
        assertThat(browser.findElement(By.id("preview")).getText()).doesNotContain("Ghi đủ cấp xã");

        // A new adoption starts on the latest published version; the registration fee has no higher local amount.
        new Select(browser.findElement(By.id("adopt-locality"))).selectByValue("92");
        wait.until(ExpectedConditions.attributeToBe(By.id("adoption-form"), "data-locality", "92"));
        wait.until(d -> d.findElement(By.id("adopt-days")).getAttribute("placeholder").equals("1"));
        assertThat(new Select(browser.findElement(By.id("adopt-version"))).getFirstSelectedOption().getText())
                .isEqualTo("2025.2");
        browser.findElement(By.cssSelector("#adopt-fees input[data-fee='le_phi_dang_ky']")).sendKeys("5000");
        browser.findElement(By.id("adopt-save")).click();
        By feeError = By.cssSelector("#adopt-fees [data-error-for='overrides.feeAmounts.le_phi_dang_ky']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(feeError, "cao hơn mức chuẩn quốc gia"));
        assertThat(browser.findElement(feeError).getText()).startsWith("5.000 đồng cao hơn mức chuẩn quốc gia 0 đồng");
        assertThat(browser.findElement(By.cssSelector("#adopt-fees label[data-fee='le_phi_dang_ky']"))
                .getAttribute("class")).contains("invalid");
        assertThat(site.application().templates().adoptions("1.001193"))
                .noneMatch(a -> a.localityCode().equals("92"));

        // Huế adopted 2025.1 with a 2-day time; 2025.2 allows 1 day: upgrading asks first, then shows the conflict.
        site.application().templates().adopt("46", "1.001193", "2025.1",
                new procedo.templates.adoption.Overrides(null, 2, java.util.Map.of(), java.util.Map.of()), 0,
                procedo.catalog.account.Actor.system("kiem-thu"));
        new Select(browser.findElement(By.id("adopt-locality"))).selectByValue("46");
        wait.until(d -> "2".equals(d.findElement(By.id("adopt-days")).getAttribute("value")));
        new Select(browser.findElement(By.id("upgrade-version"))).selectByValue("2025.2");
        browser.findElement(By.id("adopt-upgrade")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='version']")).getText())
                .isEqualTo("2025.1 → 2025.2");
        assertThat(browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='scope']")).getText()).contains("Huế");
        browser.findElement(By.id("confirm-yes")).click();
        By row = By.cssSelector("#upgrade-conflicts tr[data-part='processingDays']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(browser.findElement(row).findElement(By.cssSelector("td.local")).getText()).isEqualTo("2");
        assertThat(browser.findElement(row).findElement(By.cssSelector("td.previous")).getText()).isEqualTo("3");
        assertThat(browser.findElement(row).findElement(By.cssSelector("td.standard")).getText()).isEqualTo("1");
        assertThat(browser.findElement(row).getText()).contains("Thời hạn giải quyết của địa phương");
        assertThat(browser.findElement(By.cssSelector("#upgrade-conflicts thead")).getText())
                .contains("Chuẩn cũ (2025.1)", "Chuẩn mới (2025.2)", "Cách giải quyết");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1400));
        browser.executeScript("document.getElementById('adoption').scrollIntoView()");
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("upgrade-conflict.png"), browser.getScreenshotAs(OutputType.BYTES));

        // Keeping 2 days is refused at the row; changing it to 1 upgrades.
        browser.findElement(By.id("resolve-upgrade")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#upgrade-conflicts tr[data-part='processingDays'] .field-error"), "không được kéo dài"));
        assertThat(site.application().templates().adoption("46", "1.001193").centralVersion()).isEqualTo("2025.1");
        browser.findElement(row).findElement(By.cssSelector("label.resolve-change input")).click();
        WebElement value = browser.findElement(row).findElement(By.cssSelector("input.resolve-value"));
        value.clear();
        value.sendKeys("1");
        browser.findElement(By.id("resolve-upgrade")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upgrade-ok")));
        var upgraded = site.application().templates().adoption("46", "1.001193");
        assertThat(upgraded.centralVersion()).isEqualTo("2025.2");
        assertThat(upgraded.overrides().processingDays()).isEqualTo(1);
    }

    @Test
    void publishingAsksFirstSayingTheVersionItReplacesAndTheLocalitiesAdoptingAndGoingBackChangesNothing()
            throws IOException {
        var templates = site.application().templates();
        templates.importPackage(business("2025.7"), false, procedo.catalog.account.Actor.system("nhap-mau"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#package-list tr[data-code='2.001610']")))
                .click();
        By publish = By.cssSelector("#versions tr[data-version='2025.7'] button.publish");
        wait.until(ExpectedConditions.elementToBeClickable(publish)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='version']")).getText())
                .isEqualTo("2025.1 → 2025.7");
        assertThat(browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='scope']")).getText())
                .isEqualTo("Toàn quốc (chuẩn quốc gia)");
        assertThat(browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='adoptions']")).getText())
                .isEqualTo(templates.adoptions("2.001610").size() + " — giữ phiên bản đang áp dụng cho đến khi nâng cấp");
        browser.findElement(By.id("confirm-no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(templates.versions("2.001610")).filteredOn(v -> v.version().equals("2025.7"))
                .singleElement().satisfies(v -> assertThat(v.status().name()).isEqualTo("DRAFT"));

        browser.findElement(publish).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(publish));
        assertThat(templates.versions("2.001610")).filteredOn(v -> v.version().equals("2025.7"))
                .singleElement().satisfies(v -> assertThat(v.status().name()).isEqualTo("PUBLISHED"));
    }

    @Test
    void aFormsDocxShowsItIsWorkingUntilTheFileHasArrived() throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("downloads")).toAbsolutePath();
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        try {
            browser.findElement(By.cssSelector("#package-list tr[data-code='1.001193']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), "1.001193"));
            // The forms are listed again once the provinces that adopted the package are known.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form-locality option[value='01']")));
            WebElement docx = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#forms a.docx")));
            assertThat(docx.getText()).isEqualTo("In (DOCX)");
            // The server answers only when the test lets it: every call of the page waits until then.
            browser.executeScript("""
                    const original = window.fetch;
                    window.held = [];
                    window.fetch = (...args) => new Promise((resolve, reject) =>
                      window.held.push(() => original(...args).then(resolve, reject)));
                    window.letThrough = () => { window.fetch = original; window.held.splice(0).forEach((go) => go()); };""");

            docx.click();
            wait.until(ExpectedConditions.attributeToBe(docx, "aria-busy", "true"));
            assertThat(docx.getText()).isEqualTo("Đang xử lý…");
            assertThat(docx.getAttribute("aria-disabled")).isEqualTo("true");
            assertThat(browser.getCurrentUrl()).contains("/templates.html");

            browser.executeScript("window.letThrough()");
            wait.until(d -> docx.getAttribute("aria-busy") == null);
            assertThat(docx.getText()).isEqualTo("In (DOCX)");
            assertThat(docx.getAttribute("aria-disabled")).isNull();
            wait.until(d -> docxIn(downloads));
        } finally {
            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        }
    }

    private static boolean docxIn(Path folder) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".docx") && f.toFile().length() > 0);
        } catch (IOException e) {
            return false;
        }
    }
}
