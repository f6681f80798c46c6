package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.engine.CaseMark;
import procedo.engine.Channel;
import procedo.engine.StartCase;
/**
 * Deploy checks and task forms in headless Chromium: a model that would fail is not deployed and each problem links
 * to its element; a task form of every field type is filled in, and the server's field error is shown at its field.
 * Runs beside the other browser tests (on procedures they do not read) and leaves the engine's clock alone.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.SECOND)
class WorkflowBrowserTest extends WorkflowPages {

    WorkflowBrowserTest(BrowserSite site) {
        super(site);
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
                    <bpmn:startEvent id="StartEvent_1" name="Hồ sơ đến"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
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
        HttpResponse<String> saved = send("PUT", "/api/procedures/1.000656/models/TO_BE", bpmn,
                "Content-Type", "application/xml");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

        browser.get(base() + "/workflows.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deploy-locality option[value='01']")));
        assertThat(browser.findElement(By.id("deploy-user")).getText()).isEqualTo(BrowserSite.ADMIN_NAME);
        browser.findElement(By.id("deploy-code")).sendKeys("1.000656");
        browser.findElement(By.id("deploy-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deploy-result table.problems")));
        assertThat(browser.findElement(By.cssSelector("#deploy-result")).getText())
                .contains("2 vấn đề — chưa triển khai");
        assertThat(browser.findElement(By.cssSelector("#deploy-result tr[data-element='Task_Process']")).getText())
                .contains("Nhiệm vụ 'Giải quyết hồ sơ'", "chưa giao cho cán bộ hay nhóm cán bộ nào");
        assertThat(browser.findElement(By.cssSelector("#deploy-result tr[data-element='Task_Notify']")).getText())
                .contains("Nhiệm vụ 'Thông báo kết quả'", "nhiệm vụ tự động chưa có cách thực hiện");
        assertThat(browser.findElements(By.cssSelector("#workflow-list tr[data-code='1.000656']"))).isEmpty();
        assertThat(getJson("/api/procedures/1.000656/deployments")).isEmpty();

        browser.findElement(By.cssSelector("#deploy-result tr[data-element='Task_Process'] a")).click();
        wait.until(ExpectedConditions.urlContains("/modeler.html?code=1.000656&kind=TO_BE&element=Task_Process"));
        wait.until(d -> "Task_Process".equals(((ChromeDriver) d).executeScript("const m = document.getElementById('canvas').modeler;"
                + " const s = m && m.get('selection').get(); return s && s.length ? s[0].id : null")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".bio-properties-panel-header-label"), "Giải quyết hồ sơ"));
    }



    @Test
    void aDossierRefusedOnTheTaskPageNeedsItsReasonAndTheCasePageShowsTheRefusalWithIt() throws Exception {
        String code = "1.004194";
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:procedo="http://procedo.vn/schema/bpmn"
                    id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1" name="Hồ sơ đến"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_Review" name="Thẩm định hồ sơ đăng ký tạm trú" camunda:candidateGroups="cong-an">
                      <bpmn:extensionElements><camunda:formData>
                        <camunda:formField id="approved" label="Hồ sơ đủ điều kiện" type="boolean">
                          <camunda:validation><camunda:constraint name="required" /></camunda:validation></camunda:formField>
                      </camunda:formData></bpmn:extensionElements>
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:exclusiveGateway id="Gateway_1" name="Đủ điều kiện?" default="Flow_No">
                      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_Yes</bpmn:outgoing><bpmn:outgoing>Flow_No</bpmn:outgoing>
                    </bpmn:exclusiveGateway>
                    <bpmn:endEvent id="End_Registered" name="Đã đăng ký tạm trú" procedo:outcome="GRANTED">
                      <bpmn:incoming>Flow_Yes</bpmn:incoming></bpmn:endEvent>
                    <bpmn:endEvent id="End_Refused" name="Không đăng ký tạm trú" procedo:outcome="REFUSED">
                      <bpmn:incoming>Flow_No</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Review"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="Gateway_1"/>
                    <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Gateway_1" targetRef="End_Registered">
                      <bpmn:conditionExpression>${approved}</bpmn:conditionExpression></bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_1" targetRef="End_Refused"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        assertThat(send("PUT", "/api/procedures/" + code + "/models/TO_BE", bpmn, "Content-Type", "application/xml")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> deployed = send("POST", "/api/procedures/" + code + "/deployments", "");
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> fields = new java.util.ArrayList<>();
        keyed(getJson("/api/procedures/" + code + "/start-form").get("schema").get("components"), fields);
        var data = json.createObjectNode();
        for (JsonNode f : fields) {
            String key = f.get("key").asText();
            if (f.get("type").asText().equals("checkbox")) {
                data.put(key, true);
            } else if (key.equals("applicantName")) {
                data.put(key, "Lê Thị Thu");
            } else if (key.equals("applicantId")) {
                data.put(key, "079190012345");
            }
        }
        var body = json.createObjectNode().put("procedureCode", code).put("locality", "79").put("channel", "COUNTER");
        body.set("data", data);
        HttpResponse<String> started = send("POST", "/api/cases", body.toString(), "Content-Type", "application/json");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String caseId = json.readTree(started.body()).get("summary").get("id").asText();

        site.signInAsNewUser("tran.van.hoang", "Trần Văn Hoàng", new Grant(AccountRole.CASE_OFFICER, "79", List.of("cong-an")));
        browser.get(base() + "/tasks.html?case=" + caseId);
        wait.until(ExpectedConditions.textToBe(By.id("officer-current"), "Trần Văn Hoàng"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#task-list tr.task[data-case='" + caseId + "']")));
        click(By.cssSelector("#task-list tr.task[data-case='" + caseId + "'] button.complete"));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complete-form")));
        form.findElement(By.cssSelector(".tk-field[data-field='approved'] input[value='false']")).click();
        assertThat(form.findElement(By.cssSelector(".tk-field[data-field='reason'] .tk-label")).getText())
                .startsWith("Lý do");

        // Refused without a reason: the server refuses, the error shows at the reason, the case goes nowhere.
        form.findElement(By.cssSelector("button.done")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#complete-form .tk-field[data-field='reason'] .field-error"),
                "bắt buộc: nêu rõ lý do"));
        assertThat(getJson("/api/cases/" + caseId).get("summary").get("state").asText()).isEqualTo("ACTIVE");

        String reason = "Chỗ ở không thuộc địa bàn phường; người nộp đã được hướng dẫn nộp tại nơi cư trú.";
        browser.findElement(By.cssSelector("#complete-form .tk-field[data-field='reason'] textarea")).sendKeys(reason);
        browser.findElement(By.cssSelector("#complete-form button.done")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("completed"), "Đã hoàn thành"));
        assertThat(browser.findElement(By.cssSelector("#completed .case-state")).getText()).isEqualTo("Từ chối");

        browser.findElement(By.cssSelector("#completed a.wf-case-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-outcome")));
        assertThat(browser.findElement(By.id("case-outcome")).getText()).isEqualTo("Từ chối");
        assertThat(browser.findElement(By.id("case-outcome")).getAttribute("data-outcome")).isEqualTo("REFUSED");
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("Từ chối");
        assertThat(browser.findElement(By.id("outcome-reason")).getText()).isEqualTo(reason);
        assertThat(browser.findElements(By.id("withdraw"))).isEmpty();
        screenshot("case-refused.png", null);

        // Another dossier of the same applicant is withdrawn at her request from its case page, asking first.
        HttpResponse<String> again = send("POST", "/api/cases", body.toString(), "Content-Type", "application/json");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        String secondId = json.readTree(again.body()).get("summary").get("id").asText();
        browser.get(base() + "/case.html?id=" + secondId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("withdraw"))).click();
        WebElement why = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-reason")));
        assertThat(browser.findElement(By.id("confirm-yes")).isEnabled()).isFalse();
        why.sendKeys("Người nộp xin rút hồ sơ để bổ sung giấy tờ");
        browser.findElement(By.id("confirm-yes")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-outcome"), "Rút hồ sơ"));
        assertThat(browser.findElement(By.id("outcome-reason")).getText()).isEqualTo("Người nộp xin rút hồ sơ để bổ sung giấy tờ");
        assertThat(browser.findElements(By.id("withdraw"))).isEmpty();
        assertThat(getJson("/api/cases/" + secondId).get("summary").get("outcome").asText()).isEqualTo("WITHDRAWN");
    }

    /** The keyed components of a form-js schema, depth first. */

    @Test
    void aTaskFormOfEveryFieldTypeIsFilledInAndTheServersFieldErrorIsShownAtItsField() throws Exception {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
                  <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1" name="Hồ sơ đến"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
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
        assertThat(send("PUT", "/api/procedures/1.004884/models/TO_BE", bpmn, "Content-Type", "application/xml")
                .statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/procedures/1.004884/deployments", "").statusCode()).isEqualTo(201);
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
        HttpResponse<String> started = send("POST", "/api/cases", body.toString(), "Content-Type", "application/json");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String caseId = json.readTree(started.body()).get("summary").get("id").asText();

        // The one-stop desk's officer of province 79, signed in: the list says who they are, nobody types a name.
        site.signInAsNewUser("pham.minh.duc", "Phạm Minh Đức", new Grant(AccountRole.CASE_OFFICER, "79", List.of("mot-cua")));
        browser.get(base() + "/tasks.html?case=" + caseId);
        wait.until(ExpectedConditions.textToBe(By.id("officer-current"), "Phạm Minh Đức"));
        assertThat(browser.findElements(By.cssSelector("#officer input"))).isEmpty();
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
        WebElement ngayHen = form.findElement(By.cssSelector(".tk-field[data-field='ngayHen'] input"));
        assertThat(ngayHen.getAttribute("data-date")).isEqualTo("dd/MM/yyyy");
        assertThat(ngayHen.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
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

        // A day the calendar does not have is refused at its field as soon as it is typed, naming the field.
        WebElement day = browser.findElement(By.cssSelector("#complete-form .tk-field[data-field='ngayHen'] input"));
        day.sendKeys("31/02/2026", Keys.TAB);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#complete-form .tk-field[data-field='ngayHen'] .field-error"),
                "Ngày hẹn trả kết quả: ngày 31/02/2026 không tồn tại"));
        assertThat(day.getAttribute("value")).isEqualTo("31/02/2026");

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
                By.cssSelector("#complete-form .tk-field[data-field='ghiChu'] .field-error"), "phải là văn bản tối đa 4000 ký tự"));
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
        assertThat(done.get("history").findValuesAsText("user")).contains("pham.minh.duc");
    }

    /** The confirmation dialog's fact {@code key} as the page shows it. */
    private String fact(String key) {
        return browser.findElement(By.cssSelector("#confirm-dialog dd[data-fact='" + key + "']")).getText();
    }

    private void startCase(String code) {
        application.engine().startCase(new StartCase(code, "01", Channel.ONLINE, 3, java.util.Map.of(), "kiem-thu"));
    }

    @Test
    void deployingAndSuspendingAskFirstSayingScopeVersionAndRunningCasesAndGoingBackChangesNothing() throws Exception {
        String code = "1.004873";
        assertThat(send("PUT", "/api/procedures/" + code + "/models/TO_BE", oneTaskModel("mot-cua"),
                "Content-Type", "application/xml").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/procedures/" + code + "/deployments", "").statusCode()).isEqualTo(201);
        startCase(code);
        startCase(code);

        browser.get(base() + "/procedure.html?code=" + code);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deploy-to-be"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(browser.findElement(By.id("confirm-question")).getText()).startsWith("Triển khai mô hình đề xuất");
        assertThat(fact("scope")).isEqualTo("Toàn quốc (mọi địa phương)");
        assertThat(fact("version")).isEqualTo("v1 → v2");
        assertThat(fact("activeCases")).startsWith("2 hồ sơ của v1");
        assertThat(browser.findElement(By.id("confirm-yes")).getText()).isEqualTo("Xác nhận");
        screenshot("confirm-deploy.png", null);
        browser.findElement(By.id("confirm-no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(getJson("/api/procedures/" + code + "/deployments")).hasSize(1);
        assertThat(browser.findElements(By.id("deploy-ok"))).isEmpty();

        browser.findElement(By.id("deploy-to-be")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deploy-ok")));
        assertThat(browser.findElement(By.id("deploy-ok")).getText()).isEqualTo("Đã triển khai phiên bản 2.");
        assertThat(getJson("/api/procedures/" + code + "/deployments")).hasSize(2);

        // Suspending the new version: its one running case goes on; going back leaves it running.
        startCase(code);
        browser.get(base() + "/workflows.html");
        By suspend = By.cssSelector("#workflow-list tr[data-code='" + code + "'] button.suspend");
        wait.until(ExpectedConditions.elementToBeClickable(suspend)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(fact("version")).isEqualTo("v2");
        assertThat(fact("scope")).isEqualTo("toàn quốc");
        assertThat(fact("activeCases")).isEqualTo("1 hồ sơ — vẫn được giải quyết tiếp");
        browser.findElement(By.id("confirm-no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(getJson("/api/workflows").findValues("procedureCode").stream().anyMatch(c -> c.asText().equals(code)))
                .isTrue();
        assertThat(latest(code).get("suspended").asBoolean()).isFalse();
        browser.findElement(suspend).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#workflow-list tr[data-code='" + code + "'] button.resume")));
        assertThat(latest(code).get("suspended").asBoolean()).isTrue();
    }

    @Test
    void aPilotIsChosenAtDeploymentAndWhatItMeasuresIsShownBesideTheStatisticAndATrainingCaseSaysItCountsNowhere()
            throws Exception {
        String code = "1.000689";
        assertThat(send("PUT", "/api/procedures/" + code + "/models/TO_BE", oneTaskModel("mot-cua"),
                "Content-Type", "application/xml").statusCode()).isEqualTo(201);
        browser.get(base() + "/procedure.html?code=" + code);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deploy-to-be"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        Select coverage = new Select(browser.findElement(By.id("deploy-coverage")));
        assertThat(coverage.getOptions()).extracting(WebElement::getText).containsExactly("Toàn bộ hồ sơ", "Thí điểm");
        assertThat(coverage.getFirstSelectedOption().getText()).isEqualTo("Toàn bộ hồ sơ");
        coverage.selectByValue("PILOT");
        assertThat(fact("coverage")).contains("không bao giờ thay thế số liệu đó");
        screenshot("confirm-deploy-pilot.png", browser.findElement(By.id("confirm-dialog")));
        browser.findElement(By.id("confirm-yes")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deploy-ok")));
        assertThat(browser.findElement(By.cssSelector("#deployments tr[data-version='1'] td.coverage")).getText())
                .isEqualTo("Thí điểm");
        assertThat(getJson("/api/procedures/" + code + "/deployments").get(0).get("coverage").asText())
                .isEqualTo("PILOT");
        long statistic = getJson("/api/procedures/" + code + "/cost?scope=01").at("/basis/dossiersPerYear").asLong();

        startCase(code);
        startCase(code);
        String training = application.engine().startCase(new StartCase(code, "01", Channel.ONLINE, 3,
                java.util.Map.of(), "kiem-thu", CaseMark.TRAINING)).id();
        application.measuredUsage().feed(code);
        assertThat(getJson("/api/procedures/" + code + "/cost?scope=01").at("/basis/dossiersPerYear").asLong())
                .as("a pilot's measurement leaves the statistic").isEqualTo(statistic);

        browser.get(base() + "/procedure.html?code=" + code);
        WebElement measured = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#measured-usage tr[data-locality='01']")));
        assertThat(measured.getAttribute("data-stands")).isEqualTo("false");
        assertThat(measured.getText()).contains("Hà Nội", "Thí điểm", "đo 1 ngày, quy ra năm: 24 hồ sơ",
                "chỉ tham khảo, không thay số liệu thống kê");
        assertThat(browser.findElement(By.id("usage")).getText()).contains("Số liệu đo từ quy trình đang vận hành",
                "ước tính");
        assertThat(browser.findElement(By.id("cost-measured")).getText())
                .contains("Thí điểm", "chỉ tham khảo, không thay số liệu thống kê");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("usage")));
        screenshot("measured-beside.png", null);

        browser.get(base() + "/index.html?includeOnline=true&q=" + code + "#explain=" + code);
        WebElement explained = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.explain #measured-usage tr[data-locality='01']")));
        assertThat(explained.getText()).contains("Thí điểm", "chỉ tham khảo, không thay số liệu thống kê");

        browser.get(base() + "/case.html?id=" + training);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-mark"))).getText())
                .isEqualTo("Hồ sơ tập huấn — không tính vào số liệu sử dụng, chỉ số và báo cáo");
        browser.get(base() + "/procedure.html?code=" + code);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#recent-cases tr[data-case='" + training + "'] .wf-badge.training"))).getText()).isEqualTo("Tập huấn");
        browser.get(base() + "/start.html?code=" + code);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training"))).isSelected()).isFalse();
        assertThat(browser.findElement(By.cssSelector("label:has(#training)")).getText()).isEqualTo("Hồ sơ tập huấn");
    }

    private JsonNode latest(String code) throws Exception {
        for (JsonNode w : getJson("/api/workflows")) {
            if (w.get("procedureCode").asText().equals(code)) {
                return w;
            }
        }
        throw new AssertionError("no workflow of " + code);
    }

    @Test
    void aModelWithALintErrorCannotBeDeployedAndOneWithWarningsAsksForAReasonThatIsKept() throws Exception {
        String code = "2.000528";
        String lost = oneTaskModel("mot-cua").replace("<bpmn:sequenceFlow id=\"Flow_1\"",
                "<bpmn:endEvent id=\"End_Lost\" name=\"Bỏ dở\"/><bpmn:sequenceFlow id=\"Flow_1\"");
        assertThat(send("PUT", "/api/procedures/" + code + "/models/TO_BE", lost, "Content-Type", "application/xml")
                .statusCode()).isEqualTo(201);
        browser.get(base() + "/procedure.html?code=" + code);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deploy-blocked")));
        assertThat(browser.findElement(By.id("deploy-to-be")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("deploy-blocked")).getText())
                .isEqualTo("Không triển khai được: mô hình có 1 lỗi. Sửa trong trình thiết kế rồi kiểm tra lại.");
        assertThat(browser.findElement(By.cssSelector("#workflow tr[data-element='End_Lost']")).getText())
                .contains("Sự kiện 'Bỏ dở'", "Phần tử chưa được nối với luồng nào");

        String unnamedStart = oneTaskModel("mot-cua").replace(" name=\"Hồ sơ đến\"", "");
        assertThat(send("PUT", "/api/procedures/" + code + "/models/TO_BE", unnamedStart, "Content-Type", "application/xml",
                "If-Match", "\"1\"").statusCode()).isEqualTo(201);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deploy-to-be"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(fact("version")).isEqualTo("v1 (lần triển khai đầu tiên)");
        assertThat(fact("activeCases")).isEqualTo("Không có (chưa có phiên bản nào đang chạy)");
        assertThat(browser.findElement(By.id("confirm-notes")).getText()).contains("Phần tử chưa có tên");
        assertThat(browser.findElement(By.id("confirm-yes")).isEnabled()).isFalse();
        String reason = "Tên sự kiện bắt đầu sẽ bổ sung ở phiên bản sau";
        browser.findElement(By.id("confirm-reason")).sendKeys(reason);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deploy-ok")));
        assertThat(browser.findElement(By.cssSelector("#deployments tr[data-version='1'] td.reason")).getText())
                .isEqualTo(reason);
        assertThat(getJson("/api/procedures/" + code + "/deployments").get(0).get("reason").asText()).isEqualTo(reason);
    }

    @Test
    void aDossierGetsItsNumberItsReceiptPrintsFromTheCasePageAndTheStatusPageShowsItToItsCodeOnly() throws Exception {
        String code = "1.002755"; // a procedure no other test of the shared site models
        HttpResponse<String> saved = send("PUT", "/api/procedures/" + code + "/models/TO_BE", oneTaskModel("mot-cua"),
                "Content-Type", "application/xml");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        HttpResponse<String> deployed = send("POST", "/api/procedures/" + code + "/deployments", "");
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
        JsonNode lan = receive(code, "Phạm Thị Lan");
        JsonNode other = receive(code, "Hoàng Văn Sơn");
        String caseId = lan.get("summary").get("id").asText();
        String number = lan.get("summary").get("dossierNumber").asText();
        assertThat(number).matches("79-\\d{6}-\\d{4}");

        // the case page names the dossier by its number, its applicant and who received it
        browser.get(base() + "/case.html?id=" + caseId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-number")));
        assertThat(browser.findElement(By.id("case-id")).getText()).isEqualTo(number);
        assertThat(browser.findElement(By.id("applicant-name")).getText()).isEqualTo("Phạm Thị Lan");
        assertThat(browser.findElement(By.id("received-by")).getText()).isEqualTo(BrowserSite.ADMIN);

        // the task list finds it by the applicant's name typed without diacritics, and shows number and applicant
        browser.get(base() + "/tasks.html");
        WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-search")));
        search.sendKeys("pham thi lan", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=pham"));
        wait.until(d -> d.findElements(By.cssSelector("#task-list tr.task")).size() == 1
                && d.findElement(By.cssSelector("#task-list tr.task")).getAttribute("data-case").equals(caseId));
        assertThat(browser.findElement(By.cssSelector("#task-list tr.task td.case")).getText())
                .contains(number, "Phạm Thị Lan");

        // from the case page, the receipt: every fact of the slip, printed to PDF by the browser, and as DOCX
        browser.get(base() + "/case.html?id=" + caseId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("receipt-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        String lookupCode = browser.findElement(By.id("receipt-code")).getText();
        assertThat(lookupCode).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
        assertThat(browser.findElement(By.id("receipt-number")).getText()).isEqualTo(number);
        assertThat(browser.findElement(By.id("receipt-applicant")).getText()).isEqualTo("Phạm Thị Lan");
        assertThat(browser.findElement(By.id("receipt-officer")).getText()).isEqualTo(BrowserSite.ADMIN_NAME);
        String due = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(
                procedo.engine.calendar.Deadlines.VIETNAM_ZONE).format(java.time.Instant.parse(
                lan.get("summary").get("dueAt").asText()));
        assertThat(browser.findElement(By.id("receipt-due")).getText()).isEqualTo(due);
        assertThat(browser.findElements(By.cssSelector("#receipt-components tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("receipt")).getText()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Gia hạn tạm trú", "/status.html");
        screenshot("receipt.png", browser.findElement(By.id("receipt")));
        org.openqa.selenium.Pdf pdf = browser.print(new org.openqa.selenium.print.PrintOptions());
        byte[] printed = java.util.Base64.getDecoder().decode(pdf.getContent());
        assertThat(new String(printed, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(browser.findElement(By.id("receipt-docx")).getAttribute("href")).endsWith("code=" + lookupCode);
        HttpResponse<byte[]> docx = java.net.http.HttpClient.newHttpClient().send(site.request(
                "/api/cases/" + caseId + "/receipt.docx?code=" + lookupCode).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);

        // the status page needs no sign-in; the number with its code shows the status and the due date
        HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(base() + "/status.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        browser.get(base() + "/status.html");
        lookUp(number, lookupCode);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-state")));
        assertThat(browser.findElement(By.id("status-state")).getText()).isEqualTo("Đang giải quyết");
        assertThat(browser.findElement(By.id("status-due")).getText()).isEqualTo(due);
        assertThat(browser.findElement(By.id("result")).getText()).doesNotContain("Phạm Thị Lan", caseId);
        screenshot("status.png", null);

        // a wrong code, and this code with another dossier's number, are refused alike and show nothing
        lookUp(number, "ABCDEFGHJK");
        wait.until(d -> !d.findElement(By.id("lookup-error")).getText().isBlank());
        String refusal = browser.findElement(By.id("lookup-error")).getText();
        assertThat(refusal).startsWith("Không tìm thấy hồ sơ với số hồ sơ và mã tra cứu này");
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
        lookUp(other.get("summary").get("dossierNumber").asText(), lookupCode);
        wait.until(d -> !d.findElement(By.id("lookup-error")).getText().isBlank());
        assertThat(browser.findElement(By.id("lookup-error")).getText()).isEqualTo(refusal);
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Hoàng Văn Sơn");
    }

    @Test
    void componentsAreRecordedAtIntakeTheApplicantRatesOnTheStatusPageAndTheProcedurePageShowsTheScore()
            throws Exception {
        String code = "2.000720"; // a procedure no other test of the shared site models
        HttpResponse<String> saved = send("PUT", "/api/procedures/" + code + "/models/TO_BE", oneTaskModel("mot-cua"),
                "Content-Type", "application/xml");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        HttpResponse<String> deployed = send("POST", "/api/procedures/" + code + "/deployments", "");
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);

        // at intake: the components ticked on the form, the first scanned, the second reused from a database
        browser.get(base() + "/start.html?code=" + code + "&locality=79");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("medium-2")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#start-form [id$='-Field_applicantName']")));
        assertThat(browser.findElement(By.id("media-panel")).getText())
                .contains("Hình thức nộp thành phần hồ sơ", "Thành phần hồ sơ", "Hình thức nộp");
        text("Field_applicantName", "Đỗ Thị Mai");
        text("Field_applicantId", "001190012345");
        field("Field_component_1").click();
        field("Field_component_2").click();
        new Select(browser.findElement(By.id("medium-1"))).selectByVisibleText("Bản giấy được quét, số hóa");
        new Select(browser.findElement(By.id("medium-2"))).selectByVisibleText("Tái sử dụng dữ liệu đã có");
        screenshot("intake-media.png", browser.findElement(By.id("intake")));
        browser.findElement(By.id("start-submit")).click();

        // the case page: each component's medium, the dossier digitised, the result's medium not yet recorded
        wait.until(ExpectedConditions.urlContains("/case.html?id="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#digitisation #media-table")));
        String caseId = browser.getCurrentUrl().replaceAll(".*[?&]id=", "");
        List<WebElement> media = browser.findElements(By.cssSelector("#digitisation #media-table tbody tr"));
        assertThat(media).extracting(r -> r.getAttribute("data-medium")).containsExactly("SCANNED", "REUSED");
        assertThat(media.get(1).getText()).contains("Tái sử dụng dữ liệu đã có");
        assertThat(browser.findElement(By.id("digitised")).getText()).isEqualTo("Có");
        assertThat(browser.findElement(By.id("result-medium-shown")).getText()).isEqualTo("chưa ghi nhận");
        assertThat(browser.findElement(By.id("digitisation")).getText())
                .contains("Ghi nhận được khi hồ sơ đã được giải quyết (cấp kết quả hoặc từ chối).");

        // once decided, the result is recorded as an electronic copy from the case page
        JsonNode task = getJson("/api/tasks?caseId=" + caseId).get(0);
        HttpResponse<String> done = send("POST", "/api/tasks/" + task.get("id").asText() + "/complete",
                "{\"data\":{}}", "Content-Type", "application/json");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("record-result")));
        new Select(browser.findElement(By.id("result-medium"))).selectByVisibleText("Bản điện tử");
        browser.findElement(By.id("record-result")).click();
        wait.until(d -> "ELECTRONIC".equals(d.findElement(By.id("result-medium-shown")).getAttribute("data-medium")));
        assertThat(browser.findElement(By.id("result-medium-shown")).getText()).isEqualTo("Bản điện tử");
        screenshot("case-digitisation.png", browser.findElement(By.id("digitisation")));

        // on the status page the applicant rates the service once
        HttpResponse<String> issued = send("POST", "/api/cases/" + caseId + "/receipt", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode receipt = new ObjectMapper().readTree(issued.body());
        String number = receipt.get("dossierNumber").asText();
        String lookupCode = receipt.get("lookupCode").asText();
        browser.get(base() + "/status.html");
        lookUp(number, lookupCode);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating-form")));
        assertThat(browser.findElement(By.id("rating")).getText()).contains("Đánh giá mức độ hài lòng",
                "5 — Rất hài lòng", "1 — Rất không hài lòng", "Ý kiến (không bắt buộc)");
        browser.findElement(By.id("rating-submit")).click();
        wait.until(d -> !d.findElement(By.id("rating-error")).getText().isBlank());
        assertThat(browser.findElement(By.id("rating-error")).getText()).isEqualTo("Hãy chọn một mức độ hài lòng.");
        browser.findElement(By.id("score-4")).click();
        browser.findElement(By.id("rating-comment")).sendKeys("Cán bộ hướng dẫn tận tình");
        screenshot("status-rating.png", null);
        browser.findElement(By.id("rating-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating-thanks")));
        assertThat(browser.findElement(By.id("rating-thanks")).getText()).startsWith("Cảm ơn ông/bà đã đánh giá.");
        lookUp(number, lookupCode);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-2"))).click();
        browser.findElement(By.id("rating-submit")).click();
        // the answer draws the section again: the wait reads the message of the section drawn last
        Waits.of(browser, 30).until(d -> !d.findElement(By.id("rating-error")).getText().isBlank());
        assertThat(browser.findElement(By.id("rating-error")).getText())
                .isEqualTo("Hồ sơ " + number + " đã được đánh giá: mỗi hồ sơ chỉ được đánh giá một lần");

        // the procedure page: the score beside the compliance cost, the shares beside the national figures
        browser.get(base() + "/procedure.html?code=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-kpi='satisfaction']")));
        assertThat(browser.findElement(By.cssSelector("[data-kpi='satisfaction']")).getText())
                .isEqualTo("4,00/5 (1 đánh giá)");
        assertThat(browser.findElement(By.cssSelector("[data-kpi='digitisedShare']")).getText()).isEqualTo("100 %");
        assertThat(browser.findElement(By.cssSelector("[data-kpi='electronicResultShare']")).getText())
                .isEqualTo("100 %");
        assertThat(browser.findElement(By.id("digitisation-kpis")).getText())
                .contains("toàn quốc: 17,8 %", "toàn quốc: 6,17 %", "1 trên 2 thành phần");
        screenshot("procedure-digitisation.png", browser.findElement(By.id("digitisation")));
    }

    private void lookUp(String number, String code) {
        WebElement numberField = browser.findElement(By.id("dossier-number"));
        numberField.clear();
        numberField.sendKeys(number);
        WebElement codeField = browser.findElement(By.id("lookup-code"));
        codeField.clear();
        codeField.sendKeys(code);
        browser.findElement(By.id("lookup-submit")).click();
    }

    /** A dossier of {@code code} received at the counter of province 79 from {@code applicant}, every component in. */
    private JsonNode receive(String code, String applicant) throws Exception {
        ObjectMapper json = new ObjectMapper();
        var data = json.createObjectNode().put("applicantName", applicant).put("applicantId", "001190012345");
        getJson("/api/procedures/" + code + "/start-form?locality=79").get("fields").forEach(f -> {
            if (f.get("kind").asText().equals("checkbox")) {
                data.put(f.get("id").asText(), true);
            }
        });
        var body = json.createObjectNode().put("procedureCode", code).put("locality", "79").put("channel", "COUNTER");
        body.set("data", data);
        HttpResponse<String> started = send("POST", "/api/cases", body.toString(), "Content-Type", "application/json");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return json.readTree(started.body());
    }

    @Test
    void calibratesFromRealCasesAndPutsTheSimulatedBurdenIntoTheComplianceCost() throws Exception {
        String code = "9.900017";
        site.createLike(CODE, code, "Đăng ký khai sinh (thử hiệu chỉnh)");
        String toBe;
        try (java.io.InputStream in = getClass().getResourceAsStream("/procedo/modeler/simulation/calibration.bpmn")) {
            toBe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(send("PUT", "/api/procedures/" + code + "/models/TO_BE", toBe, "Content-Type", "application/xml")
                .statusCode()).isEqualTo(201);
        assertThat(send("PUT", "/api/procedures/" + code + "/models/AS_IS", procedo.modeler.model.Snippets.COMMUNE,
                "Content-Type", "application/xml").statusCode()).isEqualTo(201);
        java.time.Instant deployedAt = application.engine().deploy(new procedo.engine.DeployRequest(code, "01",
                toBe.getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, java.util.Set.of(), "admin")).deployedAt();
        for (int i = 0; i < 3; i++) {
            application.engine().startCase(new StartCase(code, "01", Channel.COUNTER, 5, java.util.Map.of(), "can-bo"));
        }

        browser.get(base() + "/procedure.html?code=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cal-locality option[value='01']")));
        new Select(browser.findElement(By.id("cal-locality"))).selectByValue("01");
        assertThat(browser.findElement(By.id("cal-run-fitted")).isEnabled()).as("nothing fitted yet").isFalse();
        WebElement from = browser.findElement(By.id("cal-from"));
        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01/01/2020", Keys.TAB);
        browser.findElement(By.id("cal-fit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-error-for='to']"),
                "Khoảng thời gian hiệu chỉnh không được dài quá 1.098 ngày"));
        from = browser.findElement(By.id("cal-from"));
        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01/01/2025", Keys.TAB);
        browser.findElement(By.id("cal-fit")).click();
        WebElement section = browser.findElement(By.id("simulation-calibration"));
        wait.withMessage(() -> "the calibration section shows: " + browser.findElement(By.id("simulation-calibration"))
                .getText()).until(ExpectedConditions.presenceOfElementLocated(By.id("calibration-table")));
        assertThat(browser.findElement(By.id("calibration-summary")).getText())
                .startsWith("3 hồ sơ thực tế trong").contains("mô hình mục tiêu phiên bản 1")
                .as("the period began long before the deployment, whose day the working days are counted from")
                .contains("Số ngày làm việc tính từ ngày triển khai quy trình đầu tiên, "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(deployedAt.atZone(
                                procedo.catalog.text.Messages.VIET_NAM)));
        assertThat(browser.findElement(By.cssSelector("#calibration-table tr[data-element='Receive']")).getText())
                .contains("Thời gian xử lý: 'Tiếp nhận và kiểm tra hồ sơ'", "tam giác 0,25 / 0,5 / 1 giờ",
                        "quá ít dữ liệu, giữ giá trị đã đặt");
        assertThat(browser.findElement(By.cssSelector("#calibration-table tr[data-kind='arrivals']")).getText())
                .contains("Số hồ sơ đến mỗi ngày làm việc", "10 hồ sơ/ngày");

        browser.findElement(By.id("cal-run-fitted")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calibration-runs tr[data-kind='TO_BE']")));
        browser.findElement(By.id("cal-run-as-is")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calibration-runs tr[data-kind='AS_IS']")));
        String asIsRun = browser.findElement(By.cssSelector("#calibration-runs tr[data-kind='AS_IS']"))
                .getDomAttribute("data-run");
        screenshot("simulation-calibration.png", section);

        browser.findElement(By.id("cal-adopt")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")));
        assertThat(browser.findElement(By.id("confirm-question")).getText())
                .contains("hoạt động hiện trạng (bằng lần chạy " + asIsRun + ")", "từ mô phỏng");
        browser.findElement(By.id("confirm-yes")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calibration-done")));
        assertThat(browser.findElement(By.id("calibration-done")).getText())
                .contains("Đã ghi phiên bản 2 của thủ tục");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-sources"),
                "Từ mô phỏng (hiện trạng: lần chạy " + asIsRun + ", mô hình phiên bản 1"));
        JsonNode procedure = getJson("/api/procedures/" + code);
        assertThat(procedure.get("asIsActivities")).isNotEmpty().allSatisfy(a -> assertThat(a.get("name").asText())
                .endsWith("(mô phỏng, lần chạy " + asIsRun + ")"));
    }
}
