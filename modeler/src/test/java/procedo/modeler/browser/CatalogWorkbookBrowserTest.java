package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalog workbook on the reports page, in headless Chromium with the demo data: the export link gives the
 * Vietnamese workbook, and a refused import lists each problem at the sheet, row and column the officer sees.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class CatalogWorkbookBrowserTest {

    @TempDir
    Path dir;

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    CatalogWorkbookBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        base = site.base();
    }

    @Test
    void exportsTheVietnameseWorkbookAndListsARefusedImportCellByCell() throws IOException {
        browser.get(base + "/reports.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-export"), "Xuất danh mục"));
        assertThat(browser.findElement(By.id("catalog-excel")).getText()).contains("trang tính Hướng dẫn", "danh sách chọn");
        String href = browser.findElement(By.id("c-export")).getAttribute("href");
        String encoded = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { let s = '';"
                + " new Uint8Array(b).forEach(x => { s += String.fromCharCode(x); }); done(btoa(s)); });", href);

        Path file = dir.resolve("danh-muc.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)));
             OutputStream out = Files.newOutputStream(file)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Hướng dẫn");
            Sheet procedures = workbook.getSheet("Thủ tục hành chính");
            assertThat(procedures.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Thời hạn giải quyết (ngày làm việc)");
            assertThat(procedures.getRow(1).getCell(3).getStringCellValue()).startsWith("Cấp ");
            procedures.getRow(1).createCell(7).setCellValue("năm ngày");
            workbook.write(out);
        }
        browser.findElement(By.id("c-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("c-import")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#c-result .error li")));
        assertThat(browser.findElement(By.id("c-result")).getText())
                .contains("Thủ tục hành chính!H2 (Thời hạn giải quyết (ngày làm việc))", "Thủ tục hành chính!A3 (Mã thủ tục)")
                .doesNotContain("Procedures!", "processing_days");
    }
}
