package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.OutputType;
import org.junit.jupiter.api.BeforeEach;
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

/** The ranking page as a reform officer uses it, in headless Chromium against a real server with the demo catalog. */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class RankingPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final BrowserSite site;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    RankingPageBrowserTest(BrowserSite site) {
        this.site = site;
        browser = site.browser();
        wait = Waits.of(browser, 15);
        base = site.base();
    }

    @BeforeEach
    void open() {
        browser.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.item"), 5));
    }

    /** A number as the pages write it (vi-VN: dot thousands, decimal comma), e.g. "74,48". */
    static BigDecimal viNumber(String shown) {
        String text = shown.trim();
        assertThat(text).as("a vi-VN number").matches("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?");
        return new BigDecimal(text.replace(".", "").replace(',', '.'));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("tr.item"));
    }

    @Test
    void showsTheRankedCatalogInVietnameseWithAScoreBarPerRow() {
        assertThat(browser.findElement(By.cssSelector("header .tagline")).getText())
                .isEqualTo("Ưu tiên cải cách thủ tục hành chính");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("thủ tục được xếp hạng", "Cân bằng")
                .doesNotContain("balanced");
        WebElement first = rows().get(0);
        assertThat(first.findElements(By.tagName("td")).get(0).getText()).isEqualTo("1");
        assertThat(first.findElement(By.cssSelector(".bar")).getSize().getWidth()).isPositive();
        assertThat(rows()).noneMatch(row -> row.getText().contains("toàn trình"));
    }

    @Test
    void searchingWithoutDiacriticsFindsTheProcedure() {
        browser.findElement(By.id("q")).sendKeys("dang ky ket hon");

        wait.until(d -> rows().size() >= 1 && rows().stream().allMatch(r -> r.getText().contains("kết hôn")));
        assertThat(rows()).allMatch(row -> row.getText().contains("kết hôn"));
    }

    @Test
    void clickingARowExplainsItsScoreWithContributionsThatAddUp() {
        WebElement first = rows().get(0);
        BigDecimal score = viNumber(first.findElement(By.cssSelector("td.score")).getText());

        first.click();

        WebElement explanation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.explain")));
        List<WebElement> criteria = explanation.findElements(By.cssSelector("table > tbody > tr"));
        assertThat(criteria).hasSize(6);
        assertThat(criteria.get(0).getText()).startsWith("Số hồ sơ/năm");
        BigDecimal sum = criteria.stream()
                .map(r -> viNumber(r.findElements(By.tagName("td")).get(4).getText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(score);
        assertThat(browser.getCurrentUrl()).contains("#explain=");
    }

    @Test
    void anotherProfileOrProvinceReRanksAndEnglishIsOneClickAway() {
        String firstBalanced = rows().get(0).getText();

        new Select(browser.findElement(By.id("profile"))).selectByValue("quick-wins");
        wait.until(d -> browser.findElement(By.id("summary")).getText().contains("Làm được ngay"));
        new Select(browser.findElement(By.id("scope"))).selectByValue("79");
        wait.until(d -> !rows().isEmpty() && !rows().get(0).getText().equals(firstBalanced));

        browser.findElement(By.id("lang")).click();
        wait.until(d -> browser.findElement(By.id("summary")).getText().contains("procedures ranked"));
        assertThat(browser.findElement(By.cssSelector("#ranking th")).getText()).isEqualTo("Rank");
        assertThat(browser.findElement(By.id("lang")).getText()).isEqualTo("Tiếng Việt");
    }

    private String errorAt(String field) {
        return browser.findElement(By.cssSelector("#profile-form [data-error-for='" + field + "']")).getText();
    }

    private void setWeight(String criterion, String value) {
        WebElement input = browser.findElement(By.id("w-" + criterion));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void aProfileIsSavedFromTheWeightsEditedAndDeletedWhileTheDefaultStays() throws Exception {
        browser.findElement(By.id("weightsToggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-new")));
        assertThat(browser.findElement(By.id("profile-default-note")).getText())
                .contains("Bộ tiêu chí mặc định", "Cân bằng", "không xóa được");
        assertThat(browser.findElements(By.id("profile-delete"))).isEmpty();

        setWeight("VOLUME", "5");
        setWeight("READINESS", "0");
        browser.findElement(By.id("profile-new")).click();
        browser.findElement(By.id("profile-name")).sendKeys("Ưu tiên hồ sơ");
        browser.findElement(By.id("profile-description")).sendKeys("Nhiều hồ sơ trước");
        browser.findElement(By.id("profile-save")).click();
        wait.until(d -> !errorAt("name").isEmpty());
        assertThat(errorAt("name")).contains("a-z");

        browser.findElement(By.id("profile-name")).clear();
        browser.findElement(By.id("profile-name")).sendKeys("uu-tien-ho-so");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("catalog-profiles.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("profile-save")).click();
        wait.until(ExpectedConditions.urlContains("profile=uu-tien-ho-so"));
        assertThat(new Select(browser.findElement(By.id("profile"))).getFirstSelectedOption().getText())
                .isEqualTo("uu-tien-ho-so");
        assertThat(browser.findElement(By.id("profile-about")).getText()).isEqualTo("Nhiều hồ sơ trước");
        assertThat(browser.findElement(By.id("w-VOLUME")).getAttribute("value")).isEqualTo("5");
        assertThat(browser.findElement(By.id("w-READINESS")).getAttribute("value")).isEqualTo("0");

        browser.findElement(By.id("profile-new")).click();
        browser.findElement(By.id("profile-name")).sendKeys("uu-tien-ho-so");
        browser.findElement(By.id("profile-save")).click();
        wait.until(d -> !errorAt("name").isEmpty());
        assertThat(errorAt("name")).isEqualTo("Đã có bộ tiêu chí 'uu-tien-ho-so'");
        browser.findElement(By.id("profile-cancel")).click();

        browser.findElement(By.id("profile-edit")).click();
        for (String criterion : List.of("VOLUME", "ANNUAL_COST", "SAVING_POTENTIAL", "READINESS", "ONLINE_GAP")) {
            setWeight(criterion, "0");
        }
        WebElement description = browser.findElement(By.id("profile-description"));
        description.clear();
        description.sendKeys("Số hồ sơ và mức sẵn sàng");
        browser.findElement(By.id("profile-display-name")).sendKeys("Ưu tiên hồ sơ");
        browser.findElement(By.id("profile-save")).click();
        wait.until(d -> !errorAt("weights").isEmpty());
        assertThat(errorAt("weights")).contains("ít nhất một trọng số lớn hơn 0");
        setWeight("VOLUME", "3");
        setWeight("READINESS", "2");
        browser.findElement(By.id("profile-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("profile-about"), "Số hồ sơ và mức sẵn sàng"));
        assertThat(browser.findElement(By.id("w-READINESS")).getAttribute("value")).isEqualTo("2");
        WebElement chosen = new Select(browser.findElement(By.id("profile"))).getFirstSelectedOption();
        assertThat(chosen.getText()).isEqualTo("Ưu tiên hồ sơ");
        assertThat(chosen.getAttribute("value")).isEqualTo("uu-tien-ho-so");
        assertThat(chosen.getDomAttribute("translate")).isEqualTo("no");
        wait.until(d -> browser.findElement(By.id("summary")).getText().contains("theo bộ tiêu chí “Ưu tiên hồ sơ”"));
        browser.findElement(By.id("profile-edit")).click();
        assertThat(browser.findElement(By.id("profile-display-name")).getAttribute("value")).isEqualTo("Ưu tiên hồ sơ");
        browser.findElement(By.id("profile-cancel")).click();

        browser.findElement(By.id("profile-delete")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(browser.findElement(By.id("confirm-question")).getText())
                .contains("Xóa bộ tiêu chí", "Ưu tiên hồ sơ", "uu-tien-ho-so");
        browser.findElement(By.id("confirm-yes")).click();
        wait.until(d -> !d.getCurrentUrl().contains("profile="));
        assertThat(new Select(browser.findElement(By.id("profile"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("balanced");
        assertThat(new Select(browser.findElement(By.id("profile"))).getOptions())
                .extracting(WebElement::getText).doesNotContain("uu-tien-ho-so", "Ưu tiên hồ sơ").contains("Cân bằng");
        assertThat(browser.findElements(By.id("profile-delete"))).isEmpty();
    }

    @Test
    void aSharedLinkRestoresTheScopeFiltersProfileAndWeightsAndChangesUpdateTheAddress() {
        browser.get(base + "/?scope=79&profile=quick-wins&weights=VOLUME:1,ANNUAL_COST:0,SAVING_POTENTIAL:0,"
                + "READINESS:0,ONLINE_GAP:0&level=COMMUNE&q=dang%20ky");
        wait.until(d -> browser.findElement(By.id("summary")).getText().contains("Làm được ngay (tùy chỉnh)"));

        assertThat(new Select(browser.findElement(By.id("scope"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("79");
        assertThat(new Select(browser.findElement(By.id("level"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("COMMUNE");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("dang ky");
        assertThat(browser.findElement(By.id("weights")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("w-VOLUME")).getAttribute("value")).isEqualTo("1");
        assertThat(browser.findElement(By.id("w-ANNUAL_COST")).getAttribute("value")).isEqualTo("0");
        wait.until(d -> !rows().isEmpty());

        new Select(browser.findElement(By.id("online"))).selectByValue("PARTIAL");
        wait.until(ExpectedConditions.urlContains("online=PARTIAL"));
        assertThat(browser.getCurrentUrl()).contains("scope=79", "profile=quick-wins", "level=COMMUNE", "weights=VOLUME");
        setWeight("ONLINE_GAP", "2");
        wait.until(ExpectedConditions.urlContains("ONLINE_GAP%3A2"));
    }

    private List<String> column(int index) {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    private String range() {
        return browser.findElement(By.cssSelector(".long-table .page-range")).getText();
    }

    @Test
    void aClickOnAHeaderSortsTheRankingByThatColumnAndAgainTheOtherWay() throws Exception {
        WebElement volume = browser.findElements(By.cssSelector("#ranking th")).get(4);
        assertThat(volume.getText()).isEqualTo("Hồ sơ/năm");
        List<String> byRank = column(1);
        List<String> ranks = column(0);

        volume.click();
        wait.until(d -> "ascending".equals(volume.getAttribute("aria-sort")) && !column(1).equals(byRank));
        assertThat(volume.getAttribute("class")).contains("sorted-ascending");
        List<BigDecimal> ascending = column(4).stream().map(v -> viNumber(v.replace("đo thực tế", ""))).toList();
        assertThat(ascending).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(column(0)).as("each keeps its rank").isNotEqualTo(ranks);

        volume.click();
        wait.until(d -> "descending".equals(volume.getAttribute("aria-sort")));
        wait.until(d -> viNumber(column(4).get(0).replace("đo thực tế", "")).compareTo(ascending.get(ascending.size() - 1)) == 0);
        List<BigDecimal> descending = column(4).stream().map(v -> viNumber(v.replace("đo thực tế", ""))).toList();
        assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(volume.getAttribute("class")).contains("sorted-descending");

        new Select(browser.findElement(By.cssSelector(".long-table .page-size"))).selectByValue("10");
        wait.until(d -> range().startsWith("1–10 / "));
        browser.findElement(By.cssSelector(".long-table .page-next")).click();
        wait.until(d -> range().startsWith("11–20 / "));
        assertThat(column(4).stream().map(v -> viNumber(v.replace("đo thực tế", ""))).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a))
                .allMatch(v -> v.compareTo(descending.get(9)) <= 0);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("tables.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * 120 procedures more than the demo catalog, all named "Thủ tục thử phân trang": the pager says 1–50 of 120, the
     * third page shows ranks 101 to 120. They are deleted afterwards.
     */
    @Test
    void everyProcedureIsReachedPageByPageWithTheTotalShown() throws Exception {
        List<String> codes = new ArrayList<>();
        try {
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> creating = new ArrayList<>();
            for (int i = 1; i <= 120; i++) {
                String code = String.format("9.%06d", i);
                creating.add(CLIENT.sendAsync(site.request("/api/procedures").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"code": "%s", "name": "Thủ tục thử phân trang số %d", "field": "Thử nghiệm",
                                 "level": "COMMUNE", "agencyCode": "UBND_XA", "applicantType": "CITIZEN",
                                 "processingDays": %d, "onlineLevel": "NONE", "legalBasis": "", "dossierComponents": [],
                                 "fees": [], "asIsActivities": [{"name": "Nộp hồ sơ", "kind": "SUBMIT", "hours": %d}]}
                                """.formatted(code, i, i, i))).build(), HttpResponse.BodyHandlers.ofString()));
                codes.add(code);
            }
            for (var created : creating) {
                assertThat(created.get().statusCode()).as(created.get().body()).isEqualTo(201);
            }
            browser.findElement(By.id("q")).sendKeys("thu tuc thu phan trang");
            wait.until(d -> range().equals("1–50 / 120 thủ tục"));
            assertThat(rows()).hasSize(50);
            assertThat(browser.findElement(By.id("summary")).getText()).startsWith("120 thủ tục được xếp hạng");

            browser.findElement(By.cssSelector(".long-table .page-next")).click();
            wait.until(d -> range().equals("51–100 / 120 thủ tục"));
            browser.findElement(By.cssSelector(".long-table .page-next")).click();
            wait.until(d -> range().equals("101–120 / 120 thủ tục"));
            assertThat(rows()).hasSize(20);
            assertThat(column(0)).first().isEqualTo("101");
            assertThat(column(0)).last().isEqualTo("120");
            assertThat(browser.findElement(By.cssSelector(".long-table .page-next")).isEnabled()).isFalse();

            new Select(browser.findElement(By.cssSelector(".long-table .page-size"))).selectByValue("100");
            wait.until(d -> range().equals("1–100 / 120 thủ tục"));
            browser.findElements(By.cssSelector("#ranking th")).get(2).click();
            wait.until(d -> column(2).get(0).equals("Thủ tục thử phân trang số 1"));
            browser.findElement(By.cssSelector(".long-table .page-next")).click();
            wait.until(d -> range().equals("101–120 / 120 thủ tục"));
            assertThat(column(2)).contains("Thủ tục thử phân trang số 99");
        } finally {
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> deleting = new ArrayList<>();
            for (String code : codes) {
                deleting.add(CLIENT.sendAsync(site.request("/api/procedures/" + code).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            java.util.concurrent.CompletableFuture.allOf(deleting.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
        }
    }

    /** Keeps the files the page saves (instead of the browser's download) for download() to read. */
    private void keepDownloads() {
        browser.executeScript("""
                window.savedFiles = [];
                const blobs = {};
                const create = URL.createObjectURL;
                URL.createObjectURL = (blob) => { const url = create.call(URL, blob); blobs[url] = blob; return url; };
                HTMLAnchorElement.prototype.click = function () {
                  if (this.download) window.savedFiles.push({name: this.download, blob: blobs[this.href]});
                };""");
    }

    /** The file the page saved index-th (from 0): its name and its bytes. */
    @SuppressWarnings("unchecked")
    private Map.Entry<String, byte[]> download(int index) {
        wait.until(d -> ((Number) browser.executeScript("return window.savedFiles.length")).intValue() > index);
        Map<String, Object> file = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const saved = window.savedFiles[arguments[0]];
                const reader = new FileReader();
                reader.onload = () => done({name: saved.name, base64: reader.result.replace(/^data:[^,]*,/, '')});
                reader.onerror = () => done({name: saved.name, base64: ''});
                reader.readAsDataURL(saved.blob);""", index);
        return Map.entry((String) file.get("name"), Base64.getDecoder().decode((String) file.get("base64")));
    }

    @Test
    void theRankingDownloadsAsXlsxAndCsvWithEveryRowItShows() throws Exception {
        keepDownloads();
        int total = Integer.parseInt(range().replaceAll(".* / ([\\d.]+) thủ tục", "$1").replace(".", ""));
        browser.findElements(By.cssSelector("#ranking th")).get(6).click();
        wait.until(d -> "ascending".equals(browser.findElements(By.cssSelector("#ranking th")).get(6).getAttribute("aria-sort")));
        wait.until(d -> column(6).get(0).equals(column(6).stream().min((a, b) -> viNumber(a).compareTo(viNumber(b))).orElseThrow()));
        List<String> shownCodes = column(1);

        browser.findElement(By.cssSelector(".long-table .export-xlsx")).click();
        Map.Entry<String, byte[]> xlsx = download(0);
        assertThat(xlsx.getKey()).isEqualTo("Xếp-hạng-ưu-tiên.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getValue()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã thủ tục");
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            for (int r = 1; r <= shownCodes.size(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(shownCodes.get(r - 1));
            }
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue())
                    .isLessThanOrEqualTo(sheet.getRow(total).getCell(7).getNumericCellValue());
        }

        browser.findElement(By.cssSelector(".long-table .export-csv")).click();
        Map.Entry<String, byte[]> csv = download(1);
        assertThat(csv.getKey()).isEqualTo("Xếp-hạng-ưu-tiên.csv");
        String text = new String(csv.getValue(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFHạng,Mã thủ tục,Tên thủ tục,");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(total + 1);
        assertThat(lines.get(1)).contains("," + shownCodes.get(0) + ",");
    }

    @Test
    void aTableThePageHoldsIsSortedAndDownloadedAsItIsShown() throws Exception {
        browser.get(base + "/procedure.html?code=1.001193");
        WebElement usage = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".usage-grid .long-table")));
        keepDownloads();
        WebElement dossiers = usage.findElements(By.cssSelector("th")).get(3);
        assertThat(dossiers.getText()).isEqualTo("Tổng số hồ sơ");
        dossiers.click();
        dossiers.click();
        wait.until(d -> "descending".equals(dossiers.getAttribute("aria-sort")));
        List<WebElement> shown = usage.findElements(By.cssSelector("tbody tr"));
        List<BigDecimal> values = shown.stream().map(r -> viNumber(r.findElements(By.tagName("td")).get(3).getText())).toList();
        assertThat(values).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(usage.findElement(By.cssSelector(".page-range")).getText())
                .matches("1–" + shown.size() + " / " + shown.size() + " tỉnh, thành phố");

        usage.findElement(By.cssSelector(".export-xlsx")).click();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(0).getValue()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tổng số hồ sơ");
            assertThat(sheet.getLastRowNum()).isEqualTo(shown.size());
            for (int r = 1; r <= shown.size(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue())
                        .isEqualTo(shown.get(r - 1).findElements(By.tagName("td")).get(0).getText());
                assertThat(BigDecimal.valueOf(sheet.getRow(r).getCell(3).getNumericCellValue()))
                        .isEqualByComparingTo(values.get(r - 1));
            }
        }
        usage.findElement(By.cssSelector(".export-csv")).click();
        List<String> lines = new String(download(1).getValue(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF");
        assertThat(lines).hasSize(shown.size() + 1);
        assertThat(lines.get(1)).contains("," + values.get(0).toPlainString() + ",");
    }

    @Test
    void aSearchForAFullyOnlineProcedureSaysItIsHiddenAndOneClickShowsIt() {
        browser.findElement(By.id("q")).sendKeys("dang ky khai sinh");
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hidden-notice")));
        wait.until(ExpectedConditions.textMatches(By.id("hidden-text"),
                java.util.regex.Pattern.compile("^\\d+ thủ tục trực tuyến toàn trình đang bị ẩn")));
        assertThat(browser.findElements(By.cssSelector("tr.item[data-code='1.001193']"))).isEmpty();
        WebElement show = browser.findElement(By.id("show-hidden"));
        assertThat(show.getText()).isEqualTo("Hiện các thủ tục này");

        show.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.item[data-code='1.001193']")));
        wait.until(ExpectedConditions.invisibilityOf(notice));
        assertThat(browser.findElement(By.id("includeOnline")).isSelected()).isTrue();
        // the list may be drawn once more after the row first appears: the row read is the one drawn last
        wait.withMessage("the birth registration row says it is fully online").until(d -> d.findElement(
                By.cssSelector("tr.item[data-code='1.001193']")).getText().contains("toàn trình"));
    }
}
