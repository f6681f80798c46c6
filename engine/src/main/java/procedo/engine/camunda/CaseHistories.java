package procedo.engine.camunda;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import procedo.engine.CaseHistory;
import procedo.engine.CaseMark;

/**
 * The history of a procedure's real cases in a period, a page of cases at a time, each case with the activity
 * instances it went through (those cancelled left out), a task's with the person who completed it.
 */
final class CaseHistories {

    /** Cases per page: each case's steps are read with it. */
    static final int PAGE = 200;

    private final HistoryService history;
    private final HistoryFigures figures;
    private final ZoneId zone;

    CaseHistories(HistoryService history, HistoryFigures figures, ZoneId zone) {
        this.history = history;
        this.figures = figures;
        this.zone = zone;
    }

    CaseHistory page(CaseHistory.Period period, int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DeploymentWriter.key(period.procedureCode()))
                .startedAfter(Date.from(period.from().atStartOfDay(zone).toInstant().minusMillis(1)))
                .startedBefore(Date.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()));
        if (period.locality() != null) {
            query.tenantIdIn(period.locality());
        }
        List<HistoricProcessInstance> page = query.orderByProcessInstanceId().asc().listPage(offset, PAGE);
        Set<String> marked = figures.marked(page.stream().map(HistoricProcessInstance::getId).toList(),
                EnumSet.allOf(CaseMark.class));
        List<CaseHistory.Case> cases = new ArrayList<>(page.size());
        for (HistoricProcessInstance p : page) {
            if (!marked.contains(p.getId())) {
                cases.add(new CaseHistory.Case(p.getId(), p.getTenantId(), instant(p.getStartTime()),
                        instant(p.getEndTime()), steps(p.getId())));
            }
        }
        return new CaseHistory(cases, page.size() < PAGE ? null : offset + PAGE);
    }

    private List<CaseHistory.Step> steps(String caseId) {
        Map<String, String> assignees = new HashMap<>();
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(caseId).list()) {
            if (t.getAssignee() != null) {
                assignees.put(t.getActivityInstanceId(), t.getAssignee());
            }
        }
        List<CaseHistory.Step> steps = new ArrayList<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(caseId)
                .orderPartiallyByOccurrence().asc().list()) {
            if (!a.isCanceled()) {
                steps.add(new CaseHistory.Step(a.getActivityId(), a.getActivityType(), instant(a.getStartTime()),
                        instant(a.getEndTime()),
                        assignees.getOrDefault(a.getId(), a.getAssignee())));
            }
        }
        return steps;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
