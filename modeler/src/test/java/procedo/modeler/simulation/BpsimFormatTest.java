package procedo.modeler.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.model.BpmnReader;
import procedo.modeler.simulation.SimulationParameters.ArrivalKind;
import procedo.modeler.simulation.SimulationParameters.Arrivals;
import procedo.modeler.simulation.SimulationParameters.EventParameters;
import procedo.modeler.simulation.SimulationParameters.RoleParameters;
import procedo.modeler.simulation.SimulationParameters.RunSettings;
import procedo.modeler.simulation.SimulationParameters.TaskParameters;

/** Simulation parameters as BPSim extension elements: written and read back equal, and read from another tool. */
class BpsimFormatTest {

    private final ModelSimulator simulator = new ModelSimulator(HolidayCalendar.vietnam());

    private static byte[] model() {
        return new TestModels().lane("Lane_Citizen", "Người dân")
                .node("startEvent", "Start", "Cần đăng ký").node("manualTask", "Visit", "Nộp hồ sơ trực tiếp")
                .lane("Lane_Officer", "Công chức một cửa").node("userTask", "Check", "Kiểm tra hồ sơ")
                .node("exclusiveGateway", "Complete", "Đủ hồ sơ?")
                .node("intermediateCatchEvent", "Wait", "Chờ bổ sung", "<bpmn:messageEventDefinition/>")
                .node("endEvent", "End", "Trả kết quả")
                .flow("Start", "Visit").flow("Visit", "Check").flow("Check", "Complete")
                .flow("Yes", "Complete", "End").flow("No", "Complete", "Wait").flow("Wait", "Check").xml();
    }

    @Test
    void parametersWrittenAsBpsimReadBackEqual() {
        SimulationParameters parameters = new SimulationParameters(new Arrivals(ArrivalKind.POISSON, 12.5),
                new RunSettings(3000, 60, 300, 99L, LocalDate.of(2026, 3, 2), WorkingHours.parse("07:30-11:30,13:30-17:00")),
                new TreeMap<>(Map.of(
                        "Visit", new TaskParameters(Distribution.uniform(0.5, 1.5), "Lane_Citizen", 2.75, 1,
                                new BigDecimal("35000")),
                        "Check", new TaskParameters(Distribution.logNormal(0.4, 0.1), "Lane_Officer", null, null, null))),
                new TreeMap<>(Map.of("Lane_Officer", new RoleParameters(3, WorkingHours.parse("08:00-12:00"),
                        new BigDecimal("75000.50")))),
                new TreeMap<>(Map.of("Yes", 0.85, "No", 0.15)),
                new TreeMap<>(Map.of("Wait", new EventParameters(Distribution.triangular(8, 16, 40), null))));

        byte[] written = simulator.withParameters(model(), parameters);

        new BpmnReader().read(written);
        String xml = new String(written, StandardCharsets.UTF_8);
        assertThat(xml).contains("bpmn:relationship", "type=\"BPSimData\"", "bpsim:BPSimData", "bpsim:Scenario",
                "elementRef=\"Check\"", "bpsim:LogNormalDistribution", "bpsim:TriangularDistribution");
        assertThat(simulator.parameters(written)).isEqualTo(parameters);

        SimulationParameters changed = new SimulationParameters(new Arrivals(ArrivalKind.FIXED, 4.0), null, null,
                null, null, null);
        byte[] rewritten = simulator.withParameters(written, changed);
        assertThat(simulator.parameters(rewritten)).isEqualTo(changed);
        assertThat(new String(rewritten, StandardCharsets.UTF_8).split("bpsim:BPSimData>", -1)).hasSize(3);
    }

    @Test
    void bpsimOfAnotherToolIsReadInItsUnits() throws IOException {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("bpsim-other-tool.bpmn")) {
            xml = in.readAllBytes();
        }
        SimulationParameters read = simulator.parameters(xml);

        assertThat(read.run().seed()).isEqualTo(20250101L);
        assertThat(read.run().startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(read.run().warmupCases()).isEqualTo(50);
        assertThat(read.run().cases()).isEqualTo(500);
        assertThat(read.arrivals().kind()).isEqualTo(ArrivalKind.POISSON);
        assertThat(read.arrivals().casesPerDay()).isCloseTo(12, within(1e-9));
        assertThat(read.tasks().get("Task_Check").duration()).isEqualTo(Distribution.normal(0.25, 5 / 60.0));
        assertThat(read.tasks().get("Task_Register").duration()).isEqualTo(Distribution.triangular(0.5, 0.75, 1.5));
        assertThat(read.tasks().get("Task_Supplement").duration()).isEqualTo(Distribution.fixed(0.5));
        assertThat(read.branches()).containsExactlyInAnyOrderEntriesOf(Map.of("Flow_Yes", 0.8, "Flow_No", 0.2));
        assertThat(read.roles().get("Lane_Desk")).isEqualTo(new RoleParameters(2, null, new BigDecimal("60000")));
        assertThat(read.roles().get("Lane_Justice").costPerHour()).isEqualByComparingTo("75000");

        SimulationResult result = simulator.simulate(xml, SimulationParameters.none());
        assertThat(result.cases()).isEqualTo(500);
        assertThat(result.measuredCases()).isEqualTo(450);
        assertThat(result.firstDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(result.applicant().visits()).isCloseTo(1, within(1e-9));
        assertThat(result.tasks()).filteredOn(t -> t.id().equals("Task_Supplement")).singleElement()
                .satisfies(t -> assertThat(t.perCase()).isCloseTo(0.25, within(0.1)));
        assertThat(result.roles()).extracting(SimulationResult.RoleFigures::name)
                .containsExactly("Bộ phận một cửa", "Công chức tư pháp - hộ tịch");
    }

    @Test
    void theExponentialIsWrittenUnderBpsimsNameAndEveryNameOfItAndADurationAreRead() throws IOException {
        SimulationParameters exponential = new SimulationParameters(null, null, new TreeMap<>(Map.of("Check",
                new TaskParameters(Distribution.exponential(0.75), "Lane_Officer", null, null, null))), null, null, null);
        byte[] written = simulator.withParameters(model(), exponential);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("bpsim:NegativeExponentialDistribution")
                .doesNotContain("bpsim:ExponentialDistribution");
        assertThat(simulator.parameters(written)).isEqualTo(exponential);

        String other;
        try (InputStream in = getClass().getResourceAsStream("bpsim-other-tool.bpmn")) {
            other = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : new String[] {"NegativeExponentialDistribution", "ExponentialDistribution"}) {
            byte[] xml = other.replace("<bpsim:NormalDistribution mean=\"15\" standardDeviation=\"5\"/>",
                    "<bpsim:" + name + " mean=\"15\"/>").getBytes(StandardCharsets.UTF_8);
            assertThat(simulator.parameters(xml).tasks().get("Task_Check").duration()).as(name)
                    .isEqualTo(Distribution.exponential(0.25));
        }
        byte[] duration = other.replace("<bpsim:FloatingParameter value=\"30\"/>",
                "<bpsim:DurationParameter value=\"PT1H30M\"/>").getBytes(StandardCharsets.UTF_8);
        assertThat(simulator.parameters(duration).tasks().get("Task_Supplement").duration())
                .isEqualTo(Distribution.fixed(1.5));
    }

    @Test
    void parametersWrittenIntoModelsWithDiagramsOrAnotherToolsScenarioReplaceItAndStayValid() throws IOException {
        SimulationParameters parameters = new SimulationParameters(new Arrivals(ArrivalKind.FIXED, 6.0),
                new RunSettings(800, null, 80, 5L, null, null), null,
                new TreeMap<>(Map.of("Lane_Desk", new RoleParameters(4, null, new BigDecimal("55000")))),
                new TreeMap<>(Map.of("Flow_Yes", 0.9, "Flow_No", 0.1)), null);
        byte[] other;
        try (InputStream in = getClass().getResourceAsStream("bpsim-other-tool.bpmn")) {
            other = in.readAllBytes();
        }
        byte[] written = simulator.withParameters(other, parameters);
        new BpmnReader().read(written);
        assertThat(simulator.parameters(written)).isEqualTo(parameters);
        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("Scenario_Default");

        byte[] demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/models/1.001193.TO_BE.bpmn")) {
            demo = in.readAllBytes();
        }
        SimulationParameters own = new SimulationParameters(new Arrivals(ArrivalKind.POISSON, 20.0),
                new RunSettings(500, null, 50, 9L, null, null), null, null, null, null);
        byte[] withDiagram = simulator.withParameters(demo, own);
        new BpmnReader().read(withDiagram);
        assertThat(simulator.parameters(withDiagram)).isEqualTo(own);
        assertThat(simulator.simulate(withDiagram, SimulationParameters.none()).cases()).isEqualTo(500);
    }
}
