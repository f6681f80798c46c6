package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ranking page as a reform officer uses it, in headless Chromium against a real server with the demo catalog. */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class RankingPageBrowserTest {

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
}
