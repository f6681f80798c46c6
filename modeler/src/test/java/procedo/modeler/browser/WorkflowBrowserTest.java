package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import procedo.engine.calendar.Deadlines;
import procedo.modeler.Application;

/**
 * A dossier of the demo birth registration (1.001193) through its redesigned workflow, as the people who run it
 * use the pages in headless Chromium: the process designer deploys the to-be model from the procedure page, the
 * one-stop desk receives a dossier with the start form, officers work every task of the case in the task list,
 * and the procedure page then shows the KPIs measured from that case.
 *
 * <p>Runs in a test JVM of its own, after the others (the surefire execution "last-test" of the parent pom): it
 * moves the engine's clock, which is the whole JVM's, and the national deployment of 1.001193 and its case that it
 * leaves (there is no undeploy) change that procedure's measured figures, which other browser tests read.
 */
@ExtendWith(SharedBrowserSite.class)
class WorkflowBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CODE = "1.001193";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(Deadlines.VIETNAM_ZONE);

    private final Application application;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;

    WorkflowBrowserTest(BrowserSite site) {
        application = site.application();
        browser = site.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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

    private String base() {
        return base;
    }

    private void screenshot(String name, WebElement element) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = element == null ? browser.getScreenshotAs(OutputType.BYTES) : element.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    // ---- the start form (form-js): fields are found by their component id, as the schema names them

    private WebElement field(String componentId) {
        return browser.findElement(By.cssSelector("#start-form [id$='-" + componentId + "']"));
    }

    private void text(String componentId, String value) {
        field(componentId).sendKeys(value);
    }

    /** A searchable select: type part of the name, take the first match. */
    private void search(String componentId, String typed) {
        field(componentId).sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#start-form .fjs-dropdownlist-item"))).click();
    }

    /** A plain select: open it (tabbing into it from the field before already does), pick the option with that label. */
    private void choose(String componentId, String label) {
        WebElement display = field(componentId + "-display");
        WebElement box = display.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        if (box.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
            display.click();
        }
        wait.until(d -> box.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(item -> item.getText().equals(label)).findFirst().orElse(null)).click();
    }

    private void date(String componentId, String monthDayYear) {
        WebElement input = field(componentId + "-date");
        input.sendKeys(monthDayYear);
        input.sendKeys(Keys.TAB);
    }

    private void address(String group, String province, String commune) {
        search("Field_" + group + "_province", province);
        text("Field_" + group + "_commune", commune);
    }

    private void fillBirthRegistration() {
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
        date("Field_cha_nam_sinh", "03/15/1990");
        choose("Field_cha_dan_toc", "Kinh");
        text("Field_cha_quoc_tich", "Việt Nam");
        address("cha_noi_cu_tru", "Hà Nội", "Phường Ba Đình");
        text("Field_me_ho_ten", "Nguyễn Thị Hoa");
        date("Field_me_nam_sinh", "08/20/1992");
        choose("Field_me_dan_toc", "Kinh");
        text("Field_me_quoc_tich", "Việt Nam");
        address("me_noi_cu_tru", "Hà Nội", "Phường Ba Đình");
        browser.findElement(By.cssSelector("#start-form [id$='-Field_nhan_ket_qua-0']")).click();
    }

    // ---- the task list

    /** Clicks what the selector finds, again if the list re-rendered in between. */
    private void click(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Fills the open task form: approved = yes, paperCopy = no, any other required field with a plain value. */
    private void answer(WebElement form) {
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

    @Test
    void deployReceiveWorkEveryTaskAndSeeTheKpis() throws Exception {
        // The designer deploys the proposed workflow from the procedure page.
        browser.get(base() + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deploy-to-be")));
        assertThat(browser.findElement(By.id("no-deployment")).getText()).isEqualTo("Chưa triển khai.");
        browser.findElement(By.id("workflow-user")).sendKeys("Lê Văn Thiết");
        browser.findElement(By.id("deploy-to-be")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deploy-ok")));
        assertThat(browser.findElement(By.id("deploy-ok")).getText()).isEqualTo("Đã triển khai phiên bản 1.");
        WebElement v1 = browser.findElement(By.cssSelector("#deployments tr[data-version='1']"));
        assertThat(v1.getText()).contains("v1", "toàn quốc", "Lê Văn Thiết", "Đang hoạt động");

        // The operations page lists it; its check finds nothing to fix.
        browser.get(base() + "/workflows.html");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#workflow-list tr[data-code='" + CODE + "']")));
        assertThat(browser.findElement(By.cssSelector("header nav a.active")).getText()).isEqualTo("Vận hành");
        assertThat(row.getText()).contains(CODE, "Thủ tục đăng ký khai sinh", "toàn quốc", "v1", "Lê Văn Thiết",
                "Đang hoạt động", "Tạm dừng");
        browser.findElement(By.id("deploy-code")).sendKeys(CODE);
        browser.findElement(By.id("check-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-ok")));
        screenshot("workflows.png", null);

        // The one-stop desk receives a dossier.
        browser.get(base() + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#start-form .fjs-form")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-info"), "Phiên bản 1"));
        assertThat(browser.findElement(By.id("processing-days")).getText()).matches("\\d+ ngày làm việc");
        browser.findElement(By.id("start-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-error-list")));
        assertThat(browser.findElement(By.id("locality-error")).getText()).isEqualTo("Chọn địa phương tiếp nhận.");
        assertThat(browser.findElement(By.id("start-error-list")).getText()).contains("Họ, chữ đệm, tên người yêu cầu");
        assertThat(browser.getCurrentUrl()).contains("/start.html");

        new Select(browser.findElement(By.id("locality"))).selectByValue("01");
        new Select(browser.findElement(By.id("channel"))).selectByValue("ONLINE");
        fillBirthRegistration();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("start-errors")));
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("start.png", null);
        browser.findElement(By.id("start-submit")).click();

        // The case page: its due date is the legal one, in working days from receipt.
        wait.until(ExpectedConditions.urlContains("/case.html?id="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("due-at")));
        String caseId = browser.getCurrentUrl().replaceAll(".*[?&]id=", "");
        JsonNode summary = getJson("/api/cases/" + caseId).get("summary");
        Instant started = Instant.parse(summary.get("startedAt").asText());
        int days = summary.get("processingDays").asInt();
        Instant due = Deadlines.vietnam().due(started, days);
        assertThat(browser.findElement(By.id("due-at")).getText()).isEqualTo(SHOWN.format(due));
        assertThat(browser.findElement(By.cssSelector("dd[data-fact='due']")).getText())
                .isEqualTo(SHOWN.format(due) + " (" + days + " ngày làm việc)");
        assertThat(browser.findElement(By.id("case-state")).getAttribute("data-state")).isEqualTo("ACTIVE");
        assertThat(browser.findElement(By.cssSelector("dd[data-fact='locality']")).getText()).contains("Hà Nội");
        assertThat(browser.findElement(By.cssSelector("#data-table tr[data-field='tre_ho_ten']")).getText())
                .contains("Nguyễn Minh An");

        // Officers work every task of the case from the task list, to the end.
        browser.findElement(By.id("task-list-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-chip")));
        assertThat(browser.findElement(By.cssSelector("header nav a.active")).getText()).isEqualTo("Công việc");
        browser.findElement(By.id("officer-change")).click();
        WebElement name = browser.findElement(By.id("officer-name"));
        name.clear();
        name.sendKeys("Trần Thị Bình");
        browser.findElement(By.id("officer-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("officer-current"), "Trần Thị Bình"));

        // Each task takes its officer some time: the engine's clock moves on before each completion (8 hours in
        // all, well within the legal time limit, which ends at 17:00 of a working day after receipt).
        Map<String, Duration> takes = Map.of("Task_SubmitOnline", Duration.ofMinutes(30), "Task_Review",
                Duration.ofHours(3), "Task_IssueBirthCert", Duration.ofMinutes(90), "Task_RegisterResidence",
                Duration.ofHours(2), "Task_ReceiveResult", Duration.ofHours(1));
        Instant clock = started;
        List<String> worked = new java.util.ArrayList<>();
        boolean answeredYesNo = false;
        for (int step = 0; step < 10; step++) {
            wait.until(d -> !d.findElements(By.cssSelector("#task-list tr.task")).isEmpty()
                    || d.findElement(By.id("no-tasks")).isDisplayed());
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) browser.executeScript("return [...document.querySelectorAll("
                    + "'#task-list tr.task')].filter(r => r.dataset.case === arguments[0])"
                    + ".map(r => [r.dataset.task, r.dataset.activity, r.querySelector('td.due .when').textContent])", caseId);
            if (rows.isEmpty()) {
                break;
            }
            String taskId = rows.get(0).get(0);
            String activity = rows.get(0).get(1);
            assertThat(rows.get(0).get(2)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            By taskRow = By.cssSelector("#task-list tr.task[data-task='" + taskId + "']");
            click(By.cssSelector("#task-list tr.task[data-task='" + taskId + "'] button.claim"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#task-list tr.task[data-task='" + taskId + "'] td.assignee"), "Trần Thị Bình"));
            click(By.cssSelector("#task-list tr.task[data-task='" + taskId + "'] button.complete"));
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complete-form")));
            answer(form);
            if (!form.findElements(By.cssSelector(".tk-field[data-type='boolean']")).isEmpty() && !answeredYesNo) {
                answeredYesNo = true;
                screenshot("tasks.png", null);
            }
            clock = clock.plus(takes.get(activity));
            application.engine().setClock(clock);
            form.findElement(By.cssSelector("button.done")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(taskRow));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("completed"), "Đã hoàn thành"));
            worked.add(activity);
        }
        assertThat(worked).containsExactly("Task_SubmitOnline", "Task_Review", "Task_IssueBirthCert",
                "Task_RegisterResidence", "Task_ReceiveResult");
        assertThat(answeredYesNo).isTrue();
        WebElement done = browser.findElement(By.cssSelector("#completed .case-state"));
        assertThat(done.getAttribute("data-state")).isEqualTo("COMPLETED");
        assertThat(done.getText()).isEqualTo("Đã giải quyết xong");

        // The case is completed, with its history.
        browser.findElement(By.cssSelector("#completed a.wf-case-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history-table")));
        assertThat(browser.findElement(By.id("case-state")).getAttribute("data-state")).isEqualTo("COMPLETED");
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("Đã giải quyết xong");
        assertThat(browser.findElement(By.cssSelector("dd[data-fact='endName']")).getText())
                .isEqualTo("Trẻ có Giấy khai sinh, thường trú, thẻ BHYT");
        List<String> steps = browser.findElements(By.cssSelector("#history-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-activity")).toList();
        assertThat(steps).containsSubsequence("StartEvent_Birth", "Task_SubmitOnline", "Task_VerifyData", "Task_Review",
                "Gateway_Approved", "Task_IssueBirthCert", "Task_RegisterResidence", "Task_IssueHealthCard",
                "Task_ReceiveResult", "Gateway_PaperCopy", "EndEvent_Done");
        assertThat(steps).doesNotContain("Task_CollectPaper", "Task_NotifyRefusal");
        WebElement review = browser.findElement(By.cssSelector("#history-table tr[data-activity='Task_Review']"));
        assertThat(review.getText()).contains("Kiểm tra, ghi Sổ đăng ký khai sinh", "Trần Thị Bình");
        assertThat(browser.findElement(By.cssSelector("#history-table tr[data-activity='Task_VerifyData']")).getText())
                .contains("Bước tự động");
        assertThat(browser.findElement(By.cssSelector("#open-tasks")).getText()).contains("Không còn công việc nào đang mở.");
        screenshot("case.png", null);

        // The procedure page measures it: one case completed, on time.
        browser.get(base() + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kpis [data-kpi='onTimeRate']")));
        assertThat(browser.findElement(By.cssSelector("#kpis [data-kpi='casesStarted']")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#kpis [data-kpi='casesCompleted']")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#kpis [data-kpi='casesOpen']")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#kpis [data-kpi='onTimeRate']")).getText()).isEqualTo("100 %");
        assertThat(browser.findElement(By.cssSelector("#kpis [data-kpi='medianCycleTime']")).getText())
                .isEqualTo("8 giờ (0,3 ngày)");
        assertThat(browser.findElement(By.id("kpi-note")).getText()).contains("thứ hạng gần nhất", "hạn giải quyết theo luật");
        // The review took 3 of the 8 hours of work.
        assertThat(browser.findElement(By.cssSelector("#task-kpis tr[data-activity='Task_Review']")).getText())
                .contains("Kiểm tra, ghi Sổ đăng ký khai sinh", "37,5 %");
        assertThat(browser.findElement(By.cssSelector("#recent-cases tr[data-case='" + caseId + "']"))
                .getAttribute("data-state")).isEqualTo("COMPLETED");
        WebElement panel = browser.findElement(By.id("workflow"));
        browser.executeScript("arguments[0].scrollIntoView()", panel);
        screenshot("procedure-kpis.png", panel);
    }

    @Test
    void aModelThatWouldFailIsNotDeployedAndEachProblemLinksToItsElement() throws Exception {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_Process" name="Giải quyết hồ sơ">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:serviceTask id="Task_Notify" name="Thông báo kết quả">
                      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Process"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Process" targetRef="Task_Notify"/>
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Notify" targetRef="EndEvent_1"/>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
                    <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="152" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="Task_Process_di" bpmnElement="Task_Process"><dc:Bounds x="240" y="80" width="100" height="80"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="Task_Notify_di" bpmnElement="Task_Notify"><dc:Bounds x="400" y="80" width="100" height="80"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="562" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120"/><di:waypoint x="240" y="120"/></bpmndi:BPMNEdge>
                    <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120"/><di:waypoint x="400" y="120"/></bpmndi:BPMNEdge>
                    <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="500" y="120"/><di:waypoint x="562" y="120"/></bpmndi:BPMNEdge>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """;
        HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/procedures/1.000656/models/TO_BE"))
                .header("Content-Type", "application/xml").header("X-Author", "Demo")
                .PUT(HttpRequest.BodyPublishers.ofString(bpmn)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

        browser.get(base() + "/workflows.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deploy-locality option[value='01']")));
        browser.findElement(By.id("deploy-user")).sendKeys("Lê Văn Thiết");
        browser.findElement(By.id("deploy-code")).sendKeys("1.000656");
        browser.findElement(By.id("deploy-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deploy-result table.problems")));
        assertThat(browser.findElement(By.cssSelector("#deploy-result")).getText())
                .contains("2 vấn đề — chưa triển khai");
        assertThat(browser.findElement(By.cssSelector("#deploy-result tr[data-element='Task_Process']")).getText())
                .contains("a user task without assignee or candidate group");
        assertThat(browser.findElement(By.cssSelector("#deploy-result tr[data-element='Task_Notify']")).getText())
                .contains("an automatic task with no implementation");
        assertThat(browser.findElements(By.cssSelector("#workflow-list tr[data-code='1.000656']"))).isEmpty();
        assertThat(getJson("/api/procedures/1.000656/deployments")).isEmpty();

        browser.findElement(By.cssSelector("#deploy-result tr[data-element='Task_Process'] a")).click();
        wait.until(ExpectedConditions.urlContains("/modeler.html?code=1.000656&kind=TO_BE&element=Task_Process"));
        wait.until(d -> "Task_Process".equals(((ChromeDriver) d).executeScript("const m = document.getElementById('canvas').modeler;"
                + " const s = m && m.get('selection').get(); return s && s.length ? s[0].id : null")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".bio-properties-panel-header-label"), "Giải quyết hồ sơ"));
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The keyed components of a form-js schema, depth first. */
    private static void keyed(JsonNode components, List<JsonNode> out) {
        for (JsonNode c : components) {
            if (c.has("key")) {
                out.add(c);
            }
            if (c.has("components")) {
                keyed(c.get("components"), out);
            }
        }
    }

    @Test
    void aTaskFormOfEveryFieldTypeIsFilledInAndTheServersFieldErrorIsShownAtItsField() throws Exception {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_Check" name="Thẩm định hồ sơ" camunda:candidateGroups="mot-cua">
                      <bpmn:extensionElements><camunda:formData>
                        <camunda:formField id="soTo" label="Số tờ đã nhận" type="long">
                          <camunda:validation><camunda:constraint name="required" /></camunda:validation></camunda:formField>
                        <camunda:formField id="ngayHen" label="Ngày hẹn trả kết quả" type="date">
                          <camunda:validation><camunda:constraint name="required" /></camunda:validation></camunda:formField>
                        <camunda:formField id="ketQua" label="Kết quả thẩm định" type="enum">
                          <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                          <camunda:value id="dat" name="Đạt" /><camunda:value id="khong_dat" name="Không đạt" /></camunda:formField>
                        <camunda:formField id="ghiChu" label="Ghi chú" type="string" />
                        <camunda:formField id="dongY" label="Đồng ý tiếp nhận" type="boolean">
                          <camunda:validation><camunda:constraint name="required" /></camunda:validation></camunda:formField>
                      </camunda:formData></bpmn:extensionElements>
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_1" name="Đã thẩm định"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Check"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        assertThat(send("PUT", "/api/procedures/1.004884/models/TO_BE", bpmn, "Content-Type", "application/xml",
                "X-Author", "Demo").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/procedures/1.004884/deployments", "", "X-User", "Demo").statusCode()).isEqualTo(201);
        // A dossier received at the counter (the start form built from the dossier: name, id, documents handed in).
        List<JsonNode> fields = new java.util.ArrayList<>();
        keyed(getJson("/api/procedures/1.004884/start-form").get("schema").get("components"), fields);
        ObjectMapper json = new ObjectMapper();
        var data = json.createObjectNode();
        for (JsonNode f : fields) {
            String key = f.get("key").asText();
            if (f.get("type").asText().equals("checkbox")) {
                data.put(key, true);
            } else if (key.equals("applicantName")) {
                data.put(key, "Nguyễn Văn Cường");
            } else if (key.equals("applicantId")) {
                data.put(key, "001190012345");
            }
        }
        var body = json.createObjectNode().put("procedureCode", "1.004884").put("locality", "79").put("channel", "COUNTER");
        body.set("data", data);
        HttpResponse<String> started = send("POST", "/api/cases", body.toString(), "Content-Type", "application/json",
                "X-User", "Demo");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String caseId = json.readTree(started.body()).get("summary").get("id").asText();

        // A new officer: the list asks the name once.
        browser.get(base() + "/tasks.html?case=" + caseId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officer-name"))).sendKeys("Phạm Minh Đức");
        browser.findElement(By.id("officer-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("officer-current"), "Phạm Minh Đức"));
        By row = By.cssSelector("#task-list tr.task[data-case='" + caseId + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        click(By.cssSelector("#task-list tr.task[data-case='" + caseId + "'] button.claim"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#task-list tr.task[data-case='" + caseId + "'] td.assignee"), "Phạm Minh Đức"));
        click(By.cssSelector("#task-list tr.task[data-case='" + caseId + "'] button.complete"));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complete-form")));

        // Each field by its type, the required ones marked.
        By soTo = By.cssSelector(".tk-field[data-field='soTo']");
        assertThat(form.findElement(soTo).findElement(By.tagName("input")).getAttribute("type")).isEqualTo("number");
        assertThat(form.findElement(By.cssSelector(".tk-field[data-field='ngayHen'] input")).getAttribute("type")).isEqualTo("date");
        Select ketQua = new Select(form.findElement(By.cssSelector(".tk-field[data-field='ketQua'] select")));
        assertThat(ketQua.getOptions()).extracting(WebElement::getText).containsExactly("— chọn —", "Đạt", "Không đạt");
        assertThat(form.findElement(By.cssSelector(".tk-field[data-field='ghiChu'] input")).getAttribute("type")).isEqualTo("text");
        assertThat(form.findElements(By.cssSelector(".tk-field[data-field='dongY'] input[type='radio']")))
                .extracting(r -> r.getAttribute("value")).containsExactly("true", "false");
        assertThat(form.findElements(By.cssSelector(".tk-field .required"))).hasSize(4);
        assertThat(form.findElements(By.cssSelector(".tk-field[data-field='ghiChu'] .required"))).isEmpty();

        // Nothing filled in: the required fields are marked and nothing is sent.
        form.findElement(By.cssSelector("button.done")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complete-errors")));
        assertThat(browser.findElements(By.cssSelector("#complete-form .tk-field.invalid")))
                .extracting(f -> f.getAttribute("data-field")).containsExactly("soTo", "ngayHen", "ketQua", "dongY");
        assertThat(browser.findElement(By.cssSelector("#complete-form .tk-field[data-field='ketQua'] .field-error")).getText())
                .isEqualTo("Bắt buộc nhập.");

        // A note longer than the server keeps: its error comes back at that field; what was typed stays.
        form = browser.findElement(By.id("complete-form"));
        form.findElement(By.cssSelector(".tk-field[data-field='soTo'] input")).sendKeys("2");
        browser.executeScript("const i = arguments[0]; i.value = '2026-12-05'; i.dispatchEvent(new Event('input', {bubbles: true}));",
                form.findElement(By.cssSelector(".tk-field[data-field='ngayHen'] input")));
        new Select(form.findElement(By.cssSelector(".tk-field[data-field='ketQua'] select"))).selectByVisibleText("Đạt");
        form.findElement(By.cssSelector(".tk-field[data-field='ghiChu'] input")).sendKeys("Đủ giấy tờ. " + "x".repeat(4000));
        form.findElement(By.cssSelector(".tk-field[data-field='dongY'] input[value='true']")).click();
        form.findElement(By.tagName("textarea")).sendKeys("Tiếp nhận");
        form.findElement(By.cssSelector("button.done")).click();
        wait.until(ExpectedConditions.textToBe(
                By.cssSelector("#complete-form .tk-field[data-field='ghiChu'] .field-error"), "tối đa 4000 ký tự."));
        assertThat(browser.findElements(By.cssSelector("#complete-form .tk-field.invalid")))
                .extracting(f -> f.getAttribute("data-field")).containsExactly("ghiChu");
        assertThat(browser.findElement(By.cssSelector("#complete-form .tk-field[data-field='soTo'] input"))
                .getAttribute("value")).isEqualTo("2");
        assertThat(new Select(browser.findElement(By.cssSelector("#complete-form .tk-field[data-field='ketQua'] select")))
                .getFirstSelectedOption().getText()).isEqualTo("Đạt");

        WebElement note = browser.findElement(By.cssSelector("#complete-form .tk-field[data-field='ghiChu'] input"));
        note.clear();
        note.sendKeys("Đủ giấy tờ");
        browser.findElement(By.cssSelector("#complete-form button.done")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("completed"), "Đã hoàn thành “Thẩm định hồ sơ”"));
        assertThat(browser.findElement(By.cssSelector("#completed .case-state")).getAttribute("data-state")).isEqualTo("COMPLETED");
        JsonNode done = getJson("/api/cases/" + caseId);
        assertThat(done.get("summary").get("endName").asText()).isEqualTo("Đã thẩm định");
        assertThat(done.get("history").findValuesAsText("user")).contains("Phạm Minh Đức");
    }
}
