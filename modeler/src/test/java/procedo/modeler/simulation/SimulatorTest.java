package procedo.modeler.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.InvalidInputException;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.simulation.SimulationParameters.ArrivalKind;
import procedo.modeler.simulation.SimulationParameters.Arrivals;
import procedo.modeler.simulation.SimulationParameters.EventParameters;
import procedo.modeler.simulation.SimulationParameters.RoleParameters;
import procedo.modeler.simulation.SimulationParameters.RunSettings;
import procedo.modeler.simulation.SimulationParameters.TaskParameters;

/**
 * The simulator against results known by analysis: queues (M/M/1, M/M/c), sequences, branches, joins, the
 * calendar; its refusals of bad parameters; and its reproducibility. Tolerances are at least four standard errors
 * of the estimate at the number of cases run.
 */
class SimulatorTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.vietnam();
    private final ModelSimulator simulator = new ModelSimulator(CALENDAR);

    private static SimulationParameters params(Arrivals arrivals, RunSettings run, Map<String, TaskParameters> tasks,
                                               Map<String, RoleParameters> roles, Map<String, Double> branches) {
        return new SimulationParameters(arrivals, run, tasks == null ? null : new TreeMap<>(tasks),
                roles == null ? null : new TreeMap<>(roles), branches == null ? null : new TreeMap<>(branches), null);
    }

    private static TaskParameters task(Distribution duration) {
        return new TaskParameters(duration, null, null, null, null);
    }

    private static RoleParameters staff(int count) {
        return new RoleParameters(count, null, null);
    }

    private static RunSettings run(int cases, int warmup, long seed) {
        return new RunSettings(cases, null, warmup, seed, null, null);
    }

    @Test
    void aSequenceOfFixedDurationsTakesTheirSum() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức một cửa").sequence("A", "B", "C").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.FIXED, 1.0),
                run(50, 0, 1), Map.of("A", task(Distribution.fixed(1)), "B", task(Distribution.fixed(2)),
                        "C", task(Distribution.fixed(3))), Map.of("Lane_Officer", staff(1)), null));

        assertThat(result.cycleTime().mean()).isCloseTo(0.75, within(1e-9));
        assertThat(result.cycleTime().p95()).isCloseTo(0.75, within(1e-9));
        assertThat(result.processingDays()).isCloseTo(0.75, within(1e-9));
        assertThat(result.waitingDays()).isCloseTo(0, within(1e-9));
        assertThat(result.agencyCostPerCase()).isEqualByComparingTo(new BigDecimal("360000"));
    }

    @Test
    void mm1MeanWaitIsRhoOverMuMinusLambda() {
        // lambda = 0.5 an hour (4 a working day of 8 hours), mu = 1 an hour: Wq = 0.5 / (1 - 0.5) = 1 hour.
        // The asymptotic variance of the mean wait is about 29 h^2 per case: 200,000 cases, standard error 0.012 h.
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức").sequence("A").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.POISSON, 4.0),
                run(200_000, 2_000, 7), Map.of("A", task(Distribution.exponential(1))),
                Map.of("Lane_Officer", staff(1)), null));

        assertThat(result.tasks().get(0).meanWaitHours()).isCloseTo(1.0, within(0.06));
        assertThat(result.roles().get(0).utilisation()).isCloseTo(0.5, within(0.01));
        assertThat(result.roles().get(0).meanQueue()).isPositive();
    }

    @Test
    void mmcMeanWaitFollowsErlangC() {
        int c = 3;
        double lambda = 1.8;
        double mu = 1;
        double a = lambda / mu;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term * c / (c - a);
        double erlangC = last / (sum + last);
        double expectedWait = erlangC / (c * mu - lambda);
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức").sequence("A").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.POISSON, lambda * 8),
                run(200_000, 2_000, 11), Map.of("A", task(Distribution.exponential(1 / mu))),
                Map.of("Lane_Officer", staff(c)), null));

        assertThat(expectedWait).isCloseTo(0.2956, within(1e-3));
        assertThat(result.tasks().get(0).meanWaitHours()).isCloseTo(expectedWait, within(0.03));
        assertThat(result.roles().get(0).utilisation()).isCloseTo(lambda / (c * mu), within(0.01));
    }

    @Test
    void branchesAreTakenAsOftenAsTheirProbabilities() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("exclusiveGateway", "Check", "Hồ sơ đủ?")
                .node("userTask", "A", "Thẩm định").node("userTask", "B", "Yêu cầu bổ sung")
                .node("exclusiveGateway", "Merge", "").node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Check").flow("Yes", "Check", "A").flow("No", "Check", "B")
                .flow("A", "Merge").flow("B", "Merge").flow("Merge", "End").xml();
        SimulationResult result = simulator.simulate(model, params(null, run(10_000, 0, 3), null,
                Map.of("Lane_Officer", staff(5)), Map.of("Yes", 0.3, "No", 0.7)));

        // standard error sqrt(0.3 * 0.7 / 10,000) = 0.0046: four of them are within 0.02
        assertThat(result.tasks()).filteredOn(t -> t.id().equals("A")).singleElement()
                .satisfies(t -> assertThat(t.perCase()).isCloseTo(0.3, within(0.02)));
        assertThat(result.tasks()).filteredOn(t -> t.id().equals("B")).singleElement()
                .satisfies(t -> assertThat(t.perCase()).isCloseTo(0.7, within(0.02)));
    }

    @Test
    void aParallelJoinWaitsForItsLongestBranch() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("parallelGateway", "Split", "")
                .node("userTask", "Short", "Xác minh")
                .lane("Lane_Police", "Công an xã").node("userTask", "Long", "Lấy ý kiến công an")
                .lane("Lane_Officer", "Công chức").node("parallelGateway", "Join", "")
                .node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Split").flow("Split", "Short").flow("Split", "Long").flow("Short", "Join")
                .flow("Long", "Join").flow("Join", "End").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.FIXED, 1.0),
                run(40, 0, 1), Map.of("Short", task(Distribution.fixed(2)), "Long", task(Distribution.fixed(5))),
                null, null));

        assertThat(result.cycleTime().mean()).isCloseTo(5 / 8.0, within(1e-9));
        assertThat(result.cycleTime().p95()).isCloseTo(5 / 8.0, within(1e-9));
        assertThat(result.processingDays()).isCloseTo(7 / 8.0, within(1e-9));
    }

    @Test
    void workStartedFridayAtFourEndsOnTheNextWorkingDay() {
        LocalDate friday = LocalDate.of(2026, 1, 16);
        WorkingTime time = new WorkingTime(new WorkingDays(CALENDAR, friday), WorkingHours.OFFICE);
        assertThat(time.advance(16, 2)).isEqualTo(3 * 24 + 9.0);
        // 9 January 2026 is a Friday followed by a Saturday worked in exchange for 2 January
        WorkingTime exchanged = new WorkingTime(new WorkingDays(CALENDAR, LocalDate.of(2026, 1, 9)),
                WorkingHours.OFFICE);
        assertThat(exchanged.advance(16, 2)).isEqualTo(24 + 9.0);
        // Tết: from Friday 13 February 2026 the next working day is Monday 23 February
        WorkingTime tet = new WorkingTime(new WorkingDays(CALENDAR, LocalDate.of(2026, 2, 13)), WorkingHours.OFFICE);
        assertThat(tet.advance(16, 2)).isEqualTo(10 * 24 + 9.0);

        byte[] model = new TestModels().lane("Lane_Officer", "Công chức").sequence("A").xml();
        // two cases, seven office hours apart: Friday 08:00 and Friday 16:00
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.FIXED, 8 / 7.0),
                new RunSettings(2, null, 1, 1L, friday, null), Map.of("A", task(Distribution.fixed(2))), null, null));
        assertThat(result.lastDay()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(result.cycleTime().mean()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void theApplicantsLaneGivesTheApplicantsBurden() {
        byte[] model = new TestModels().lane("Lane_Citizen", "Người dân")
                .node("startEvent", "Start", "Cần đăng ký").node("manualTask", "Visit", "Nộp hồ sơ tại Bộ phận một cửa")
                .lane("Lane_Officer", "Công chức một cửa").node("userTask", "Check", "Kiểm tra hồ sơ")
                .node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Visit").flow("Visit", "Check").flow("Check", "End").xml();
        SimulationResult result = simulator.simulate(model, params(null, run(200, 0, 1),
                Map.of("Visit", new TaskParameters(Distribution.fixed(1), null, 3.5, 1, new BigDecimal("45000"))),
                null, null));

        assertThat(result.applicant().hours()).isCloseTo(3.5, within(1e-9));
        assertThat(result.applicant().visits()).isCloseTo(1, within(1e-9));
        assertThat(result.applicant().outOfPocket()).isEqualByComparingTo("45000");
        assertThat(result.roles()).extracting(SimulationResult.RoleFigures::name).containsExactly("Công chức một cửa");
    }

    @Test
    void theSameSeedGivesTheSameResultsToTheDigit() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức").sequence("A", "B").xml();
        SimulationParameters p = params(null, run(2_000, 100, 42), null, null, null);
        SimulationResult first = simulator.simulate(model, p);
        SimulationResult again = simulator.simulate(model, p);
        SimulationResult other = simulator.simulate(model, params(null, run(2_000, 100, 43), null, null, null));

        assertThat(again).isEqualTo(first);
        assertThat(other.cycleTime()).isNotEqualTo(first.cycleTime());
    }

    @Test
    void badParametersAreRefusedNamingTheElement() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("exclusiveGateway", "Check", "Hồ sơ đủ?")
                .node("userTask", "A", "Thẩm định").node("userTask", "B", "Yêu cầu bổ sung")
                .node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Check").flow("Yes", "Check", "A").flow("No", "Check", "B")
                .flow("A", "End").flow("B", "End").xml();

        assertThatThrownBy(() -> simulator.simulate(model, params(null, null,
                Map.of("A", task(Distribution.fixed(-1))), null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("parameters.tasks.A.duration");
                    assertThat(p.message()).contains("Thẩm định");
                }));
        assertThatThrownBy(() -> simulator.simulate(model, params(null, null, null, null,
                Map.of("Yes", 0.5, "No", 0.4))))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("Check");
                    assertThat(p.message()).contains("Hồ sơ đủ?");
                }));
        assertThatThrownBy(() -> simulator.simulate(model, params(null, null, null,
                Map.of("Lane_Officer", staff(0)), null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).first().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("parameters.roles.Lane_Officer.count");
                    assertThat(p.message()).contains("Công chức");
                }));
    }

    @Test
    void aModelThatCannotEndIsRefusedBeforeItRuns() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("userTask", "A", "Thẩm định")
                .node("exclusiveGateway", "Again", "Làm lại?").node("endEvent", "End", "Trả kết quả")
                .flow("Start", "A").flow("A", "Again").flow("Back", "Again", "A").flow("Done", "Again", "End").xml();

        assertThatThrownBy(() -> simulator.simulate(model, params(null, null, null, null,
                Map.of("Back", 1.0, "Done", 0.0))))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.location()).isEqualTo("Again");
                            assertThat(p.message()).contains("Làm lại?");
                        }));
        SimulationResult ends = simulator.simulate(model, params(null, run(500, 0, 1), null, null,
                Map.of("Back", 0.5, "Done", 0.5)));
        assertThat(ends.tasks().get(0).perCase()).isCloseTo(2, within(0.3));
    }

    @Test
    void aJoinWaitingForABranchThatNeverComesIsADeadlock() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("exclusiveGateway", "Choose", "Loại hồ sơ?")
                .node("userTask", "A", "Thẩm định").node("userTask", "B", "Xác minh")
                .node("parallelGateway", "Join", "Đủ kết quả").node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Choose").flow("Choose", "A").flow("Choose", "B").flow("A", "Join").flow("B", "Join")
                .flow("Join", "End").xml();

        assertThatThrownBy(() -> simulator.simulate(model, params(null, run(10, 0, 1), null, null, null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("Join");
                    assertThat(p.message()).contains("Đủ kết quả");
                }));
    }

    @Test
    void timersAndBoundaryEventsAreWaits() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("userTask", "A", "Thẩm định")
                .node("intermediateCatchEvent", "Wait", "Chờ 2 ngày niêm yết",
                        "<bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition>")
                .node("endEvent", "End", "Trả kết quả").node("endEvent", "Late", "Quá hạn")
                .raw("<bpmn:boundaryEvent id=\"Deadline\" name=\"Quá 3 giờ\" attachedToRef=\"A\">"
                        + "<bpmn:timerEventDefinition><bpmn:timeDuration>PT3H</bpmn:timeDuration>"
                        + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>")
                .flow("Start", "A").flow("A", "Wait").flow("Wait", "End").flow("Deadline", "Late").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.FIXED, 1.0),
                run(20, 0, 1), Map.of("A", task(Distribution.fixed(1))), null, null));
        assertThat(result.cycleTime().mean()).isCloseTo(1 / 8.0 + 2, within(1e-9));

        SimulationResult late = simulator.simulate(model, new SimulationParameters(
                new Arrivals(ArrivalKind.FIXED, 1.0), run(20, 0, 1),
                new TreeMap<>(Map.of("A", task(Distribution.fixed(4)))), null, null,
                new TreeMap<>(Map.of("Deadline", new EventParameters(Distribution.fixed(3), 1.0)))));
        assertThat(late.cycleTime().mean()).isCloseTo(3 / 8.0, within(1e-9));
    }

    @Test
    void anInclusiveJoinWaitsOnlyForTheBranchesTaken() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("inclusiveGateway", "Ask", "Lấy ý kiến nơi nào?")
                .node("userTask", "Tax", "Ý kiến cơ quan thuế").node("userTask", "Land", "Ý kiến địa chính")
                .node("inclusiveGateway", "Gather", "Đủ ý kiến").node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Ask").flow("ToTax", "Ask", "Tax").flow("ToLand", "Ask", "Land")
                .flow("Tax", "Gather").flow("Land", "Gather").flow("Gather", "End").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.FIXED, 1.0),
                run(4_000, 0, 5), Map.of("Tax", task(Distribution.fixed(1)), "Land", task(Distribution.fixed(3))),
                Map.of("Lane_Officer", staff(2)), Map.of("ToTax", 0.5, "ToLand", 0.5)));

        // every case ends, and waits for Land (3 hours) exactly when Land was taken (probability 0.5; when neither
        // branch is drawn the first of the likeliest, Tax, is taken): a mean of 2 hours, standard error
        // 1 / sqrt(4,000) = 0.016 hours
        assertThat(result.measuredCases()).isEqualTo(4_000);
        assertThat(result.cycleTime().mean() * 8).isCloseTo(2.0, within(0.07));
        assertThat(result.cycleTime().p95()).isCloseTo(3 / 8.0, within(1e-9));
    }

    @Test
    void aSubProcessEndsWhenItsInnerFlowEnds() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận")
                .node("subProcess", "Verify", "Xác minh hồ sơ", "<bpmn:startEvent id=\"In\" name=\"Bắt đầu\"/>"
                        + "<bpmn:parallelGateway id=\"Fork\"/><bpmn:userTask id=\"Call\" name=\"Gọi điện xác minh\"/>"
                        + "<bpmn:userTask id=\"Visit\" name=\"Xác minh tại nơi ở\"/>"
                        + "<bpmn:endEvent id=\"Out1\" name=\"Xong\"/><bpmn:endEvent id=\"Out2\" name=\"Xong\"/>"
                        + "<bpmn:sequenceFlow id=\"S1\" sourceRef=\"In\" targetRef=\"Fork\"/>"
                        + "<bpmn:sequenceFlow id=\"S2\" sourceRef=\"Fork\" targetRef=\"Call\"/>"
                        + "<bpmn:sequenceFlow id=\"S3\" sourceRef=\"Fork\" targetRef=\"Visit\"/>"
                        + "<bpmn:sequenceFlow id=\"S4\" sourceRef=\"Call\" targetRef=\"Out1\"/>"
                        + "<bpmn:sequenceFlow id=\"S5\" sourceRef=\"Visit\" targetRef=\"Out2\"/>")
                .node("userTask", "Sign", "Ký duyệt").node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Verify").flow("Verify", "Sign").flow("Sign", "End").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.FIXED, 1.0),
                run(30, 0, 1), Map.of("Call", task(Distribution.fixed(1)), "Visit", task(Distribution.fixed(4)),
                        "Sign", task(Distribution.fixed(2))), Map.of("Lane_Officer", staff(2)), null));

        assertThat(result.cycleTime().mean()).isCloseTo(6 / 8.0, within(1e-9));
        assertThat(result.tasks()).extracting(SimulationResult.TaskFigures::perCase).containsOnly(1.0);
    }

    @Test
    void aMessageStartsTheOtherPoolsProcessWithinTheSameCase() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
                  <bpmn:collaboration id="C">
                    <bpmn:participant id="Pool_Citizen" name="Người dân" processRef="P_Citizen"/>
                    <bpmn:participant id="Pool_Commune" name="UBND xã" processRef="P_Commune"/>
                    <bpmn:messageFlow id="M" sourceRef="Submit" targetRef="Received"/>
                  </bpmn:collaboration>
                  <bpmn:process id="P_Citizen" isExecutable="false">
                    <bpmn:startEvent id="Need" name="Cần đăng ký"/>
                    <bpmn:manualTask id="Submit" name="Nộp hồ sơ tại quầy"/>
                    <bpmn:endEvent id="Sent" name="Đã nộp"/>
                    <bpmn:sequenceFlow id="F1" sourceRef="Need" targetRef="Submit"/>
                    <bpmn:sequenceFlow id="F2" sourceRef="Submit" targetRef="Sent"/>
                  </bpmn:process>
                  <bpmn:process id="P_Commune" isExecutable="false">
                    <bpmn:startEvent id="Received" name="Nhận hồ sơ"><bpmn:messageEventDefinition/></bpmn:startEvent>
                    <bpmn:userTask id="Handle" name="Giải quyết hồ sơ"/>
                    <bpmn:endEvent id="Done" name="Trả kết quả"/>
                    <bpmn:sequenceFlow id="F3" sourceRef="Received" targetRef="Handle"/>
                    <bpmn:sequenceFlow id="F4" sourceRef="Handle" targetRef="Done"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        SimulationResult result = simulator.simulate(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                params(new Arrivals(ArrivalKind.FIXED, 1.0), run(20, 0, 1), Map.of("Submit",
                        task(Distribution.fixed(1)), "Handle", task(Distribution.fixed(3))), null, null));

        assertThat(result.cycleTime().mean()).isCloseTo(4 / 8.0, within(1e-9));
        assertThat(result.applicant().visits()).isCloseTo(1, within(1e-9));
        assertThat(result.applicant().hours()).isCloseTo(1, within(1e-9));
        assertThat(result.roles()).extracting(SimulationResult.RoleFigures::name).containsExactly("UBND xã");
        assertThat(result.tasks()).filteredOn(t -> t.id().equals("Handle")).singleElement()
                .satisfies(t -> assertThat(t.utilisation()).isCloseTo(3 / 16.0, within(0.02)));
    }

    @Test
    void aDurationBeyondTheBoundIsRefusedAndARunStaysBounded() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức").sequence("A").xml();
        assertThatThrownBy(() -> simulator.simulate(model, params(null, null,
                Map.of("A", task(Distribution.exponential(1e9))), null, null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.location()).isEqualTo("parameters.tasks.A.duration")));
        assertThatThrownBy(() -> simulator.simulate(model, params(null, run(SimulationDefaults.MAX_CASES + 1, 0, 1),
                null, null, null))).isInstanceOf(InvalidInputException.class);
        // a long queue: one person, twice the work that arrives, the last case ends years later but the run ends
        SimulationResult overloaded = simulator.simulate(model, params(new Arrivals(ArrivalKind.POISSON, 16.0),
                run(2_000, 0, 1), Map.of("A", task(Distribution.fixed(1))), Map.of("Lane_Officer", staff(1)), null));
        assertThat(overloaded.roles().get(0).utilisation()).isCloseTo(1, within(0.01));
        assertThat(overloaded.lastDay()).isAfter(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anEventBasedGatewayWaitsForTheEventDrawnAndAHorizonStopsArrivals() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức")
                .node("startEvent", "Start", "Tiếp nhận").node("eventBasedGateway", "Which", "Chờ gì trước?")
                .node("intermediateCatchEvent", "Reply", "Nhận văn bản trả lời", "<bpmn:messageEventDefinition/>")
                .node("intermediateCatchEvent", "Late", "Quá 3 ngày",
                        "<bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition>")
                .node("userTask", "Remind", "Đôn đốc trả lời").node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Which").flow("ToReply", "Which", "Reply").flow("ToLate", "Which", "Late")
                .flow("Reply", "End").flow("Late", "Remind").flow("Remind", "End").xml();
        SimulationResult result = simulator.simulate(model, new SimulationParameters(
                new Arrivals(ArrivalKind.FIXED, 2.0), new RunSettings(null, 250, null, 1L, null, null),
                new TreeMap<>(Map.of("Remind", task(Distribution.fixed(1)))), null,
                new TreeMap<>(Map.of("ToReply", 0.8, "ToLate", 0.2)),
                new TreeMap<>(Map.of("Reply", new EventParameters(Distribution.fixed(4), null)))));

        // two cases a working day for 250 working days; a reply after 4 hours, else 3 days and an hour of reminding
        assertThat(result.cases()).isEqualTo(500);
        assertThat(result.measuredCases()).isEqualTo(500);
        assertThat(result.tasks().get(0).perCase()).isCloseTo(0.2, within(0.072));
        assertThat(result.cycleTime().p50()).isCloseTo(0.5, within(1e-9));
        assertThat(result.cycleTime().p95()).isCloseTo(3 + 1 / 8.0, within(1e-9));
    }

    @Test
    void aRoleWorksOnlyInItsOwnHours() {
        byte[] model = new TestModels().lane("Lane_Officer", "Công chức làm buổi sáng").sequence("A").xml();
        SimulationResult result = simulator.simulate(model, params(new Arrivals(ArrivalKind.FIXED, 0.5),
                run(10, 0, 1), Map.of("A", task(Distribution.fixed(6))),
                Map.of("Lane_Officer", new RoleParameters(1, WorkingHours.parse("08:00-12:00"), null)), null));

        // six hours of morning work from Monday 08:00 end on Tuesday at 10:00: ten office hours later
        assertThat(result.cycleTime().mean()).isCloseTo(10 / 8.0, within(1e-9));
        assertThat(result.roles().get(0).costPerCase()).isEqualByComparingTo("360000");
    }
}
