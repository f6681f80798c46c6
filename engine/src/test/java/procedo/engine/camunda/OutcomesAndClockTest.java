package procedo.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static procedo.engine.camunda.EngineFixture.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import procedo.engine.CaseEvent;
import procedo.engine.CaseOutcome;
import procedo.engine.CaseState;
import procedo.engine.CaseSummary;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.ElementProblem;
import procedo.engine.EngineDatabase;
import procedo.engine.Kpis;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowConflictException;
import procedo.engine.WorkflowEngine;
import procedo.engine.WorkflowValidationException;

/**
 * How cases end (granted, refused with a reason, withdrawn, cancelled) and the legal clock that counts agency time
 * only, on a real embedded Camunda, on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Isolated("sets the engine clock, which is static in the JVM")
class OutcomesAndClockTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void realClock() {
        fixture.engine(EngineDatabase.H2).setClock(null);
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    private static String deploy(WorkflowEngine engine, String code) {
        engine.deploy(new DeployRequest(code, null, EngineFixture.resource("/procedo/engine/camunda/outcomes.bpmn"),
                1, Set.of(), "analyst", Set.of("Supplement")));
        return code;
    }

    private static String start(WorkflowEngine engine, String code) {
        return engine.startCase(new StartCase(code, "01", Channel.COUNTER, 5, Map.of("applicantName", "Trần Thị B"),
                "officer")).id();
    }

    private static TaskView open(WorkflowEngine engine, String caseId) {
        return engine.tasks(new TaskFilter(null, null, null, null, caseId, 10)).get(0);
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void aRefusalNeedsAReasonAndCountsAsRefusedNotCompletedOnTime(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = deploy(engine, "9.200001");
        engine.setClock(at(MONDAY, 9));
        String granted = start(engine, code);
        String refused = start(engine, code);
        String withdrawn = start(engine, code);
        String cancelled = start(engine, code);
        engine.setClock(at(MONDAY, 15));
        engine.complete(open(engine, granted).id(), "chi", Map.of("decision", "grant"));
        engine.complete(open(engine, granted).id(), "chi", Map.of());

        TaskView review = open(engine, refused);
        assertThatThrownBy(() -> engine.complete(review.id(), "chi", Map.of("decision", "refuse", "reason", " ")))
                .isInstanceOfSatisfying(WorkflowValidationException.class, e -> assertThat(e.problems())
                        .extracting(ElementProblem::elementId).containsExactly("reason"));
        assertThat(engine.findCase(refused).orElseThrow().summary().state()).isEqualTo(CaseState.ACTIVE);
        assertThat(open(engine, refused).id()).isEqualTo(review.id());
        engine.complete(review.id(), "chi", Map.of("decision", "refuse",
                "reason", "Người nộp không thường trú trên địa bàn"));

        assertThatThrownBy(() -> engine.endCase(cancelled, CaseOutcome.CANCELLED, "", "chi"))
                .isInstanceOf(WorkflowValidationException.class);
        assertThatThrownBy(() -> engine.endCase(cancelled, CaseOutcome.GRANTED, "x", "chi"))
                .isInstanceOf(WorkflowValidationException.class);
        engine.endCase(withdrawn, CaseOutcome.WITHDRAWN, null, "chi");
        CaseSummary c = engine.endCase(cancelled, CaseOutcome.CANCELLED, "Tiếp nhận nhầm thủ tục", "chi");
        assertThat(c.outcome()).isEqualTo(CaseOutcome.CANCELLED);
        assertThat(c.outcomeReason()).isEqualTo("Tiếp nhận nhầm thủ tục");
        assertThatThrownBy(() -> engine.endCase(cancelled, CaseOutcome.CANCELLED, "again", "chi"))
                .isInstanceOf(WorkflowConflictException.class);

        CaseSummary r = engine.findCase(refused).orElseThrow().summary();
        assertThat(r.outcome()).isEqualTo(CaseOutcome.REFUSED);
        assertThat(r.outcomeReason()).isEqualTo("Người nộp không thường trú trên địa bàn");
        assertThat(engine.findCase(granted).orElseThrow().summary().outcome()).isEqualTo(CaseOutcome.GRANTED);
        assertThat(engine.findCase(granted).orElseThrow().summary().outcomeReason()).isNull();
        assertThat(engine.findCase(withdrawn).orElseThrow().summary().outcome()).isEqualTo(CaseOutcome.WITHDRAWN);
        assertThat(engine.cases(code, null, 10)).extracting(CaseSummary::outcome).containsExactlyInAnyOrder(
                CaseOutcome.GRANTED, CaseOutcome.REFUSED, CaseOutcome.WITHDRAWN, CaseOutcome.CANCELLED);

        Kpis kpis = engine.kpis(code, null);
        assertThat(kpis.casesStarted()).isEqualTo(4);
        assertThat(kpis.casesCompleted()).isEqualTo(1);
        assertThat(kpis.casesCompletedOnTime()).isEqualTo(1);
        assertThat(kpis.casesRefused()).isEqualTo(1);
        assertThat(kpis.casesWithdrawn()).isEqualTo(1);
        assertThat(kpis.casesCancelled()).isEqualTo(1);
        assertThat(kpis.casesDecided()).isEqualTo(2);
        assertThat(kpis.casesDecidedOnTime()).isEqualTo(2);
        assertThat(kpis.casesOpen()).isZero();
        // over the two decided cases only: withdrawn and cancelled cases are not judged by the legal clock
        assertThat(kpis.onTimeRate()).isEqualByComparingTo("1.0000");
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void theApplicantsStepsAreNotInOfficersListsAndPauseTheClockByTheWorkingDaysTheyTook(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = deploy(engine, "9.200002");
        engine.setClock(at(MONDAY, 9));
        String id = start(engine, code);
        CaseSummary started = engine.findCase(id).orElseThrow().summary();
        // 5 working days from Monday 2 March: Monday 9 March, 17:00
        assertThat(started.dueAt()).isEqualTo(at(MONDAY.plusDays(7), 17));

        engine.setClock(at(MONDAY.plusDays(1), 10)); // Tuesday 10:00: the review asks for additional documents
        engine.complete(open(engine, id).id(), "chi", Map.of("decision", "supplement"));
        TaskView supplement = open(engine, id);
        assertThat(supplement.activityId()).isEqualTo("Supplement");
        assertThat(supplement.applicant()).isTrue();
        assertThat(engine.tasks(new TaskFilter(code, null, null, null, null, 100))).isEmpty();
        assertThat(engine.tasks(new TaskFilter(null, null, null, null, null, 1000)))
                .noneMatch(t -> t.caseId().equals(id));
        assertThat(engine.tasks(new TaskFilter(null, null, null, null, id, 10))).singleElement()
                .satisfies(t -> assertThat(t.applicant()).isTrue());

        // Friday 15:00 the officer records the documents on the applicant's behalf: the office closed Tuesday,
        // Wednesday and Thursday in between, so the due date moves by 3 working days, to Thursday 12 March.
        engine.setClock(at(MONDAY.plusDays(4), 15));
        engine.complete(supplement.id(), "chi", Map.of());
        CaseSummary resumed = engine.findCase(id).orElseThrow().summary();
        assertThat(resumed.pausedWorkingDays()).isEqualTo(3);
        assertThat(resumed.dueAt()).isEqualTo(at(MONDAY.plusDays(10), 17));
        TaskView review = open(engine, id);
        assertThat(review.activityId()).isEqualTo("Review");
        assertThat(review.applicant()).isFalse();
        assertThat(review.dueAt()).isEqualTo(at(MONDAY.plusDays(10), 17));
        assertThat(engine.tasks(new TaskFilter(code, null, null, null, null, 100))).extracting(TaskView::id)
                .containsExactly(review.id());
        List<CaseEvent> history = engine.findCase(id).orElseThrow().history();
        assertThat(history).filteredOn(e -> e.activityId().equals("Supplement")).singleElement()
                .satisfies(e -> {
                    assertThat(e.onBehalfOfApplicant()).isTrue();
                    assertThat(e.user()).isEqualTo("chi");
                });
        assertThat(history).filteredOn(e -> e.activityId().equals("Review")).allMatch(e -> !e.onBehalfOfApplicant());

        // decided Wednesday 11 March: late by the first due date, on time by the moved one
        engine.setClock(at(MONDAY.plusDays(9), 11));
        engine.complete(review.id(), "chi", Map.of("decision", "grant"));
        engine.complete(open(engine, id).id(), "chi", Map.of());
        Kpis kpis = engine.kpis(code, null);
        assertThat(kpis.casesCompletedOnTime()).isEqualTo(1);
        assertThat(kpis.onTimeRate()).isEqualByComparingTo("1.0000");
        // 218 h from start to end, of which the applicant's step was open Tuesday 10:00 to Friday 15:00 = 77 h
        assertThat(kpis.medianApplicantTimeHours()).isEqualByComparingTo("77.00");
        assertThat(kpis.medianAgencyTimeHours()).isEqualByComparingTo("141.00");
        assertThat(kpis.tasks()).filteredOn(Kpis.TaskKpi::applicant).extracting(Kpis.TaskKpi::activityId)
                .containsExactly("Supplement");
    }
}
