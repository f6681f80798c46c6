package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import procedo.catalog.account.Actor;
import procedo.templates.TemplateService;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;

/**
 * Dates typed the Vietnamese way on a real start form: dd/MM/yyyy typed or picked on a calendar that starts on
 * Monday with Vietnamese names, stored as ISO days; a day the calendar does not have is refused at its field,
 * naming the field, and nothing is sent; the form's other widgets speak Vietnamese too. The form is the birth
 * registration's, cut down to the child's and the mother's names, dates, the mother's ethnicity and residence,
 * with a list of siblings and their days of birth, published for a procedure of this test's own (so no demo
 * procedure gets a case).
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class StartFormDatesBrowserTest extends WorkflowPages {

    private static final String OWN = "9.990002";
    private static final Set<String> KEPT = Set.of("tre_ho_ten", "tre_ngay_sinh", "me_ho_ten", "me_nam_sinh",
            "me_dan_toc", "me_noi_cu_tru");

    StartFormDatesBrowserTest(BrowserSite site) {
        super(site);
    }

    @Test
    void datesAreTypedDayFirstPickedFromAMondayCalendarAndImpossibleOnesAreRefusedAtTheField() throws Exception {
        publishOwnBirthForm();
        browser.get(base() + "/start.html?code=" + OWN);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#start-form .fjs-form")));
        new Select(browser.findElement(By.id("locality"))).selectByValue("01");
        text("Field_tre_ho_ten", "Nguyễn Minh An");
        text("Field_me_ho_ten", "Nguyễn Thị Hoa");

        // The widgets of the form: a select says "Chọn", a search "Tìm kiếm", and finding nothing says so.
        assertThat(field("Field_me_dan_toc-display").getText()).contains("Chọn").doesNotContain("Select");
        WebElement province = field("Field_me_noi_cu_tru_province");
        assertThat(province.getAttribute("placeholder")).isEqualTo("Tìm kiếm");
        province.sendKeys("zzz");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#start-form .fjs-dropdownlist-empty"),
                "Không có kết quả phù hợp"));
        province.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        address("me_noi_cu_tru", "Hà Nội", "Phường Ba Đình");
        choose("Field_me_dan_toc", "Kinh");

        // The calendar of a date field: Monday first, Vietnamese names, the day format in the field.
        WebElement birth = field("Field_tre_ngay_sinh-date");
        assertThat(birth.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        birth.click();
        WebElement calendar = wait.until(d -> birth.findElement(By.xpath(
                "./ancestor::div[contains(@class,'fjs-form-field')][1]")).findElements(
                By.cssSelector(".flatpickr-calendar.open")).stream().findFirst().orElse(null));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")))
                .extracting(w -> w.getText().trim()).containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
        Select months = new Select(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months")));
        assertThat(months.getOptions()).extracting(WebElement::getText).startsWith("Tháng 1", "Tháng 2")
                .contains("Tháng 7", "Tháng 12");

        // 05/07/2025 is the fifth of July: the calendar shows July 2025 with the 5th chosen.
        birth.sendKeys("05/07/2025");
        birth.sendKeys(Keys.ENTER);
        assertThat(birth.getAttribute("value")).isEqualTo("05/07/2025");
        assertThat(months.getFirstSelectedOption().getAttribute("textContent")).isEqualTo("Tháng 7");
        assertThat(calendar.findElement(By.cssSelector(".cur-year")).getAttribute("value")).isEqualTo("2025");
        assertThat(calendar.findElement(By.cssSelector(".flatpickr-day.selected")).getAttribute("textContent"))
                .isEqualTo("5");

        // 31/02/2025 does not exist: refused at the field, named by its label; the typed text stays.
        WebElement mother = field("Field_me_nam_sinh-date");
        mother.sendKeys("31/02/2025");
        mother.sendKeys(Keys.TAB);
        WebElement motherField = mother.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        wait.until(d -> motherField.getText().contains("ngày 31/02/2025 không tồn tại"));
        assertThat(motherField.findElement(By.cssSelector(".fjs-form-field-error")).getText())
                .endsWith("Ngày, tháng, năm sinh: ngày 31/02/2025 không tồn tại");
        assertThat(mother.getAttribute("value")).isEqualTo("31/02/2025");

        // In a list's row as well, the row named.
        WebElement sibling = field("Field_ae_ngay_sinh_0-date");
        sibling.sendKeys("30/02/2024", Keys.TAB);
        WebElement siblingField = sibling.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        wait.until(d -> siblingField.getText().contains("Ngày sinh (dòng 1): ngày 30/02/2024 không tồn tại"));
        assertThat(sibling.getAttribute("value")).isEqualTo("30/02/2024");

        // The dossier is not received: the list names the field, nothing reaches the server.
        browser.findElement(By.id("start-submit")).click();
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-error-list")));
        assertThat(list.getText()).contains("Ngày, tháng, năm sinh: Ngày 31/02/2025 không tồn tại",
                "Dòng 1: ngày 30/02/2024 không tồn tại");
        assertThat(browser.getCurrentUrl()).contains("/start.html");
        assertThat(getJson("/api/cases?procedureCode=" + OWN)).isEmpty();

        // A month 20 is refused as well; 20/03/1990 is the twentieth of March and takes the refusal away.
        mother.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20/20/1990", Keys.TAB);
        wait.until(d -> motherField.getText().contains("ngày 20/20/1990 không tồn tại"));
        mother.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20/03/1990", Keys.TAB);
        wait.until(d -> !motherField.getText().contains("không tồn tại"));
        assertThat(mother.getAttribute("value")).isEqualTo("20/03/1990");
        sibling.sendKeys(Keys.chord(Keys.CONTROL, "a"), "29/02/2024", Keys.TAB);
        wait.until(d -> !siblingField.getText().contains("không tồn tại"));

        browser.findElement(By.id("start-submit")).click();
        wait.until(ExpectedConditions.urlContains("/case.html?id="));
        String caseId = browser.getCurrentUrl().replaceAll(".*[?&]id=", "");
        JsonNode data = getJson("/api/cases/" + caseId).get("data");
        assertThat(data.get("tre_ngay_sinh").asText()).isEqualTo("2025-07-05");
        assertThat(data.get("me_nam_sinh").asText()).isEqualTo("1990-03-20");
        assertThat(data.get("tre_ho_ten").asText()).isEqualTo("Nguyễn Minh An");
        // a list's rows are kept as one JSON text
        assertThat(new ObjectMapper().readTree(data.get("anh_chi_em").asText()).get(0).get("ae_ngay_sinh").asText())
                .isEqualTo("2024-02-29");
    }

    @Test
    void inEnglishTheCalendarStartsOnMondayAndTheDayIsStillTypedDayFirst() throws Exception {
        publishOwnBirthForm();
        browser.get(base() + "/start.html?code=" + OWN);
        browser.executeScript("localStorage.setItem('procedo.lang', 'en')");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#start-form .fjs-form")));
        WebElement birth = field("Field_tre_ngay_sinh-date");
        assertThat(birth.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        assertThat(field("Field_me_noi_cu_tru_province").getAttribute("placeholder")).isEqualTo("Search");
        assertThat(field("Field_me_dan_toc-display").getText()).contains("Select");
        birth.click();
        birth.sendKeys("05/07/2025", Keys.ENTER);
        WebElement calendar = birth.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"))
                .findElement(By.cssSelector(".flatpickr-calendar"));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")))
                .extracting(w -> w.getAttribute("textContent").trim())
                .containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(new Select(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months")))
                .getFirstSelectedOption().getAttribute("textContent")).isEqualTo("July");
        WebElement mother = field("Field_me_nam_sinh-date");
        mother.sendKeys("31/02/2025", Keys.TAB);
        WebElement motherField = mother.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        wait.until(d -> motherField.getText().contains("31/02/2025 is not a day of the calendar"));
    }

    /** The procedure, its form (published by someone other than its importer) and a running workflow, once. */
    private void publishOwnBirthForm() throws Exception {
        TemplateService templates = application.templates();
        if (templates.list().stream().anyMatch(v -> v.code().equals(OWN))) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode procedure = (ObjectNode) getJson("/api/procedures/" + CODE);
        procedure.put("code", OWN).put("name", "Đăng ký khai sinh (thử nhập ngày)");
        procedure.remove("version");
        assertThat(send("POST", "/api/procedures", json.writeValueAsString(procedure), "Content-Type",
                "application/json").statusCode()).isEqualTo(201);

        TemplatePackage birth = templates.get(CODE, templates.standard(CODE).version());
        FormTemplate form = birth.forms().get(0);
        List<FormSection> sections = new java.util.ArrayList<>(form.sections().stream()
                .map(s -> new FormSection(s.title(), s.fields().stream().filter(f -> KEPT.contains(f.id())).toList()))
                .filter(s -> !s.fields().isEmpty()).toList());
        FormField siblingBorn = new FormField("ae_ngay_sinh", FieldType.DATE, "Ngày sinh", "Date of birth", false, null,
                null, null, null, null, null, List.of(), null, List.of());
        sections.add(new FormSection("Anh, chị, em ruột", List.of(new FormField("anh_chi_em", FieldType.GROUP,
                "Anh, chị, em ruột", "Siblings", false, null, null, null, null, null, null, List.of(), null,
                List.of(siblingBorn)))));
        TemplatePackage own = new TemplatePackage(OWN, "2026.1", birth.name(), birth.field(), birth.level(),
                birth.agencyCode(), birth.processingDays(), birth.onlineLevel(), birth.legalBasis(), birth.fees(),
                birth.components(), List.of(form.withSections(sections)));
        templates.importPackage(own, false, new Actor("nhap-mau", "Người nhập mẫu", "127.0.0.1"));
        templates.publish(OWN, "2026.1", new Actor("cong-bo-mau", "Người công bố mẫu", "127.0.0.1"));

        assertThat(send("PUT", "/api/procedures/" + OWN + "/models/TO_BE", WorkflowPages.oneTaskModel("tu-phap"), "Content-Type", "application/xml")
                .statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/procedures/" + OWN + "/deployments", "").statusCode()).isEqualTo(201);
    }
}
