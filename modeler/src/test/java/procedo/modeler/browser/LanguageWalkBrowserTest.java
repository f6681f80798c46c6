package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Actor;
import procedo.catalog.account.Grant;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.load.PackageJson;
import procedo.templates.model.TemplatePackage;

/**
 * Every page, and the states a person meets when something is refused, read in Vietnamese: no visible text holds a
 * word that is not Vietnamese (names and codes the same in both languages aside, data marked {@code translate="no"}
 * left out); then the same walk after the English switch leaves no Vietnamese behind.
 */
@ExtendWith(SharedBrowserSite.class)
@ResourceLock(SharedBrowserSite.LOCK)
class LanguageWalkBrowserTest extends WorkflowPages {

    /** The demo procedure with both models, a plan, usage figures and a template package. */
    private static final String SHOWN_CODE = "1.001193";
    /** The procedure whose workflow the walk deploys and receives dossiers for. */
    private static final String WORKFLOW_CODE = "2.000635";
    /** The procedure whose model has problems, so that its deployment is refused. */
    private static final String BROKEN_CODE = "1.004859";
    /** The procedure whose workflow is piloted in Hồ Chí Minh City during the walk. */
    private static final String PILOT_CODE = "1.001570";
    private static final String OTHER_OFFICER = "do.thi.lan";

    private static final String BROKEN_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
              <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Task_Process" name="Giải quyết hồ sơ">
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                <bpmn:serviceTask id="Task_Notify" name="Thông báo kết quả">
                  <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:endEvent id="EndEvent_1" name="Kết thúc"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Process"/>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Process" targetRef="Task_Notify"/>
                <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Notify" targetRef="EndEvent_1"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @TempDir
    Path dir;

    private String otherToken;

    LanguageWalkBrowserTest(BrowserSite site) {
        super(site);
    }

    @Test
    void everyPageReadsInVietnameseAndAfterTheSwitchInEnglishWithNoVietnameseLeft() throws Exception {
        prepare();
        Map<String, List<String>> vietnamese;
        Map<String, List<String>> english;
        // the shown procedure's plan, for the stop that opens its history (other tests' plans come and go)
        HttpResponse<String> plan = send("POST", "/api/procedures/" + SHOWN_CODE + "/plans",
                "{\"title\": \"Phương án của lượt đọc\", \"measures\": [{\"kind\": \"ONLINE\"}]}",
                "Content-Type", "application/json");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        try {
            vietnamese = walk("vi", VisibleTexts::notVietnamese);
            english = walk("en", VisibleTexts::vietnameseLeft);
        } finally {
            askFor("");
            send("DELETE", "/api/plans/" + new ObjectMapper().readTree(plan.body()).get("id").asLong(), "");
        }

        StringBuilder report = new StringBuilder();
        vietnamese.forEach((stop, found) -> found.forEach(f -> report.append("\n[vi] ").append(stop).append(" — ").append(f)));
        english.forEach((stop, found) -> found.forEach(f -> report.append("\n[en] ").append(stop).append(" — ").append(f)));
        assertThat(vietnamese.keySet()).as("every stop of the walk was read").hasSize(english.size()).hasSizeGreaterThan(20);
        assertThat(report.toString()).as("texts in the wrong language, by page:" + report).isEmpty();
    }

    /** Deploys the walk's workflow, saves the model that cannot be deployed, and creates a second case officer. */
    private void prepare() throws Exception {
        HttpResponse<String> saved = send("PUT", "/api/procedures/" + WORKFLOW_CODE + "/models/TO_BE", WorkflowPages.oneTaskModel("mot-cua"),
                "Content-Type", "application/xml");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        HttpResponse<String> deployed = send("POST", "/api/procedures/" + WORKFLOW_CODE + "/deployments", "");
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
        HttpResponse<String> broken = send("PUT", "/api/procedures/" + BROKEN_CODE + "/models/TO_BE", BROKEN_MODEL,
                "Content-Type", "application/xml");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(201);
        // A second version of the shown as-is model (the same content), so that its versions offer a restore.
        HttpResponse<String> asIs = send("GET", "/api/procedures/" + SHOWN_CODE + "/models/AS_IS", "");
        HttpResponse<String> again = send("PUT", "/api/procedures/" + SHOWN_CODE + "/models/AS_IS", asIs.body(),
                "Content-Type", "application/xml", "If-Match", asIs.headers().firstValue("ETag").orElseThrow());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        site.createUser(OTHER_OFFICER, "Đỗ Thị Lan", new Grant(AccountRole.CASE_OFFICER, "79", List.of("mot-cua")));
        // Tây Ninh's adoption of the older version keeps a time the newer one no longer allows: an upgrade conflict
        application.templates().adopt("80", SHOWN_CODE, "2025.1", new procedo.templates.adoption.Overrides(null, 2,
                Map.of(), Map.of()), 0, Actor.system("tests"));
        otherToken = application.accounts().createToken(OTHER_OFFICER, "walk", Actor.system("tests")).secret();
        PilotSetUp.pilotIn79(site, PILOT_CODE);
    }

    /** A case of the walk's workflow received at the counter of province 79; its id. */
    private String startCase() throws Exception {
        return startCase("79");
    }

    /** A case of the walk's workflow received at the counter of {@code locality}; its id. */
    private String startCase(String locality) throws Exception {
        ObjectNode body = caseRequest();
        body.put("locality", locality);
        return post(body);
    }

    /** A training case of the walk's workflow received at the counter of province 79; its id. */
    private String startTrainingCase() throws Exception {
        ObjectNode body = caseRequest();
        body.put("training", true);
        return post(body);
    }

    private ObjectNode caseRequest() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> fields = new ArrayList<>();
        keyed(getJson("/api/procedures/" + WORKFLOW_CODE + "/start-form").get("schema").get("components"), fields);
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
        var body = json.createObjectNode().put("procedureCode", WORKFLOW_CODE).put("locality", "79")
                .put("channel", "COUNTER");
        body.set("data", data);
        return body;
    }

    private String post(ObjectNode body) throws Exception {
        HttpResponse<String> started = send("POST", "/api/cases", body.toString(), "Content-Type", "application/json");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return new ObjectMapper().readTree(started.body()).get("summary").get("id").asText();
    }

    /**
     * Reads every stop of the walk in {@code language} ('vi' or 'en') and returns, by stop, what {@code check} finds
     * wrong with what is shown there.
     */
    private Map<String, List<String>> walk(String language, Function<List<VisibleTexts.Seen>, List<String>> check)
            throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Stop stop = (name, step) -> {
            try {
                step.run();
                found.put(name, check.apply(VisibleTexts.of(browser)));
            } catch (Exception | AssertionError e) {
                found.put(name, List.of("the page did not reach this state: " + e.getMessage().lines().findFirst().orElse("")));
            }
        };

        stop.at("signin", () -> {
            site.signOut();
            choose(language);
            browser.get(base() + "/signin.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang")));
        });
        site.signIn(BrowserSite.ADMIN, BrowserSite.ADMIN_PASSWORD);
        choose(language);

        stop.at("catalog with an explanation open", () -> {
            open("/index.html");
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#ranking tr.item"), 1));
            browser.findElement(By.cssSelector("#ranking tr.item")).click();
        });
        stop.at("catalog with the form of a new profile open", () -> {
            open("/index.html");
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#ranking tr.item"), 1));
            browser.findElement(By.id("weightsToggle")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("profile-new"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-form")));
        });
        stop.at("portfolio with its selection and what was left out", () -> {
            open("/portfolio.html?budgetDays=80");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#left-out-table tr.left-out")));
        });
        stop.at("procedure with models, plan, usage and operations", () -> {
            open("/procedure.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#models .model-card")));
        });
        stop.at("procedure with the versions of its model open", () -> {
            open("/procedure.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".model-card[data-kind=AS_IS] details summary")))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".model-card[data-kind=AS_IS] button.restore")));
        });
        stop.at("procedure with the history of its plan open", () -> {
            open("/procedure.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#plan-history-box summary"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plan-history tbody tr")));
        });
        stop.at("procedure without a code", () -> open("/procedure.html"));
        stop.at("procedure editor", () -> {
            open("/procedure-edit.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source-rows tbody tr")));
        });
        stop.at("procedure editor: a refused save", () -> {
            WebElement days = browser.findElement(By.cssSelector("#channel-table input[data-channel-days=ONLINE]"));
            days.clear();
            days.sendKeys("-1");
            browser.findElement(By.id("save")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor .field-error")));
        });
        stop.at("reports", () -> open("/reports.html"));
        stop.at("reports: what an edited catalog workbook would change", () -> {
            browser.findElement(By.id("c-file")).sendKeys(editedCatalog().toAbsolutePath().toString());
            browser.findElement(By.id("c-import")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c-apply")));
        });
        stop.at("tariffs with the editor open", () -> {
            open("/tariffs.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tariff-table button.edit"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tariff-derived")));
        });
        stop.at("procedure: a refused usage figure", () -> {
            open("/procedure.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("usage-form")));
            new Select(browser.findElement(By.id("usage-locality"))).selectByValue("79");
            browser.findElement(By.id("usage-year")).sendKeys("2024");
            browser.findElement(By.id("usage-total")).sendKeys("-5");
            browser.findElement(By.id("usage-save")).click();
            wait.until(d -> !d.findElement(By.cssSelector("[data-error-for='dossiersTotal']")).getText().isEmpty());
        });

        stop.at("templates with a package and its deviations", () -> {
            open("/templates.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#deviation-table tr.deviation"), 0));
        });
        stop.at("templates: a refused import", () -> {
            browser.findElement(By.id("import-file")).sendKeys(brokenWorkbook().toAbsolutePath().toString());
            browser.findElement(By.id("import-button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        });
        stop.at("templates: a refused adoption", () -> {
            // a province no other test adopts for, once the editor has loaded its adoption (none) and the standard
            new Select(browser.findElement(By.id("adopt-locality"))).selectByValue("66");
            VisibleTexts.settle(browser);
            wait.until(d -> "1".equals(d.findElement(By.id("adopt-days")).getAttribute("placeholder")));
            browser.findElement(By.id("adopt-days")).clear();
            browser.findElement(By.id("adopt-days")).sendKeys("5");
            browser.findElement(By.id("adopt-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adoption-errors")));
        });
        stop.at("templates: an upgrade's conflicts to resolve", () -> {
            new Select(browser.findElement(By.id("adopt-locality"))).selectByValue("80");
            wait.until(d -> "2".equals(d.findElement(By.id("adopt-days")).getAttribute("value")));
            new Select(browser.findElement(By.id("upgrade-version"))).selectByValue("2025.2");
            browser.findElement(By.id("adopt-upgrade")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upgrade-conflicts")));
        });

        stop.at("observatory with a running workflow's trend", () -> {
            open("/observatory.html");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#observatory tr[data-code='" + WORKFLOW_CODE + "'] svg.sparkline")));
        });

        stop.at("pilot comparison", () -> {
            open("/pilot.html?code=" + PILOT_CODE);
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pl-table td[data-group=PILOT]")));
        });
        stop.at("pilot: its promotion to the national rollout asked first", () -> {
            browser.findElement(By.id("pl-promote")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirm-dialog [data-fact=scope]")));
        });

        stop.at("workflows", () -> {
            open("/workflows.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#workflow-list tr[data-code='" + WORKFLOW_CODE + "']")));
        });
        stop.at("workflows: a deployment refused by its check", () -> {
            browser.findElement(By.id("deploy-code")).sendKeys(BROKEN_CODE);
            browser.findElement(By.id("deploy-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deploy-result table.problems")));
        });
        stop.at("workflows: the confirmation before deploying", () -> {
            browser.findElement(By.id("deploy-code")).clear();
            browser.findElement(By.id("deploy-code")).sendKeys(WORKFLOW_CODE);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("deploy-button"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirm-dialog dd[data-fact='version']")));
        });
        stop.at("workflows: the confirmation before suspending", () -> {
            browser.findElement(By.id("confirm-no")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
            browser.findElement(By.cssSelector("#workflow-list tr[data-code='" + WORKFLOW_CODE + "'] button.suspend")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirm-dialog dd[data-fact='activeCases']")));
        });

        String caseId = startCase();
        stop.at("case", () -> {
            open("/case.html?id=" + caseId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("due-at")));
        });
        stop.at("case without an id", () -> open("/case.html"));
        stop.at("receipt and appointment slip", () -> {
            open("/receipt.html?case=" + caseId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        });
        stop.at("status of a dossier, looked up with its code", () -> {
            JsonNode receipt = new ObjectMapper().readTree(send("POST", "/api/cases/" + caseId + "/receipt", "").body());
            open("/status.html");
            browser.findElement(By.id("dossier-number")).sendKeys(receipt.get("dossierNumber").asText());
            browser.findElement(By.id("lookup-code")).sendKeys(receipt.get("lookupCode").asText());
            browser.findElement(By.id("lookup-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-state")));
        });
        stop.at("status: a wrong look-up code", () -> {
            browser.findElement(By.id("lookup-code")).clear();
            browser.findElement(By.id("lookup-code")).sendKeys("ABCDEFGHJK");
            browser.findElement(By.id("lookup-submit")).click();
            wait.until(d -> !d.findElement(By.id("lookup-error")).getText().isBlank());
        });
        String trainingId = startTrainingCase();
        stop.at("case of a training dossier", () -> {
            open("/case.html?id=" + trainingId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-mark")));
        });
        stop.at("procedure of a running workflow with its measurements beside the statistics", () -> {
            open("/procedure.html?code=" + WORKFLOW_CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#measured-usage tr[data-locality]")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cost-measured")));
        });
        stop.at("case: asking why it is cancelled", () -> {
            open("/case.html?id=" + caseId);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("cancel-case"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-reason")));
        });
        String cancelledId = startCase();
        HttpResponse<String> cancelled = send("POST", "/api/cases/" + cancelledId + "/cancel",
                "{\"reason\": \"Tiếp nhận nhầm thủ tục\"}", "Content-Type", "application/json");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        stop.at("case cancelled, with its reason", () -> {
            open("/case.html?id=" + cancelledId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-reason")));
        });
        String workedId = startCase();
        stop.at("tasks: a task's form with the reason of a refusal", () -> {
            open("/tasks.html?case=" + workedId);
            By complete = By.cssSelector("#task-list tr.task[data-case='" + workedId + "'] button.complete");
            wait.until(ExpectedConditions.presenceOfElementLocated(complete));
            click(complete);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#complete-form [data-field='reason']")));
        });
        stop.at("procedure of a running workflow calibrated from its cases", () -> {
            open("/procedure.html?code=" + WORKFLOW_CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-calls='0'] #cal-fit")))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calibration-table")));
        });

        // a decided dossier: its result issued as an electronic copy, rated by its applicant on the status page
        // (received in Hà Nội: the observatory's browser test reads Hồ Chí Minh City's civil status procedures)
        String decided = startCase("01");
        String decidedTask = getJson("/api/tasks?caseId=" + decided).get(0).get("id").asText();
        HttpResponse<String> completed = send("POST", "/api/tasks/" + decidedTask + "/complete", "{\"data\":{}}",
                "Content-Type", "application/json");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        HttpResponse<String> result = send("PUT", "/api/cases/" + decided + "/result-medium",
                "{\"medium\":\"ELECTRONIC\"}", "Content-Type", "application/json");
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        JsonNode decidedReceipt = new ObjectMapper().readTree(send("POST", "/api/cases/" + decided + "/receipt", "")
                .body());
        stop.at("case: decided, its result issued as an electronic copy", () -> {
            open("/case.html?id=" + decided);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-result")));
        });
        stop.at("status: the rating form of a decided dossier", () -> {
            open("/status.html");
            browser.findElement(By.id("dossier-number")).sendKeys(decidedReceipt.get("dossierNumber").asText());
            browser.findElement(By.id("lookup-code")).sendKeys(decidedReceipt.get("lookupCode").asText());
            browser.findElement(By.id("lookup-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating-form")));
        });
        stop.at("status: the rating sent", () -> {
            browser.findElement(By.id("score-2")).click();
            browser.findElement(By.id("rating-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating-thanks")));
        });
        stop.at("case: rated by its applicant", () -> {
            open("/case.html?id=" + decided);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("strong#rating-score")));
        });
        stop.at("procedure: digitisation and satisfaction measured", () -> {
            open("/procedure.html?code=" + WORKFLOW_CODE);
            wait.until(d -> d.findElements(By.cssSelector("[data-kpi='satisfaction']")).stream()
                    .anyMatch(e -> e.getText().contains("/5")));
        });

        By claim = By.cssSelector("#task-list tr.task[data-case='" + caseId + "'] button.claim");
        stop.at("tasks", () -> {
            open("/tasks.html?case=" + caseId);
            wait.until(ExpectedConditions.presenceOfElementLocated(claim));
        });
        stop.at("tasks: a task another officer claimed first", () -> {
            String taskId = getJson("/api/tasks?caseId=" + caseId).get(0).get("id").asText();
            HttpResponse<String> taken = HttpClient.newHttpClient().send(site.request("/api/tasks/" + taskId + "/claim")
                    .setHeader("Authorization", "Bearer " + otherToken)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(taken.statusCode()).as(taken.body()).isLessThan(300);
            click(claim);
            wait.until(d -> !d.findElement(By.id("error")).getText().isBlank());
        });

        stop.at("start", () -> {
            open("/start.html?code=" + WORKFLOW_CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#start-form .fjs-form")));
        });
        stop.at("start without a procedure", () -> open("/start.html"));

        for (String type : List.of("bpmn:UserTask", "bpmn:ServiceTask", "bpmn:EndEvent")) {
            stop.at("modeler with the properties of a " + type + " open and the lint on", () -> {
                open("/modeler.html?code=" + SHOWN_CODE + "&kind=TO_BE");
                wait.until(d -> !d.findElements(By.cssSelector("#canvas .djs-shape")).isEmpty());
                browser.executeScript("const m = document.getElementById('canvas').modeler;"
                        + " const task = m.get('elementRegistry').filter((e) => e.type === arguments[0])[0];"
                        + " m.get('selection').select(task);", type);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bio-properties-panel-header-type")));
                browser.findElements(By.cssSelector(".bio-properties-panel-group-header:not(.open)")).stream()
                        .filter(h -> h.isDisplayed()).forEach(h -> h.click());
                if (!Boolean.TRUE.equals(browser.executeScript(
                        "return document.getElementById('canvas').modeler.get('linting').isActive()"))) {
                    browser.findElement(By.id("toggle-lint")).click();
                }
            });
        }
        stop.at("modeler with a model laid out here and its linter's and deployment check's problems", () -> {
            open("/modeler.html?code=" + BROKEN_CODE + "&kind=TO_BE");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("laid-out")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#problems li[data-source=deploy]")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#problems li[data-source=lint]")));
        });
        stop.at("modeler with the process's simulation parameters open and the flow simulation on", () -> {
            open("/modeler.html?code=" + SHOWN_CODE + "&kind=TO_BE");
            wait.until(d -> !d.findElements(By.cssSelector("#canvas .djs-shape")).isEmpty());
            browser.executeScript("const m = document.getElementById('canvas').modeler;"
                    + " m.get('selection').select(m.get('canvas').getRootElement());");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bio-properties-panel-header-type")));
            browser.findElements(By.cssSelector(".bio-properties-panel-group-header:not(.open)")).stream()
                    .filter(h -> h.isDisplayed()).forEach(h -> h.click());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bio-properties-panel-simulation-cases")));
            browser.findElement(By.cssSelector("#canvas .bts-toggle-mode")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#canvas .bjs-container.simulation")));
        });
        stop.at("modeler without a procedure", () -> open("/modeler.html"));

        stop.at("compare", () -> {
            open("/compare.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            browser.findElement(By.cssSelector("table.elements tr[data-id]")).click();
        });
        stop.at("compare with both models simulated", () -> {
            open("/compare.html?code=" + SHOWN_CODE);
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            WebElement cases = browser.findElement(By.id("sim-cases"));
            cases.clear();
            cases.sendKeys("200");
            browser.findElement(By.id("sim-run")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#simulation-figures")));
        });
        stop.at("compare without a procedure", () -> open("/compare.html"));

        stop.at("audit with its records opened", () -> {
            open("/audit.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-table tr.audit-record")));
            browser.findElements(By.cssSelector("#audit-table details"))
                    .forEach(d -> browser.executeScript("arguments[0].open = true", d));
        });
        stop.at("users", () -> {
            open("/users.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#user-list tr.user")));
        });
        stop.at("account", () -> {
            open("/account.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#token-list tr")));
        });
        stop.at("an unknown page", () -> open("/no-such-page.html"));
        return found;
    }

    /** What the walk does to reach a state of a page. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** One place of the walk: reached by its step, then read under its name. */
    @FunctionalInterface
    private interface Stop {
        void at(String name, Step step);
    }

    private void open(String path) {
        browser.get(base() + path);
        VisibleTexts.settle(browser);
    }

    /**
     * Keeps the language in the browser as the page's switch does, and makes the browser ask for it as a browser
     * set up in that language does (an address no page has is answered in the browser's language).
     */
    private void choose(String language) {
        browser.executeScript("localStorage.setItem('procedo.lang', arguments[0])", language);
        askFor(language.equals("vi") ? "vi-VN,vi;q=0.9" : "en-GB,en;q=0.9");
    }

    /** Sends {@code languages} as Accept-Language with every request; an empty value sends the browser's own again. */
    private void askFor(String languages) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", languages.isEmpty() ? Map.of() : Map.of("Accept-Language", languages)));
    }

    /** The package workbook of the business registration with two cells an officer filled wrongly. */
    /** The catalog's workbook with its first fee raised by 1.000 đ (previewed only, never imported). */
    private Path editedCatalog() throws IOException {
        String encoded = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch('/api/catalog/export.xlsx').then(r => r.arrayBuffer()).then(b => { let s = '';"
                + " new Uint8Array(b).forEach(x => { s += String.fromCharCode(x); }); done(btoa(s)); });");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(java.util.Base64.getDecoder().decode(encoded)))) {
            var fee = wb.getSheet("Phí, lệ phí").getRow(1);
            double amount = fee.getCell(4).getNumericCellValue();
            fee.removeCell(fee.getCell(4));
            fee.createCell(4).setCellValue(amount + 1000);
            ByteArrayOutputStream edited = new ByteArrayOutputStream();
            wb.write(edited);
            return Files.write(dir.resolve("danh-muc-" + System.nanoTime() + ".xlsx"), edited.toByteArray());
        }
    }

    private Path brokenWorkbook() throws IOException {
        TemplatePackage p;
        try (var in = LanguageWalkBrowserTest.class.getResourceAsStream("/demo/templates/2.001610-2025.1.json")) {
            p = PackageJson.readStored(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        TemplatePackage next = new TemplatePackage(p.code(), "2026.9", p.name(), p.field(), p.level(), p.agencyCode(),
                p.processingDays(), p.onlineLevel(), p.legalBasis(), p.fees(), p.components(), p.forms());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWorkbookWriter().write(next, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            wb.getSheet("Trường thông tin").getRow(3).createCell(4).setCellValue("ngay-thang");
            wb.getSheet("Trường thông tin").getRow(6).createCell(7).setCellValue("có lẽ");
            ByteArrayOutputStream edited = new ByteArrayOutputStream();
            wb.write(edited);
            return Files.write(dir.resolve("loi-" + System.nanoTime() + ".xlsx"), edited.toByteArray());
        }
    }
}
