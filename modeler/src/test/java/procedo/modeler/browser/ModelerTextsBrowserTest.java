package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The BPMN editor speaks the page's language: palette, context pad, replace menu, properties panel (with the Camunda
 * entries Procedo uses), the linter's messages and the minimap in Vietnamese, and in English after the switch; the
 * compare page names element types in Vietnamese.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class ModelerTextsBrowserTest {

    private static final String CODE = "1.001193";
    /** Letters only Vietnamese has (lower case): a text holding none of them is not Vietnamese. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            ".*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ].*", Pattern.DOTALL);

    /**
     * A model with a user task (assignee, candidate groups, due date) and a task that is neither named nor connected,
     * which the linter reports. No lanes, so no applicant lane is asked for.
     */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="http://procedo/bpmn">
            <bpmn:process id="P" isExecutable="true">
              <bpmn:startEvent id="S" name="Nộp hồ sơ"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
              <bpmn:userTask id="T" name="Giải quyết hồ sơ" camunda:assignee="canbo" camunda:candidateGroups="mot-cua" camunda:dueDate="P3D"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
              <bpmn:endEvent id="E" name="Trả kết quả"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
              <bpmn:task id="Alone"/>
              <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
              <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E"/>
            </bpmn:process>
            <bpmndi:BPMNDiagram id="BD"><bpmndi:BPMNPlane id="BP" bpmnElement="P">
              <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="200" y="78" width="100" height="80"/></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="E_di" bpmnElement="E"><dc:Bounds x="370" y="100" width="36" height="36"/></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Alone_di" bpmnElement="Alone"><dc:Bounds x="200" y="260" width="100" height="80"/></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="136" y="118"/><di:waypoint x="200" y="118"/></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="300" y="118"/><di:waypoint x="370" y="118"/></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>""";

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    ModelerTextsBrowserTest(BrowserSite site) {
        browser = site.browser();
        wait = Waits.of(browser, 20);
        base = site.base();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String attribute(String selector, String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector))).getAttribute(name);
    }

    /** The texts of what the selector finds, hidden ones (a closed dropdown) included. */
    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(e -> e.getAttribute("textContent").trim()).filter(s -> !s.isEmpty()).toList();
    }

    /** Opens the modeler on the test model (imported without making the page's copy dirty) with the user task selected. */
    private void openWithTheUserTaskSelected() {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        wait.until(d -> !browser.findElements(By.cssSelector("#canvas .djs-shape")).isEmpty());
        wait.until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("\\d")));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Object imported = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.getElementById('canvas').modeler.importXML(arguments[0]).then(() => done('ok'), (e) => done(String(e)));""",
                MODEL);
        assertThat(imported).isEqualTo("ok");
        selectTheUserTask();
    }

    private void selectTheUserTask() {
        js("const m = document.getElementById('canvas').modeler; m.get('selection').select(m.get('elementRegistry').get('T'));");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-context-pad .entry[data-action='append.append-task']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bio-properties-panel-header-type")));
    }

    private void openGroup(String title) {
        WebElement header = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'bio-properties-panel-group-header')][.//*[contains(@class,'bio-properties-panel-group-header-title') and normalize-space()='"
                        + title + "']]")));
        if (!header.getAttribute("class").contains("open")) {
            header.click();
        }
    }

    private List<String> replaceMenuEntries() {
        browser.findElement(By.cssSelector(".djs-context-pad .entry[data-action='replace']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-popup .entry")));
        List<String> entries = texts(".djs-popup .entry");
        js("document.getElementById('canvas').modeler.get('popupMenu').close();");
        return entries;
    }

    @Test
    void theEditorSpeaksVietnameseAndEnglishAfterTheSwitch() {
        openWithTheUserTaskSelected();

        assertThat(attribute(".djs-palette .entry[data-action='create.task']", "aria-label")).isEqualTo("Tạo nhiệm vụ");
        assertThat(attribute(".djs-palette .entry[data-action='create.start-event']", "aria-label"))
                .isEqualTo("Tạo sự kiện bắt đầu");
        assertThat(attribute(".djs-palette .entry[data-action='hand-tool']", "aria-label"))
                .isEqualTo("Kéo màn hình (công cụ bàn tay)");
        assertThat(browser.findElements(By.cssSelector(".djs-palette .entry[aria-label]")))
                .allSatisfy(e -> assertThat(e.getAttribute("aria-label")).matches(VIETNAMESE));
        assertThat(attribute(".djs-context-pad .entry[data-action='append.append-task']", "title"))
                .isEqualTo("Nối tiếp một nhiệm vụ");
        assertThat(attribute(".djs-context-pad .entry[data-action='delete']", "title")).isEqualTo("Xóa");
        assertThat(replaceMenuEntries()).contains("Nhiệm vụ dịch vụ", "Nhiệm vụ", "Quy trình con (thu gọn)")
                .doesNotContain("Service task", "Task");

        assertThat(texts(".bio-properties-panel-header-type")).containsExactly("Nhiệm vụ người dùng");
        // The element's name is data, not the page's words; so are the keys of the shortcuts.
        assertThat(browser.findElement(By.cssSelector(".bio-properties-panel-header-label")).getDomAttribute("translate"))
                .isEqualTo("no");
        assertThat(browser.findElements(By.cssSelector("#shortcuts dt")))
                .allSatisfy(dt -> assertThat(dt.findElements(By.tagName("kbd"))).isNotEmpty());
        assertThat(texts(".bio-properties-panel-group-header-title"))
                .contains("Thông tin chung", "Mô tả", "Giao việc", "Biểu mẫu", "Thực hiện bất đồng bộ")
                .doesNotContain("General", "User assignment", "Forms");
        assertThat(browser.findElements(By.cssSelector("#properties [title='Mở/đóng nhóm']"))).isNotEmpty();
        assertThat(attribute(".bjs-powered-by", "title")).isEqualTo("Xây dựng trên nền bpmn.io");
        openGroup("Mô tả");
        wait.until(d -> !browser.findElements(By.cssSelector("#properties [title='Mở trình soạn thảo riêng']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#properties [title='Open pop-up editor']"))).isEmpty();
        openGroup("Giao việc");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-entry-id=assignee]")));
        assertThat(texts(".bio-properties-panel-label")).contains("Tên", "Người được giao", "Nhóm được giao", "Hạn xử lý");

        wait.until(d -> texts(".bjsl-overlay .message").contains("Phần tử chưa được nối với phần tử nào"));
        assertThat(texts(".bjsl-overlay .message")).contains("Phần tử chưa có tên").doesNotContain("Element is not connected");
        assertThat(browser.findElement(By.cssSelector(".bjsl-button")).getText()).contains("lỗi", "cảnh báo");
        js("document.querySelectorAll('.bjsl-dropdown').forEach(d => d.style.display = 'block')");
        assertThat(browser.findElements(By.cssSelector(".bjsl-issues .rule"))).isNotEmpty().noneMatch(WebElement::isDisplayed);
        assertThat(attribute(".djs-minimap .toggle", "title")).isEqualTo("Mở bản đồ thu nhỏ");

        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".djs-palette .entry[data-action='create.task']"),
                "aria-label", "Create task"));
        assertThat(attribute(".djs-palette .entry[data-action='hand-tool']", "aria-label")).isEqualTo("Activate hand tool");
        assertThat(attribute(".djs-context-pad .entry[data-action='append.append-task']", "title")).isEqualTo("Append task");
        assertThat(replaceMenuEntries()).contains("Service task", "Task", "Sub-process (collapsed)");
        selectTheUserTask();
        wait.until(d -> texts(".bio-properties-panel-header-type").equals(List.of("User Task")));
        assertThat(texts(".bio-properties-panel-group-header-title")).contains("General", "User assignment", "Forms")
                .doesNotContain("Thông tin chung", "Giao việc");
        assertThat(browser.findElements(By.cssSelector("#properties [title='Toggle section']"))).isNotEmpty();
        assertThat(attribute(".bjs-powered-by", "title")).isEqualTo("Powered by bpmn.io");
        openGroup("User assignment");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-entry-id=assignee]")));
        assertThat(texts(".bio-properties-panel-label")).contains("Name", "Assignee", "Candidate groups", "Due date");
        wait.until(d -> texts(".bjsl-overlay .message").contains("Element is not connected"));
        assertThat(texts(".bjsl-overlay .message")).noneMatch(m -> VIETNAMESE.matcher(m.toLowerCase()).matches());
        assertThat(browser.findElement(By.cssSelector(".bjsl-button")).getText()).contains("Errors", "Warnings");
        assertThat(attribute(".djs-minimap .toggle", "title")).isEqualTo("Open minimap");
    }

    @Test
    void theTranslateServiceFillsPlaceholdersInEitherLanguage() {
        browser.get(base + "/modeler.html?code=" + CODE + "&kind=TO_BE");
        wait.until(d -> !browser.findElements(By.cssSelector("#canvas .djs-shape")).isEmpty());
        String say = "const t = document.getElementById('canvas').modeler.get('translate');"
                + " return [t('Open {element}', {element: 'Tiếp nhận'}), t('{errors} Errors, {warnings} Warnings', {errors: '2', warnings: '1'}),"
                + " t('Timer Boundary Event (Non Interrupting)'), t('A text no dictionary has')];";
        assertThat((List<Object>) js(say)).containsExactly("Mở Tiếp nhận", "2 lỗi, 1 cảnh báo", "Sự kiện biên (hẹn giờ, không ngắt)",
                "A text no dictionary has");
        browser.findElement(By.id("lang")).click();
        assertThat((List<Object>) js(say)).containsExactly("Open Tiếp nhận", "2 Errors, 1 Warnings",
                "Timer Boundary Event (Non Interrupting)", "A text no dictionary has");
    }

    @Test
    void theComparePageNamesElementTypesInTheLanguageOfThePage() {
        browser.get(base + "/compare.html?code=" + CODE);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        List<WebElement> types = browser.findElements(By.cssSelector("table.elements td[data-type]"));
        assertThat(types).isNotEmpty();
        assertThat(types).allSatisfy(cell -> assertThat(cell.getText().toLowerCase()).matches(VIETNAMESE));
        assertThat(types).anySatisfy(cell -> {
            assertThat(cell.getAttribute("data-type")).isEqualTo("bpmn:UserTask");
            assertThat(cell.getText()).isEqualTo("Nhiệm vụ người dùng");
        });

        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#elements h4"), texts("#elements h4").get(0)
                .replace("Bỏ đi", "Removed")));
        List<WebElement> english = browser.findElements(By.cssSelector("table.elements td[data-type]"));
        assertThat(english).allSatisfy(cell -> assertThat(cell.getText().toLowerCase()).doesNotMatch(VIETNAMESE));
        assertThat(english).anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("User task"));
    }
}
