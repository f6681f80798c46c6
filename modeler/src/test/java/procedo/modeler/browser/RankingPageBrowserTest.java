package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    RankingPageBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
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
        assertThat(criteria).hasSize(5);
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
        browser.findElement(By.id("profile-save")).click();
        wait.until(d -> !errorAt("weights").isEmpty());
        assertThat(errorAt("weights")).contains("ít nhất một trọng số lớn hơn 0");
        setWeight("VOLUME", "3");
        setWeight("READINESS", "2");
        browser.findElement(By.id("profile-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("profile-about"), "Số hồ sơ và mức sẵn sàng"));
        assertThat(browser.findElement(By.id("w-READINESS")).getAttribute("value")).isEqualTo("2");

        browser.findElement(By.id("profile-delete")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(browser.findElement(By.id("confirm-question")).getText()).contains("Xóa bộ tiêu chí", "uu-tien-ho-so");
        browser.findElement(By.id("confirm-yes")).click();
        wait.until(d -> !d.getCurrentUrl().contains("profile="));
        assertThat(new Select(browser.findElement(By.id("profile"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("balanced");
        assertThat(new Select(browser.findElement(By.id("profile"))).getOptions())
                .extracting(WebElement::getText).doesNotContain("uu-tien-ho-so").contains("Cân bằng");
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
}
