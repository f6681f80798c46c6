package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
@ResourceLock(SharedBrowserSite.LOCK)
class TemplatesPageBrowserTest {

    @TempDir
    Path dir;

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    TemplatesPageBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
}
