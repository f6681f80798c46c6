package procedo.modeler.simulation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.simulation.SimulationParameters.ArrivalKind;
import procedo.modeler.simulation.SimulationParameters.Arrivals;
import procedo.modeler.simulation.SimulationParameters.RoleParameters;
import procedo.modeler.simulation.SimulationParameters.RunSettings;
import procedo.modeler.simulation.SimulationParameters.TaskParameters;

/**
 * The simulator's benchmark: cases through a model of {@value #ACTIVITIES} activities in {@value #ROLES} lanes
 * (ten tasks in sequence, two branches of five in parallel, ten more in sequence), simulated; and the same model's
 * cases executed on the workflow engine (deployed, started, every task completed), for the ratio of the two.
 */
public final class SimulationBenchmark {

    public static final int ACTIVITIES = 30;
    public static final int ROLES = 5;
    /** The procedure code under which the engine side deploys the model. */
    public static final String PROCEDURE_CODE = "9.990002";
    private static final String[] LANES = {"Bộ phận một cửa", "Công chức tư pháp - hộ tịch", "Công chức địa chính",
        "Văn thư", "Lãnh đạo UBND"};

    /**
     * Simulated figures, the median of the measured rounds: {@code seconds} to read the model and run it,
     * {@code cpuSeconds} the processor time of that (a figure that other load on the machine hardly moves),
     * {@code runSeconds} to run a model read before.
     */
    public record Simulated(int cases, long events, double seconds, double minSeconds, double maxSeconds,
                            double cpuSeconds, double runSeconds, SimulationResult result) {
        public double casesPerSecond() {
            return cases / seconds;
        }

        public double eventsPerSecond() {
            return events / seconds;
        }
    }

    /** The engine's figures: cases run, tasks completed, seconds. */
    public record Executed(int cases, long tasks, double seconds) {
        public double casesPerSecond() {
            return cases / seconds;
        }
    }

    private SimulationBenchmark() {
    }

    /** The benchmark's model: executable, with candidate groups per lane, no conditions. */
    public static byte[] model() {
        StringBuilder lanes = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        StringBuilder flows = new StringBuilder();
        StringBuilder[] members = new StringBuilder[ROLES];
        for (int r = 0; r < ROLES; r++) {
            members[r] = new StringBuilder();
        }
        String previous = "Start";
        members[0].append("<bpmn:flowNodeRef>Start</bpmn:flowNodeRef>");
        int flow = 0;
        for (int t = 1; t <= ACTIVITIES; t++) {
            String id = "Task_" + t;
            int role = (t - 1) % ROLES;
            members[role].append("<bpmn:flowNodeRef>").append(id).append("</bpmn:flowNodeRef>");
            nodes.append("    <bpmn:userTask id=\"").append(id).append("\" name=\"Bước ").append(t)
                    .append("\" camunda:candidateGroups=\"nhom-").append(role + 1).append("\"/>\n");
            if (t <= 10 || t > 20) {
                flows.append(flow(++flow, previous, id));
                previous = id;
                if (t == 10) {
                    nodes.append("    <bpmn:parallelGateway id=\"Split\"/>\n    <bpmn:parallelGateway id=\"Join\"/>\n");
                    flows.append(flow(++flow, previous, "Split"));
                    previous = "Join";
                }
            } else {
                String from = t == 11 || t == 16 ? "Split" : "Task_" + (t - 1);
                flows.append(flow(++flow, from, id));
                if (t == 15 || t == 20) {
                    flows.append(flow(++flow, id, "Join"));
                }
            }
        }
        flows.append(flow(++flow, previous, "End"));
        members[0].append("<bpmn:flowNodeRef>Split</bpmn:flowNodeRef><bpmn:flowNodeRef>Join</bpmn:flowNodeRef>"
                + "<bpmn:flowNodeRef>End</bpmn:flowNodeRef>");
        for (int r = 0; r < ROLES; r++) {
            lanes.append("      <bpmn:lane id=\"Lane_").append(r + 1).append("\" name=\"").append(LANES[r]).append("\">")
                    .append(members[r]).append("</bpmn:lane>\n");
        }
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Bench"
                    targetNamespace="http://procedo/bench">
                  <bpmn:collaboration id="Collaboration_Bench">
                    <bpmn:participant id="Pool_Bench" name="UBND xã" processRef="Process_Bench"/>
                  </bpmn:collaboration>
                  <bpmn:process id="Process_Bench" name="Ba mươi bước (đo hiệu năng)" isExecutable="true"
                      camunda:historyTimeToLive="P180D">
                    <bpmn:laneSet id="LaneSet_Bench">
                %s    </bpmn:laneSet>
                    <bpmn:startEvent id="Start" name="Hồ sơ được nộp"/>
                %s    <bpmn:endEvent id="End" name="Đã trả kết quả"/>
                %s  </bpmn:process>
                </bpmn:definitions>
                """.formatted(lanes, nodes, flows);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String flow(int n, String from, String to) {
        return "    <bpmn:sequenceFlow id=\"Flow_" + n + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>\n";
    }

    /**
     * The benchmark's parameters: Poisson arrivals of 10 cases per working day, every task triangular 15 / 30 / 45
     * minutes, six people per role (each role works three hours per case: utilisation about 0.6).
     */
    public static SimulationParameters parameters(int cases) {
        TreeMap<String, TaskParameters> tasks = new TreeMap<>();
        for (int t = 1; t <= ACTIVITIES; t++) {
            tasks.put("Task_" + t, new TaskParameters(Distribution.triangular(0.25, 0.5, 0.75), null, null, null,
                    null));
        }
        TreeMap<String, RoleParameters> roles = new TreeMap<>();
        for (int r = 1; r <= ROLES; r++) {
            roles.put("Lane_" + r, new RoleParameters(6, null, null));
        }
        return new SimulationParameters(new Arrivals(ArrivalKind.POISSON, 10.0),
                new RunSettings(cases, null, 0, 2026L, null, null), tasks, roles, null, null);
    }

    /** Simulates {@code cases} cases {@code rounds} times after {@code warmup} rounds: the median round. */
    public static Simulated simulate(int cases, int warmup, int rounds, HolidayCalendar calendar) {
        ModelSimulator simulator = new ModelSimulator(calendar);
        byte[] model = model();
        SimulationParameters parameters = parameters(cases);
        for (int i = 0; i < warmup; i++) {
            simulator.simulate(model, parameters);
        }
        double[] seconds = new double[Math.max(1, rounds)];
        double[] cpu = new double[seconds.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        SimulationResult last = null;
        for (int i = 0; i < seconds.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            last = simulator.simulate(model, parameters);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        ModelSimulator.PreparedModel prepared = simulator.prepare(model);
        double[] runs = new double[seconds.length];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            simulator.simulate(prepared, parameters);
            runs[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(runs);
        return new Simulated(cases, last.events(), seconds[seconds.length / 2], seconds[0],
                seconds[seconds.length - 1], cpu[cpu.length / 2], runs[runs.length / 2], last);
    }

    /**
     * Deploys the model on {@code engine} and runs {@code cases} cases through it (every open task of a case completed
     * until it ends), after {@code warmup} cases that are not timed.
     */
    public static Executed execute(WorkflowEngine engine, int cases, int warmup) {
        engine.deploy(new DeployRequest(PROCEDURE_CODE, null, model(), 1, java.util.Set.of(), "bench"));
        for (int i = 0; i < warmup; i++) {
            executeCase(engine, i);
        }
        long tasks = 0;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            tasks += executeCase(engine, warmup + i);
        }
        return new Executed(cases, tasks, (System.nanoTime() - start) / 1e9);
    }

    private static int executeCase(WorkflowEngine engine, int i) {
        String id = engine.startCase(new StartCase(PROCEDURE_CODE, i % 2 == 0 ? "01" : "79", Channel.ONLINE, 5,
                Map.of("applicantName", "Nguyễn Văn A"), "officer")).id();
        int completed = 0;
        while (true) {
            List<TaskView> open = engine.tasks(new TaskFilter(null, null, null, null, id, 10));
            if (open.isEmpty()) {
                return completed;
            }
            for (TaskView task : open) {
                engine.complete(task.id(), "officer", Map.of());
                completed++;
            }
            if (completed > ACTIVITIES) {
                throw new IllegalStateException("case " + id + " went beyond " + ACTIVITIES + " tasks");
            }
        }
    }
}
