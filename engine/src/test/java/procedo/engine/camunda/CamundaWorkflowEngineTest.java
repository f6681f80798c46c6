package procedo.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static procedo.engine.camunda.EngineFixture.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import procedo.engine.CaseHistory;
import procedo.engine.CaseState;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.ElementProblem;
import procedo.engine.EngineDatabase;
import procedo.engine.FormFieldType;
import procedo.engine.CaseMark;
import procedo.engine.CaseOutcome;
import procedo.engine.Coverage;
import procedo.engine.Kpis;
import procedo.engine.MeasuredVolume;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowConflictException;
import procedo.engine.WorkflowEngine;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.WorkflowValidationException;

/** The engine adapter on a real embedded Camunda, on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Isolated("sets the engine clock, which is static in the JVM")
class CamundaWorkflowEngineTest {

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

    private static DeployRequest request(String code, String locality, byte[] model, int modelVersion) {
        return new DeployRequest(code, locality, model, modelVersion, Set.of(), "analyst");
    }

    private static StartCase start(String code, String locality, Channel channel, int days) {
        return new StartCase(code, locality, channel, days, Map.of("applicantName", "Nguyễn Văn A"), "officer");
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void deploysVersionsPerLocalityAndSuspends(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100001";
        DeployedWorkflow first = engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 3));
        DeployedWorkflow second = engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 4));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.modelVersion()).isEqualTo(3);
        assertThat(first.procedureCode()).isEqualTo(code);
        assertThat(first.deployedBy()).isEqualTo("analyst");
        assertThat(second.version()).isEqualTo(2);
        assertThat(engine.deployments(code)).extracting(DeployedWorkflow::version).containsExactly(2, 1);

        assertThat(engine.suspend(second.workflowId()).suspended()).isTrue();
        assertThatThrownBy(() -> engine.startCase(start(code, "79", Channel.ONLINE, 5)))
                .isInstanceOf(WorkflowConflictException.class).hasMessageContaining("suspended");
        assertThat(engine.resume(second.workflowId()).suspended()).isFalse();
        assertThat(engine.startCase(start(code, "79", Channel.ONLINE, 5)).workflowVersion()).isEqualTo(2);

        DeployedWorkflow hanoi = engine.deploy(request(code, "01", EngineFixture.fiveTaskModel(), 4));
        assertThat(hanoi.locality()).isEqualTo("01");
        assertThat(hanoi.version()).isEqualTo(1);
        engine.startCase(start(code, "01", Channel.ONLINE, 5));
        List<DeployedWorkflow> all = engine.deployments(code);
        assertThat(all).filteredOn(w -> "01".equals(w.locality())).singleElement()
                .extracting(DeployedWorkflow::activeCases).isEqualTo(1L);
        assertThat(all).filteredOn(w -> w.locality() == null && w.version() == 2).singleElement()
                .extracting(DeployedWorkflow::activeCases).isEqualTo(1L);
        assertThat(engine.latestDeployments()).extracting(DeployedWorkflow::procedureCode).contains(code);
        assertThatThrownBy(() -> engine.suspend("nope:1:2")).isInstanceOf(WorkflowNotFoundException.class);
        assertThatThrownBy(() -> engine.startCase(start("9.999999", "01", Channel.ONLINE, 5)))
                .isInstanceOf(WorkflowNotFoundException.class).hasMessageContaining("9.999999");
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void refusesWhatWouldFailAtRunTimeNamingEachElementAndDeploysNothing(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100002";
        DeployRequest bad = new DeployRequest(code, null, EngineFixture.resource("/bad-runtime.bpmn"), 1,
                Set.of("applicantName"), "analyst");
        assertThatThrownBy(() -> engine.deploy(bad)).isInstanceOfSatisfying(WorkflowValidationException.class,
                e -> assertThat(e.problems()).extracting(ElementProblem::elementId).containsExactlyInAnyOrder(
                        "Process_Bad", "Task_NoGroup", "Task_External", "Task_Script", "Catch_Message",
                        "Flow_Unknown", "Flow_NoCondition", "Flow_Syntax", "Timer_Bad"));
        List<ElementProblem> problems = engine.validate(bad);
        assertThat(problems).filteredOn(p -> p.elementId().equals("Flow_Unknown")).singleElement()
                .extracting(ElementProblem::message).asString().contains("'notDeclared'");
        assertThat(problems).filteredOn(p -> p.elementId().equals("Process_Bad")).singleElement()
                .extracting(ElementProblem::message).asString().contains("history time-to-live");
        assertThat(engine.deployments(code)).isEmpty();

        DeployRequest notExecutable = request(code, null, new String(EngineFixture.fiveTaskModel(),
                java.nio.charset.StandardCharsets.UTF_8).replace("isExecutable=\"true\"", "isExecutable=\"false\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
        assertThatThrownBy(() -> engine.deploy(notExecutable)).isInstanceOfSatisfying(
                WorkflowValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.elementId()).isEqualTo("Process_FiveTask"))
                        .satisfies(p -> assertThat(p.message()).contains("not executable")));
        assertThatThrownBy(() -> engine.deploy(request(code, null, "<nope/>".getBytes(), 1)))
                .isInstanceOf(WorkflowValidationException.class);
        assertThat(engine.deployments(code)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void runsACaseThroughItsTasksWithADueDateInWorkingDays(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100003";
        engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1));
        engine.setClock(at(MONDAY, 9));
        CaseSummary started = engine.startCase(new StartCase(code, "01", Channel.ONLINE, 5, Map.of(
                "applicantName", "Nguyễn Văn A", "children", List.of(Map.of("name", "Bé \"Na\"")),
                "fee", new BigDecimal("50000.50"), "copies", 2), "officer"));
        // Monday 2 March 2026 + 5 working days = Monday 9 March, end of office hours
        Instant due = OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant();
        assertThat(started.dueAt()).isEqualTo(due);
        assertThat(started.state()).isEqualTo(CaseState.ACTIVE);
        // Who received the dossier is the case's start user, the locality its tenant; no user-operation log.
        var camunda = ((CamundaWorkflowEngine) engine).processEngine();
        assertThat(camunda.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(started.id())
                .singleResult()).satisfies(h -> {
                    assertThat(h.getStartUserId()).isEqualTo("officer");
                    assertThat(h.getTenantId()).isEqualTo("01");
                });
        assertThat(camunda.getHistoryService().createUserOperationLogQuery().processInstanceId(started.id()).count())
                .isZero();
        assertThat(camunda.getRuntimeService().getVariables(started.id())).doesNotContainKeys("locality",
                "startedBy", "procedureCode", "escalated").containsKeys("channel", "processingDays", "dueDate");
        assertThat(engine.findCase(started.id()).orElseThrow().data()).containsEntry("applicantName", "Nguyễn Văn A")
                .containsEntry("children", "[{\"name\":\"Bé \\\"Na\\\"\"}]").containsEntry("fee", "50000.50")
                .containsEntry("copies", 2L);

        List<TaskView> inbox = engine.tasks(new TaskFilter(code, null, "mot-cua", null, null, 50));
        assertThat(inbox).singleElement().satisfies(t -> {
            assertThat(t.activityId()).isEqualTo("Receive");
            assertThat(t.dueAt()).isEqualTo(due);
            assertThat(t.candidateGroups()).containsExactly("mot-cua");
            assertThat(t.caseId()).isEqualTo(started.id());
            assertThat(t.locality()).isEqualTo("01");
        });
        String receive = inbox.get(0).id();
        assertThat(engine.claim(receive, "an").assignee()).isEqualTo("an");
        assertThatThrownBy(() -> engine.claim(receive, "binh")).isInstanceOf(WorkflowConflictException.class);
        assertThatThrownBy(() -> engine.complete(receive, "binh", Map.of()))
                .isInstanceOf(WorkflowConflictException.class);
        assertThat(engine.tasks(new TaskFilter(null, null, null, "an", null, 50))).extracting(TaskView::id)
                .containsExactly(receive);
        engine.setClock(at(MONDAY, 11));
        engine.complete(receive, "an", Map.of("comment", "đủ thành phần"));
        assertThat(((CamundaWorkflowEngine) engine).processEngine().getTaskService().getTaskComments(receive))
                .singleElement().satisfies(c -> {
                    assertThat(c.getFullMessage()).isEqualTo("đủ thành phần");
                    assertThat(c.getUserId()).isEqualTo("an");
                });

        TaskView review = engine.tasks(new TaskFilter(code, "01", "tu-phap", null, null, 50)).get(0);
        assertThat(engine.tasks(new TaskFilter(code, "79", "tu-phap", null, null, 50))).isEmpty();
        // the case's own task list (the engine's lookup by case) says the same as the filtered lists
        assertThat(engine.tasks(new TaskFilter(null, null, null, null, started.id(), 50))).singleElement()
                .satisfies(t -> {
                    assertThat(t.id()).isEqualTo(review.id());
                    assertThat(t.procedureCode()).isEqualTo(code);
                    assertThat(t.locality()).isEqualTo("01");
                    assertThat(t.dueAt()).isEqualTo(due);
                });
        assertThat(review.form()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("approved");
            assertThat(f.type()).isEqualTo(FormFieldType.BOOLEAN);
            assertThat(f.type().wireName()).isEqualTo("boolean");
            assertThat(f.required()).isTrue();
        });
        assertThatThrownBy(() -> engine.complete(review.id(), "chi", Map.of("approve", true)))
                .isInstanceOfSatisfying(WorkflowValidationException.class, e -> assertThat(e.problems())
                        .extracting(ElementProblem::elementId).containsExactlyInAnyOrder("approve", "approved"));
        assertThatThrownBy(() -> engine.complete(review.id(), "chi", Map.of("approved", "perhaps")))
                .isInstanceOfSatisfying(WorkflowValidationException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(ElementProblem::message).isEqualTo("must be true or false"));
        List<procedo.engine.FormField> whole = List.of(new procedo.engine.FormField("n", "N", FormFieldType.LONG, true, null,
                Map.of()));
        List<ElementProblem> tooLong = new java.util.ArrayList<>();
        assertThat(TaskForm.values(whole, Map.of("n", "12345678901234567890"), tooLong)).isEmpty();
        assertThat(tooLong).extracting(ElementProblem::message).containsExactly("must be a whole number");
        List<ElementProblem> none = new java.util.ArrayList<>();
        assertThat(TaskForm.values(whole, Map.of("n", new BigDecimal("7")), none))
                .containsEntry("n", 7L);
        assertThat(none).isEmpty();
        engine.complete(review.id(), "chi", Map.of("approved", true));
        for (String group : List.of("lanh-dao", "tu-phap", "mot-cua")) {
            engine.setClock(engine.now().plus(Duration.ofHours(20)));
            TaskView next = engine.tasks(new TaskFilter(code, null, group, null, null, 50)).get(0);
            engine.complete(next.id(), "dung", Map.of());
        }

        CaseView done = engine.findCase(started.id()).orElseThrow();
        assertThat(done.summary().state()).isEqualTo(CaseState.COMPLETED);
        assertThat(done.summary().overdue()).isFalse();
        assertThat(done.summary().endName()).isEqualTo("Đã trả kết quả");
        assertThat(done.openTasks()).isEmpty();
        assertThat(done.history()).filteredOn(e -> e.type().equals("userTask"))
                .extracting(CaseEvent::activityId, CaseEvent::user).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Receive", "an"),
                        org.assertj.core.groups.Tuple.tuple("Review", "chi"),
                        org.assertj.core.groups.Tuple.tuple("Sign", "dung"),
                        org.assertj.core.groups.Tuple.tuple("Register", "dung"),
                        org.assertj.core.groups.Tuple.tuple("Deliver", "dung"));
        assertThat(engine.cases(code, "01", 10)).extracting(c -> c.id()).containsExactly(started.id());
        assertThat(engine.cases(code, "79", 10)).isEmpty();
        assertThatThrownBy(() -> engine.task(receive)).isInstanceOf(WorkflowNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void escalatesOnceWhenTheDueDatePasses(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100004";
        engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1));
        engine.setClock(at(MONDAY.plusDays(4), 16)); // Friday 16:00, one working day: due Monday 17:00
        CaseSummary c = engine.startCase(start(code, "48", Channel.COUNTER, 1));
        assertThat(c.dueAt()).isEqualTo(OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());
        engine.setClock(at(MONDAY.plusDays(7), 16));
        engine.runDueJobs(); // a sweep an hour before the due date: other tests' overdue cases, not this one
        assertThat(engine.findCase(c.id()).orElseThrow().summary().escalated()).isFalse();
        assertThat(engine.findCase(c.id()).orElseThrow().openTasks()).singleElement()
                .satisfies(t -> assertThat(t.priority()).isLessThan(100));
        engine.setClock(at(MONDAY.plusDays(7), 18));
        assertThat(engine.runDueJobs()).isPositive(); // this case's escalation, and those of other tests' open cases
        assertThat(engine.runDueJobs()).isZero();

        CaseView late = engine.findCase(c.id()).orElseThrow();
        assertThat(late.summary().escalated()).isTrue();
        assertThat(late.summary().overdue()).isTrue();
        assertThat(late.openTasks()).singleElement().satisfies(t -> {
            assertThat(t.priority()).isEqualTo(100);
            assertThat(t.overdue()).isTrue();
        });
        assertThat(late.history()).extracting(CaseEvent::activityId).containsOnlyOnce("Procedo_Escalate");
        assertThat(late.history()).filteredOn(e -> e.activityId().equals("Procedo_Escalate")).singleElement()
                .satisfies(e -> assertThat(e.startedAt()).isEqualTo(at(MONDAY.plusDays(7), 18)));
        Kpis kpis = engine.kpis(code, null);
        assertThat(kpis.casesOverdueOpen()).isEqualTo(1);

        // The next task of the overdue case starts at the top; later sweeps leave the case alone.
        engine.complete(late.openTasks().get(0).id(), "an", Map.of());
        assertThat(engine.tasks(new TaskFilter(null, null, null, null, c.id(), 10))).singleElement()
                .satisfies(t -> {
                    assertThat(t.activityId()).isEqualTo("Review");
                    assertThat(t.priority()).isEqualTo(100);
                });
        engine.setClock(at(MONDAY.plusDays(8), 18));
        engine.runDueJobs();
        assertThat(engine.findCase(c.id()).orElseThrow().history()).extracting(CaseEvent::activityId)
                .containsOnlyOnce("Procedo_Escalate");
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void measuresCycleTimesOnTimeRateAndVolumesFromHistory(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100005";
        engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1));
        Instant t0 = at(MONDAY, 9); // 5 working days: due Monday 9 March 17:00 = t0 + 176 h
        int[] hours = {10, 20, 30, 200};
        Channel[] channels = {Channel.ONLINE, Channel.ONLINE, Channel.COUNTER, Channel.ONLINE};
        for (int i = 0; i < hours.length; i++) {
            engine.setClock(t0);
            String id = engine.startCase(start(code, "01", channels[i], 5)).id();
            engine.setClock(t0.plus(Duration.ofHours(hours[i])));
            completeAll(engine, id, i != 1); // the second case is refused: it ends at "Hồ sơ bị từ chối"
        }
        engine.setClock(t0);
        engine.startCase(start(code, "01", Channel.ONLINE, 5)); // still open
        engine.startCase(start(code, "79", Channel.ONLINE, 5));
        engine.setClock(t0.plus(Duration.ofHours(300)));

        Kpis kpis = engine.kpis(code, "01");
        assertThat(kpis.casesStarted()).isEqualTo(5);
        // the refused case is decided, not completed: 3 granted, 1 refused
        assertThat(kpis.casesCompleted()).isEqualTo(3);
        assertThat(kpis.casesRefused()).isEqualTo(1);
        assertThat(kpis.casesDecided()).isEqualTo(4);
        assertThat(kpis.casesOpen()).isEqualTo(1);
        assertThat(kpis.casesOverdueOpen()).isEqualTo(1);
        // cycle times 10, 20, 30, 200 h: nearest rank ⌈0.5·4⌉ = 2nd → 20; ⌈0.9·4⌉ = 4th → 200
        assertThat(kpis.medianCycleTimeHours()).isEqualByComparingTo("20.00");
        assertThat(kpis.p90CycleTimeHours()).isEqualByComparingTo("200.00");
        // 200 h after Monday 09:00 is Tuesday 10 March 17:00, past the due date: 3 of the 4 decided on time, of
        // which 2 granted (the refused one is no case completed on time)
        assertThat(kpis.casesDecidedOnTime()).isEqualTo(3);
        assertThat(kpis.casesCompletedOnTime()).isEqualTo(2);
        assertThat(kpis.onTimeRate()).isEqualByComparingTo("0.7500");
        Kpis.TaskKpi receive = kpis.tasks().stream().filter(t -> t.activityId().equals("Receive")).findFirst()
                .orElseThrow();
        assertThat(receive.completed()).isEqualTo(4);
        assertThat(receive.medianHours()).isEqualByComparingTo("20.00");
        assertThat(receive.totalHours()).isEqualByComparingTo("260.00");
        assertThat(receive.shareOfWork()).isEqualByComparingTo("1.0000");
        assertThat(receive.waiting()).isEqualTo(1);
        assertThat(receive.oldestWaitingHours()).isEqualByComparingTo("300.00");
        assertThat(kpis.tasks()).extracting(Kpis.TaskKpi::activityId).first().isEqualTo("Receive");

        assertThat(engine.kpis(code, null).casesStarted()).isEqualTo(6);
        Kpis elsewhere = engine.kpis(code, "04");
        assertThat(elsewhere.casesStarted()).isZero();
        assertThat(elsewhere.medianCycleTimeHours()).isNull();
        assertThat(elsewhere.onTimeRate()).isNull();

        // first case Monday 2 March, now (t0 + 300 h) Saturday 14 March: 13 days of 2026 covered; completed on time
        // are the 2 granted by their due date (the refused one, decided on time, is not)
        assertThat(engine.measuredVolumes(code)).containsExactly(
                new MeasuredVolume("01", 2026, 5, 4, 2, 13), new MeasuredVolume("79", 2026, 1, 1, 0, 13));
        assertThat(engine.measuredVolume(code, "01", 2026)).isEqualTo(new MeasuredVolume("01", 2026, 5, 4, 2, 13));
        assertThat(engine.measuredVolume(code, "01", 2025)).isEqualTo(new MeasuredVolume("01", 2025, 0, 0, 0, null));
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void countsTheCasesStartedInEachMonthOfTheVietnameseCalendar(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100031";
        engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1));
        // months are Vietnam's: 1 February 06:30 there (still 31 January in UTC) is a February case
        Instant[] starts = {at(LocalDate.of(2026, 1, 31), 23).plus(Duration.ofMinutes(30)),
                at(LocalDate.of(2026, 2, 1), 6).plus(Duration.ofMinutes(30)), at(LocalDate.of(2026, 2, 10), 9),
                at(LocalDate.of(2026, 4, 1), 9), at(LocalDate.of(2025, 12, 31), 9)};
        for (Instant start : starts) {
            engine.setClock(start);
            engine.startCase(start(code, "01", Channel.ONLINE, 5));
        }
        engine.setClock(at(LocalDate.of(2026, 2, 11), 9));
        engine.startCase(start(code, "79", Channel.COUNTER, 5));
        engine.startCase(new StartCase(code, "01", Channel.ONLINE, 5, Map.of("applicantName", "Tập huấn"), "officer",
                CaseMark.TRAINING));

        assertThat(engine.monthlyCases(code, "01", java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 4)))
                .extracting(m -> m.month() + "=" + m.started())
                .containsExactly("2026-01=1", "2026-02=2", "2026-03=0", "2026-04=1");
        assertThat(engine.monthlyCases(code, null, java.time.YearMonth.of(2026, 2), java.time.YearMonth.of(2026, 2)))
                .extracting(procedo.engine.MonthlyCases::started).containsExactly(3L);
        assertThat(engine.monthlyCases("9.100032", null, java.time.YearMonth.of(2026, 1),
                java.time.YearMonth.of(2026, 2))).extracting(procedo.engine.MonthlyCases::started)
                .containsExactly(0L, 0L);
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void keepsTheCoverageOfADeploymentAndLeavesTrainingAndSimulatedCasesUncounted(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100070";
        DeployedWorkflow pilot = engine.deploy(new DeployRequest(code, "79", EngineFixture.fiveTaskModel(), 1,
                Set.of(), "analyst", Coverage.PILOT));
        assertThat(pilot.coverage()).isEqualTo(Coverage.PILOT);
        assertThat(engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1)).coverage())
                .isEqualTo(Coverage.ALL);
        assertThat(engine.deployments(code)).extracting(DeployedWorkflow::coverage)
                .containsExactlyInAnyOrder(Coverage.PILOT, Coverage.ALL);

        engine.setClock(at(MONDAY, 9));
        engine.startCase(start(code, "79", Channel.ONLINE, 5));
        CaseSummary training = engine.startCase(new StartCase(code, "79", Channel.ONLINE, 5,
                Map.of("applicantName", "Tập huấn"), "officer", CaseMark.TRAINING));
        CaseSummary simulated = engine.startCase(new StartCase(code, "79", Channel.COUNTER, 5,
                Map.of("applicantName", "Mô phỏng"), "load", CaseMark.SIMULATED));
        assertThat(training.training()).isTrue();
        assertThat(training.simulated()).isFalse();
        assertThat(simulated.simulated()).isTrue();
        assertThat(engine.findCase(training.id()).orElseThrow().summary().training()).isTrue();
        assertThat(engine.findCase(training.id()).orElseThrow().data()).doesNotContainKey("caseMark");
        assertThat(engine.cases(code, "79", 10)).filteredOn(CaseSummary::simulated).singleElement()
                .extracting(CaseSummary::id).isEqualTo(simulated.id());

        assertThat(engine.kpis(code, "79").casesStarted()).isEqualTo(1);
        assertThat(engine.kpis(code, null).casesOpen()).isEqualTo(1);
        assertThat(engine.kpis(code, "79").tasks()).extracting(Kpis.TaskKpi::waiting).containsOnly(1L);
        assertThat(engine.kpis(code, "79", Set.of(CaseMark.TRAINING)).casesStarted()).isEqualTo(2);
        assertThat(engine.kpis(code, "79", Set.of(CaseMark.values())).casesStarted()).isEqualTo(3);
        assertThat(engine.measuredVolumes(code)).containsExactly(new MeasuredVolume("79", 2026, 1, 1, 0, 1));
        assertThat(engine.measuredVolume(code, "79", 2026)).isEqualTo(new MeasuredVolume("79", 2026, 1, 1, 0, 1));
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void readsTheHistoryOfRealCasesPageByPageWithTheirSteps(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100071";
        engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1));
        engine.setClock(at(MONDAY, 9));
        CaseSummary real = engine.startCase(start(code, "79", Channel.ONLINE, 5));
        engine.startCase(new StartCase(code, "79", Channel.ONLINE, 5, Map.of("applicantName", "Tập huấn"), "officer",
                CaseMark.TRAINING));
        for (int i = 0; i < CaseHistories.PAGE; i++) {
            engine.startCase(start(code, "01", Channel.ONLINE, 5));
        }
        engine.setClock(at(MONDAY, 11));
        engine.complete(engine.findCase(real.id()).orElseThrow().openTasks().get(0).id(), "can-bo", Map.of());

        CaseHistory.Period week = new CaseHistory.Period(code, null, MONDAY, MONDAY.plusDays(6));
        CaseHistory first = engine.caseHistory(week, 0);
        assertThat(first.next()).isEqualTo(CaseHistories.PAGE);
        CaseHistory second = engine.caseHistory(week, first.next());
        assertThat(second.next()).isNull();
        assertThat(first.cases().size() + second.cases().size()).as("the training case left out")
                .isEqualTo(CaseHistories.PAGE + 1);
        CaseHistory.Case read = java.util.stream.Stream.concat(first.cases().stream(), second.cases().stream())
                .filter(c -> c.caseId().equals(real.id())).findFirst().orElseThrow();
        assertThat(read.locality()).isEqualTo("79");
        assertThat(read.started()).isEqualTo(at(MONDAY, 9));
        assertThat(read.ended()).isNull();
        assertThat(read.steps()).extracting(CaseHistory.Step::activityId).containsExactly("Start", "Receive", "Review");
        CaseHistory.Step receive = read.steps().get(1);
        assertThat(receive.activityType()).isEqualTo("userTask");
        assertThat(receive.started()).isEqualTo(at(MONDAY, 9));
        assertThat(receive.ended()).isEqualTo(at(MONDAY, 11));
        assertThat(receive.assignee()).isEqualTo("can-bo");
        assertThat(read.steps().get(2).ended()).isNull();

        assertThat(engine.caseHistory(new CaseHistory.Period(code, "79", MONDAY, MONDAY), 0).cases())
                .extracting(CaseHistory.Case::caseId).containsExactly(real.id());
        assertThat(engine.caseHistory(new CaseHistory.Period(code, null, MONDAY.minusDays(7), MONDAY.minusDays(1)), 0)
                .cases()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void readsTheSummariesOfSeveralCasesTogetherAsEachCaseReadsAlone(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100072";
        engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1));
        engine.setClock(at(MONDAY, 9));
        CaseSummary granted = engine.startCase(start(code, "79", Channel.ONLINE, 5));
        CaseSummary refused = engine.startCase(start(code, "01", Channel.COUNTER, 5));
        CaseSummary open = engine.startCase(new StartCase(code, "48", Channel.ONLINE, 5, Map.of("applicantName",
                "Tập huấn"), "officer", CaseMark.TRAINING));
        engine.setClock(at(MONDAY, 11));
        completeAll(engine, granted.id(), true);
        completeAll(engine, refused.id(), false);

        List<CaseSummary> read = engine.caseSummaries(List.of(refused.id(), "no-such-case", open.id(), granted.id()));

        assertThat(read).extracting(CaseSummary::id).as("in the order asked, the unknown id left out")
                .containsExactly(refused.id(), open.id(), granted.id());
        assertThat(read).containsExactly(engine.findCase(refused.id()).orElseThrow().summary(),
                engine.findCase(open.id()).orElseThrow().summary(), engine.findCase(granted.id()).orElseThrow().summary());
        assertThat(read.get(0).outcome()).isEqualTo(CaseOutcome.REFUSED);
        assertThat(read.get(1).training()).isTrue();
        assertThat(read.get(2).outcome()).isEqualTo(CaseOutcome.GRANTED);
        assertThat(engine.caseSummaries(List.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EngineDatabase.class)
    void listsTheCasesStartedInAPeriodNewestFirst(EngineDatabase db) {
        WorkflowEngine engine = fixture.engine(db);
        String code = "9.100073";
        engine.deploy(request(code, null, EngineFixture.fiveTaskModel(), 1));
        engine.setClock(at(MONDAY, 9));
        CaseSummary nine = engine.startCase(start(code, "79", Channel.ONLINE, 5));
        engine.setClock(at(MONDAY, 10));
        CaseSummary ten = engine.startCase(start(code, "79", Channel.ONLINE, 5));
        engine.setClock(at(MONDAY, 11));
        CaseSummary eleven = engine.startCase(start(code, "79", Channel.ONLINE, 5));
        CaseSummary hanoi = engine.startCase(start(code, "01", Channel.ONLINE, 5));
        engine.setClock(at(MONDAY.plusDays(1), 9));
        engine.startCase(start(code, "79", Channel.ONLINE, 5));

        assertThat(engine.casesStarted(code, "79", at(MONDAY, 10), at(MONDAY.plusDays(1), 9), 10))
                .as("from included, to excluded, newest first").extracting(CaseSummary::id)
                .containsExactly(eleven.id(), ten.id());
        assertThat(engine.casesStarted(code, null, at(MONDAY, 10), at(MONDAY.plusDays(1), 9), 10))
                .extracting(CaseSummary::id).containsExactlyInAnyOrder(eleven.id(), hanoi.id(), ten.id());
        assertThat(engine.casesStarted(code, "79", at(MONDAY, 0), at(MONDAY, 12), 1)).extracting(CaseSummary::id)
                .as("at most the newest one").containsExactly(eleven.id());
        assertThat(engine.casesStarted(code, "79", at(MONDAY, 0), at(MONDAY, 9), 10)).as("none before nine").isEmpty();
        assertThat(engine.casesStarted(code, "79", at(MONDAY, 9), at(MONDAY, 10), 10)).extracting(CaseSummary::id)
                .containsExactly(nine.id());
    }

    /** Completes every task of a case at the engine's current time, approving or refusing at the review. */
    private static void completeAll(WorkflowEngine engine, String caseId, boolean approve) {
        for (int guard = 0; guard < 10; guard++) {
            List<TaskView> open = engine.findCase(caseId).orElseThrow().openTasks();
            if (open.isEmpty()) {
                return;
            }
            TaskView t = open.get(0);
            engine.complete(t.id(), "officer", !t.activityId().equals("Review") ? Map.of()
                    : approve ? Map.of("approved", true) : Map.of("approved", false, "reason", "Không đủ điều kiện"));
        }
        throw new AssertionError("case " + caseId + " did not end");
    }
}
