package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import procedo.engine.calendar.Deadlines;
import procedo.modeler.Application;
/**
 * What the browser tests of running workflows share: the demo site's application and Chromium, and the steps a
 * person takes on the intake, task-list and case pages. Each test resets the engine's clock when it ends.
 */
abstract class WorkflowPages {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * A deployable to-be model of one task, "Thẩm định hồ sơ", offered to {@code candidateGroup}, between a start and
     * an end event: the smallest workflow a test can run through the pages.
     */
    static String oneTaskModel(String candidateGroup) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1" name="Hồ sơ đến"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_Check" name="Thẩm định hồ sơ" camunda:candidateGroups="%s">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_1" name="Đã thẩm định"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Check"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(candidateGroup);
    }
    static final String CODE = "1.001193";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(Deadlines.VIETNAM_ZONE);

    final Application application;
    final ChromeDriver browser;
    final WebDriverWait wait;
    final String base;
    final BrowserSite site;

    WorkflowPages(BrowserSite site) {
        this.site = site;
        application = site.application();
        browser = site.browser();
        wait = Waits.of(browser, 30);
        base = site.base();
    }

    @BeforeEach
    void open() {
        browser.manage().window().setSize(new Dimension(1400, 1400));
    }

    @AfterEach
    void close() {
        application.engine().setClock(null);
    }

    String base() {
        return base;
    }

    void screenshot(String name, WebElement element) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = element == null ? browser.getScreenshotAs(OutputType.BYTES) : element.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                site.request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    // ---- the start form (form-js): fields are found by their component id, as the schema names them

    WebElement field(String componentId) {
        return browser.findElement(By.cssSelector("#start-form [id$='-" + componentId + "']"));
    }

    void text(String componentId, String value) {
        field(componentId).sendKeys(value);
    }

    /** A searchable select: type part of the name, take the first match. */
    void search(String componentId, String typed) {
        field(componentId).sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#start-form .fjs-dropdownlist-item"))).click();
    }

    /** A plain select: open it (tabbing into it from the field before already does), pick the option with that label. */
    void choose(String componentId, String label) {
        WebElement display = field(componentId + "-display");
        WebElement box = display.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        if (box.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
            display.click();
        }
        wait.until(d -> box.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(item -> item.getText().equals(label)).findFirst().orElse(null)).click();
    }

    /** A date field, typed as people in Viet Nam write a day: dd/MM/yyyy. */
    void date(String componentId, String dayMonthYear) {
        WebElement input = field(componentId + "-date");
        input.sendKeys(dayMonthYear);
        input.sendKeys(Keys.TAB);
    }

    void address(String group, String province, String commune) {
        search("Field_" + group + "_province", province);
        text("Field_" + group + "_commune", commune);
    }

    void fillBirthRegistration() {
        text("Field_nyc_ho_ten", "Nguyễn Thị Hoa");
        text("Field_nyc_so_dinh_danh", "001190012345");
        address("nyc_noi_cu_tru", "Hà Nội", "Phường Ba Đình");
        choose("Field_nyc_quan_he", "Mẹ");
        text("Field_tre_ho_ten", "Nguyễn Minh An");
        date("Field_tre_ngay_sinh", "11/02/2026");
        browser.findElement(By.cssSelector("#start-form [id$='-Field_tre_gioi_tinh-0']")).click();
        choose("Field_tre_dan_toc", "Kinh");
        text("Field_tre_quoc_tich", "Việt Nam");
        address("tre_noi_sinh", "Hà Nội", "Phường Ba Đình");
        text("Field_tre_que_quan", "Nam Định");
        text("Field_cha_ho_ten", "Nguyễn Văn Bình");
        date("Field_cha_nam_sinh", "15/03/1990");
        choose("Field_cha_dan_toc", "Kinh");
        text("Field_cha_quoc_tich", "Việt Nam");
        address("cha_noi_cu_tru", "Hà Nội", "Phường Ba Đình");
        text("Field_me_ho_ten", "Nguyễn Thị Hoa");
        date("Field_me_nam_sinh", "20/08/1992");
        choose("Field_me_dan_toc", "Kinh");
        text("Field_me_quoc_tich", "Việt Nam");
        address("me_noi_cu_tru", "Hà Nội", "Phường Ba Đình");
        browser.findElement(By.cssSelector("#start-form [id$='-Field_nhan_ket_qua-0']")).click();
    }

    // ---- the task list

    /** Clicks what the selector finds, again if the list re-rendered in between. */
    void click(By by) {
        Waits.of(browser, 30).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Fills the open task form: approved = yes, paperCopy = no, any other required field with a plain value. */
    void answer(WebElement form) {
        for (WebElement f : form.findElements(By.cssSelector(".tk-field[data-type]"))) {
            String id = f.getAttribute("data-field");
            switch (f.getAttribute("data-type")) {
                case "boolean" -> f.findElement(By.cssSelector("input[value='" + !"paperCopy".equals(id) + "']")).click();
                case "long" -> f.findElement(By.tagName("input")).sendKeys("1");
                case "date" -> f.findElement(By.tagName("input")).sendKeys("01022026");
                case "enum" -> new Select(f.findElement(By.tagName("select"))).selectByIndex(1);
                default -> f.findElement(By.tagName("input")).sendKeys("Đã kiểm tra");
            }
        }
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = site.request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void keyed(JsonNode components, List<JsonNode> out) {
        for (JsonNode c : components) {
            if (c.has("key")) {
                out.add(c);
            }
            if (c.has("components")) {
                keyed(c.get("components"), out);
            }
        }
    }
}
