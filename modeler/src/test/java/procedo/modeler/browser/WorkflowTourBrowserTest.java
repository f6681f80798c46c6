package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.engine.calendar.Deadlines;
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
class WorkflowTourBrowserTest extends WorkflowPages {

    WorkflowTourBrowserTest(BrowserSite site) {
        super(site);
    }

    @Test
    void deployReceiveWorkEveryTaskAndSeeTheKpis() throws Exception {
        // The designer, a central analyst signed in, deploys the proposed workflow from the procedure page.
        site.signInAsNewUser("le.van.thiet", "Lê Văn Thiết", Grant.of(AccountRole.ANALYST));
        browser.get(base() + "/procedure.html?code=" + CODE);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deploy-to-be")));
        assertThat(browser.findElement(By.id("no-deployment")).getText()).isEqualTo("Chưa triển khai.");
        wait.until(ExpectedConditions.textToBe(By.id("workflow-user"), "Lê Văn Thiết"));
        assertThat(browser.findElement(By.id("me-name")).getText()).isEqualTo("Lê Văn Thiết");
        // An analyst does not receive dossiers: the page does not offer it.
        assertThat(browser.findElements(By.id("start-link"))).isEmpty();
        browser.findElement(By.id("deploy-to-be")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deploy-ok")));
        assertThat(browser.findElement(By.id("deploy-ok")).getText()).isEqualTo("Đã triển khai phiên bản 1.");
        WebElement v1 = browser.findElement(By.cssSelector("#deployments tr[data-version='1']"));
        assertThat(v1.getText()).contains("v1", "toàn quốc", "le.van.thiet", "Đang hoạt động");

        // The operations page lists it; its check finds nothing to fix.
        browser.get(base() + "/workflows.html");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#workflow-list tr[data-code='" + CODE + "']")));
        assertThat(browser.findElement(By.cssSelector("header nav a.active")).getText()).isEqualTo("Vận hành");
        assertThat(row.getText()).contains(CODE, "Thủ tục đăng ký khai sinh", "toàn quốc", "v1", "le.van.thiet",
                "Đang hoạt động", "Tạm dừng");
        browser.findElement(By.id("deploy-code")).sendKeys(CODE);
        browser.findElement(By.id("check-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-ok")));
        screenshot("workflows.png", null);

        // The one-stop desk of Hà Nội receives a dossier: its officer, signed in, works every group's tasks there.
        site.signInAsNewUser("tran.thi.binh", "Trần Thị Bình", new Grant(AccountRole.CASE_OFFICER, "01",
                List.of("mot-cua", "tu-phap", "cong-an", "bhxh", "applicant")));
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
            if (activity.equals("Task_SubmitOnline")) {
                // the applicant's step, shown in the case's own list for the officer to record on their behalf
                assertThat(browser.findElement(taskRow).getText()).contains("Bước của người nộp hồ sơ");
            }
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
        assertThat(browser.findElement(By.cssSelector("#history-table tr[data-activity='Task_SubmitOnline']")).getText())
                .contains("thay mặt người nộp");
        assertThat(browser.findElement(By.id("case-outcome")).getText()).isEqualTo("Cấp kết quả");
        WebElement review = browser.findElement(By.cssSelector("#history-table tr[data-activity='Task_Review']"));
        assertThat(review.getText()).contains("Kiểm tra, ghi Sổ đăng ký khai sinh", "tran.thi.binh");
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
}
