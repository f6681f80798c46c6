package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalog workbook on the reports page, in headless Chromium with the demo data: the export link gives the
 * Vietnamese workbook, a refused import lists each problem at the sheet, row and column the officer sees, an edited
 * workbook is previewed and applied once confirmed, and a preview is not applied once the catalog changed since.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class CatalogWorkbookBrowserTest {

    @TempDir
    Path dir;

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    CatalogWorkbookBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 20);
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
                .contains("Thủ tục hành chính!H2 (Thời hạn giải quyết (ngày làm việc))")
                .doesNotContain("Procedures!", "processing_days");
        assertThat(browser.findElements(By.id("c-apply"))).as("nothing to apply").isEmpty();
    }

    @Test
    void anEditedWorkbookIsPreviewedFieldByFieldInVietnameseAndAppliedOnceConfirmed() throws Exception {
        browser.get(base + "/reports.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-export"), "Xuất danh mục"));
        byte[] original = download(browser.findElement(By.id("c-export")).getAttribute("href"));
        String code;
        double fee;
        Path file = dir.resolve("danh-muc-da-sua.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original)); OutputStream out = Files.newOutputStream(file)) {
            Sheet fees = workbook.getSheet("Phí, lệ phí");
            code = fees.getRow(1).getCell(0).getStringCellValue();
            fee = fees.getRow(1).getCell(4).getNumericCellValue();
            fees.getRow(1).removeCell(fees.getRow(1).getCell(4));
            fees.getRow(1).createCell(4).setCellValue(fee + 2000);
            workbook.write(out);
        }
        try {
            browser.findElement(By.id("c-file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("c-import")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c-apply")));
            String preview = browser.findElement(By.id("c-preview")).getText();
            assertThat(preview).contains("sửa 1 thủ tục", "Chưa có gì được ghi", "Thủ tục được sửa", code,
                    "Phí, lệ phí 1: mức thu (đ): " + vnd(fee) + " → " + vnd(fee + 2000));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("catalog-import-preview.png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(feeOf(code)).as("a preview writes nothing").isEqualTo(fee);

            browser.findElement(By.id("c-apply")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
            assertThat(browser.findElement(By.id("confirm-question")).getText()).contains("sửa 1 (mỗi thủ tục thành một phiên bản mới)");
            browser.findElement(By.id("confirm-yes")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c-done")));
            assertThat(browser.findElement(By.id("c-done")).getText()).isEqualTo("Đã cập nhật danh mục: thêm 0, sửa 1, bãi bỏ 0 thủ tục.");
            assertThat(feeOf(code)).isEqualTo(fee + 2000);
        } finally {
            String status = String.valueOf(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                    + "fetch('/api/me').then(r => r.json()).then(me => fetch('/api/catalog/import', {method: 'POST',"
                    + " body: new Blob([bytes]), headers: {'X-CSRF-Token': me.csrfToken,"
                    + " 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}}))"
                    + ".then(r => done(r.ok ? 'ok' : 'status ' + r.status), e => done(String(e)));", Base64.getEncoder().encodeToString(original)));
            assertThat(status).as("the demo's fee restored").isEqualTo("ok");
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void aPreviewIsNotAppliedWhenTheCatalogChangedBeforeTheConfirmation() throws Exception {
        browser.get(base + "/reports.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-export"), "Xuất danh mục"));
        byte[] original = download(browser.findElement(By.id("c-export")).getAttribute("href"));
        Path file = dir.resolve("danh-muc-da-sua.xlsx");
        String code;
        double fee;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original)); OutputStream out = Files.newOutputStream(file)) {
            Sheet fees = workbook.getSheet("Phí, lệ phí");
            code = fees.getRow(1).getCell(0).getStringCellValue();
            fee = fees.getRow(1).getCell(4).getNumericCellValue();
            fees.getRow(1).removeCell(fees.getRow(1).getCell(4));
            fees.getRow(1).createCell(4).setCellValue(fee + 3000);
            workbook.write(out);
        }
        try {
            browser.findElement(By.id("c-file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("c-import")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c-apply")));
            // someone else's import changes the same fee meanwhile
            assertThat(importWorkbook(Files.readAllBytes(file))).isEqualTo("ok");
            assertThat(feeOf(code)).isEqualTo(fee + 3000);

            browser.findElement(By.id("c-apply")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
            browser.findElement(By.id("confirm-yes")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#c-result .error li")));
            assertThat(browser.findElement(By.id("c-result")).getText())
                    .contains("danh mục đã thay đổi từ khi xem trước tệp này", "không dữ liệu nào được ghi");
            assertThat(browser.findElements(By.id("c-done"))).isEmpty();
            assertThat(feeOf(code)).isEqualTo(fee + 3000);
        } finally {
            assertThat(importWorkbook(original)).as("the demo's fee restored").isEqualTo("ok");
        }
    }

    /** Sends a workbook to the import as a script would; "ok" when it is applied. */
    private String importWorkbook(byte[] workbook) {
        return String.valueOf(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + "fetch('/api/me').then(r => r.json()).then(me => fetch('/api/catalog/import', {method: 'POST',"
                + " body: new Blob([bytes]), headers: {'X-CSRF-Token': me.csrfToken,"
                + " 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}}))"
                + ".then(r => done(r.ok ? 'ok' : 'status ' + r.status), e => done(String(e)));",
                Base64.getEncoder().encodeToString(workbook)));
    }

    /** A sum of đồng as the page writes it: 8.000 đ. */
    private static String vnd(double amount) {
        return String.format(java.util.Locale.ROOT, "%,d đ", Math.round(amount)).replace(',', '.');
    }

    private byte[] download(String href) {
        String encoded = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { let s = '';"
                + " new Uint8Array(b).forEach(x => { s += String.fromCharCode(x); }); done(btoa(s)); });", href);
        return Base64.getDecoder().decode(encoded);
    }

    private double feeOf(String code) {
        Object amount = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/procedures/' + encodeURIComponent(arguments[0])).then(r => r.json())"
                + ".then(p => done(Number(p.fees[0].amountVnd)));", code);
        return ((Number) amount).doubleValue();
    }
}
