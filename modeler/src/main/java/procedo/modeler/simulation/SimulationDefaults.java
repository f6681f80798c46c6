package procedo.modeler.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Text;
import procedo.modeler.simulation.SimulationParameters.Arrivals;
import procedo.modeler.simulation.SimulationParameters.ArrivalKind;
import procedo.modeler.simulation.SimulationParameters.EventParameters;
import procedo.modeler.simulation.SimulationParameters.RoleParameters;
import procedo.modeler.simulation.SimulationParameters.RunSettings;
import procedo.modeler.simulation.SimulationParameters.TaskParameters;

/**
 * The defaults that make any model simulate, and the checks of a run's parameters. Defaults:
 * <ul>
 *   <li>arrivals: Poisson, {@value #CASES_PER_DAY} cases per working day;</li>
 *   <li>run: {@value #CASES} cases, the first tenth as warm-up, seed 1, from Monday 5 January 2026, office hours
 *       08:00–12:00 and 13:00–17:00 on the working days of the holiday calendar;</li>
 *   <li>a task: performed by its lane (else its pool); triangular 0.25 / 0.5 / 1 hour; an automated task (service,
 *       script, send, business rule) takes no time and no one; a task of the applicant's lane takes no staff, and its
 *       applicant hours are its mean duration, one visit in person for a manual task, no out-of-pocket cost;</li>
 *   <li>a role: {@value #STAFF} people in office hours at {@link #COST_PER_HOUR} VND an hour;</li>
 *   <li>branches: the probability left by the given ones shared equally (each branch of an inclusive gateway 0.5);</li>
 *   <li>an intermediate event: its timer's duration (a day = 8 hours of office time), else no wait; a boundary event:
 *       a timer happens after its duration, anything else never happens.</li>
 * </ul>
 */
public final class SimulationDefaults {

    public static final int CASES = 1000;
    public static final int MAX_CASES = 200_000;
    public static final double CASES_PER_DAY = 10;
    public static final int STAFF = 2;
    public static final BigDecimal COST_PER_HOUR = new BigDecimal("60000");
    public static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final double TOLERANCE = 1e-6;

    private SimulationDefaults() {
    }

    /** Every parameter of {@code graph}'s run: the given ones, the rest from the defaults; checked. */
    static SimulationParameters resolve(ProcessGraph graph, SimulationParameters given) {
        List<Problem> problems = new ArrayList<>();
        unknownElements(graph, given, problems);
        RunSettings run = given.run() == null ? new RunSettings(null, null, null, null, null, null) : given.run();
        int cases = run.cases() != null ? run.cases() : run.horizonDays() != null ? MAX_CASES : CASES;
        run = new RunSettings(cases, run.horizonDays(), run.warmupCases() != null ? run.warmupCases()
                : run.cases() != null || run.horizonDays() == null ? cases / 10 : 0,
                run.seed() != null ? run.seed() : 1L, run.startDate() != null ? run.startDate() : START,
                run.officeHours() != null ? run.officeHours() : WorkingHours.OFFICE);
        Arrivals arrivals = new Arrivals(ArrivalKind.POISSON, CASES_PER_DAY);
        arrivals = given.arrivals() == null ? arrivals : given.arrivals().over(arrivals);

        TreeMap<String, TaskParameters> tasks = new TreeMap<>();
        TreeMap<String, RoleParameters> roles = new TreeMap<>();
        for (int node = 0; node < graph.size(); node++) {
            if (graph.kind(node) != ProcessGraph.TASK) {
                continue;
            }
            String id = graph.ids.get(node);
            TaskParameters task = given.tasks().get(id);
            task = task == null ? defaultTask(graph, node) : task.over(defaultTask(graph, node));
            if (graph.isApplicant(node) && task.applicantHours() == null && task.duration().problem() == null) {
                task = new TaskParameters(task.duration(), task.role(), task.duration().expected(), task.visits(),
                        task.outOfPocket());
            }
            tasks.put(id, task);
            if (!graph.isAutomated(node) && !applicantRole(graph, task.role()) && task.role() != null) {
                RoleParameters role = given.roles().get(task.role());
                RoleParameters base = new RoleParameters(STAFF, run.officeHours(), COST_PER_HOUR);
                roles.put(task.role(), role == null ? base : role.over(base));
            }
        }
        TreeMap<String, Double> branches = new TreeMap<>(given.branches());
        for (int node = 0; node < graph.size(); node++) {
            int kind = graph.kind(node);
            int[] out = graph.outgoing[node];
            if (out.length < 2 || kind != ProcessGraph.EXCLUSIVE && kind != ProcessGraph.EVENT_BASED
                    && kind != ProcessGraph.INCLUSIVE) {
                continue;
            }
            double left = 1;
            int open = 0;
            for (int flow : out) {
                Double p = branches.get(graph.flowIds.get(flow));
                if (p == null) {
                    open++;
                } else {
                    left -= p;
                }
            }
            for (int flow : out) {
                branches.putIfAbsent(graph.flowIds.get(flow), kind == ProcessGraph.INCLUSIVE ? 0.5
                        : Math.max(0, left) / open);
            }
        }
        TreeMap<String, EventParameters> events = new TreeMap<>();
        for (int node = 0; node < graph.size(); node++) {
            int kind = graph.kind(node);
            if (kind != ProcessGraph.CATCH && kind != ProcessGraph.BOUNDARY) {
                continue;
            }
            double timer = graph.timerHours.get(node);
            EventParameters base = new EventParameters(Distribution.fixed(Double.isNaN(timer) ? 0 : timer),
                    kind == ProcessGraph.BOUNDARY ? (Double.isNaN(timer) ? 0.0 : 1.0) : null);
            EventParameters event = given.events().get(graph.ids.get(node));
            if (event != null && event.delay() != null && event.probability() == null
                    && kind == ProcessGraph.BOUNDARY) {
                event = new EventParameters(event.delay(), 1.0);
            }
            events.put(graph.ids.get(node), event == null ? base : event.over(base));
        }
        SimulationParameters resolved = new SimulationParameters(arrivals, run, tasks, roles, branches, events);
        check(graph, resolved, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return resolved;
    }

    private static TaskParameters defaultTask(ProcessGraph graph, int node) {
        int role = graph.roleOf.get(node);
        String roleId = role < 0 ? null : graph.roles.get(role).id();
        if (graph.isAutomated(node)) {
            return new TaskParameters(Distribution.fixed(0), roleId, null, null, null);
        }
        Distribution duration = Distribution.triangular(0.25, 0.5, 1);
        if (graph.isApplicant(node)) {
            return new TaskParameters(duration, roleId, null, "manualTask".equals(graph.types.get(node)) ? 1 : 0,
                    BigDecimal.ZERO);
        }
        return new TaskParameters(duration, roleId, null, null, null);
    }

    static boolean applicantRole(ProcessGraph graph, String role) {
        Integer index = role == null ? null : graph.roleIndex.get(role);
        return index != null && graph.roles.get(index).applicant();
    }

    private static void unknownElements(ProcessGraph graph, SimulationParameters given, List<Problem> problems) {
        given.tasks().keySet().stream().filter(id -> !isKind(graph, id, ProcessGraph.TASK)).forEach(id ->
                problems.add(new Problem("parameters.tasks." + id, Text.of("modeler.simulation.notTask", id))));
        given.events().keySet().stream().filter(id -> !isKind(graph, id, ProcessGraph.CATCH)
                && !isKind(graph, id, ProcessGraph.BOUNDARY)).forEach(id ->
                problems.add(new Problem("parameters.events." + id, Text.of("modeler.simulation.notEvent", id))));
        for (String id : given.branches().keySet()) {
            Integer flow = graph.flowIndex.get(id);
            int source = flow == null ? -1 : graph.flowSource.get(flow);
            if (source < 0 || graph.outgoing[source].length < 2) {
                problems.add(new Problem("parameters.branches." + id, Text.of("modeler.simulation.notBranch", id)));
            }
        }
        given.roles().keySet().stream().filter(id -> !graph.roleIndex.containsKey(id)).forEach(id ->
                problems.add(new Problem("parameters.roles." + id, Text.of("modeler.simulation.notRole", id))));
    }

    private static boolean isKind(ProcessGraph graph, String id, int kind) {
        Integer node = graph.nodeIndex.get(id);
        return node != null && graph.kind(node) == kind;
    }

    private static void check(ProcessGraph graph, SimulationParameters p, List<Problem> problems) {
        RunSettings run = p.run();
        if (graph.caseStarts.isEmpty()) {
            problems.add(new Problem("model", Text.of("modeler.simulation.noStart")));
        }
        if (run.cases() < 1 || run.cases() > MAX_CASES) {
            problems.add(new Problem("cases", Text.of("modeler.simulation.cases", MAX_CASES)));
        }
        if (run.warmupCases() < 0 || run.warmupCases() >= run.cases()) {
            problems.add(new Problem("parameters.run.warmupCases", Text.of("modeler.simulation.warmup")));
        }
        if (run.horizonDays() != null && run.horizonDays() < 1) {
            problems.add(new Problem("parameters.run.horizonDays", Text.of("modeler.simulation.horizon")));
        }
        Double rate = p.arrivals().casesPerDay();
        if (rate == null || !(rate > 0) || rate.isInfinite() || p.arrivals().kind() == null) {
            problems.add(new Problem("parameters.arrivals.casesPerDay", Text.of("modeler.simulation.arrivals")));
        }
        for (Map.Entry<String, TaskParameters> entry : p.tasks().entrySet()) {
            int node = graph.nodeIndex.get(entry.getKey());
            Text label = Text.verbatim(graph.label(node));
            TaskParameters task = entry.getValue();
            String where = "parameters.tasks." + entry.getKey();
            String problem = task.duration() == null ? "missing" : task.duration().problem();
            if (problem != null) {
                problems.add(new Problem(where + ".duration", Text.of("modeler.simulation.duration." + problem,
                        graph.label(node)), label));
            }
            if (task.role() != null && !graph.roleIndex.containsKey(task.role())) {
                problems.add(new Problem(where + ".role", Text.of("modeler.simulation.unknownRole",
                        graph.label(node), task.role()), label));
            } else if (task.role() != null && !graph.isAutomated(node) && !applicantRole(graph, task.role())) {
                RoleParameters role = p.roles().get(task.role());
                if (role.count() == null || role.count() < 1) {
                    problems.add(new Problem("parameters.roles." + task.role() + ".count",
                            Text.of("modeler.simulation.noStaff", roleName(graph, task.role()), graph.label(node)),
                            Text.verbatim(roleName(graph, task.role()))));
                }
            }
            if (task.applicantHours() != null && !(task.applicantHours() >= 0)
                    || task.visits() != null && task.visits() < 0
                    || task.outOfPocket() != null && task.outOfPocket().signum() < 0) {
                problems.add(new Problem(where, Text.of("modeler.simulation.applicantNegative", graph.label(node)),
                        label));
            }
        }
        for (Map.Entry<String, RoleParameters> entry : p.roles().entrySet()) {
            RoleParameters role = entry.getValue();
            if (role.costPerHour() == null || role.costPerHour().signum() < 0 || role.hours() == null) {
                problems.add(new Problem("parameters.roles." + entry.getKey() + ".costPerHour",
                        Text.of("modeler.simulation.cost", roleName(graph, entry.getKey())),
                        Text.verbatim(roleName(graph, entry.getKey()))));
            }
        }
        for (Map.Entry<String, EventParameters> entry : p.events().entrySet()) {
            int node = graph.nodeIndex.get(entry.getKey());
            EventParameters event = entry.getValue();
            String problem = event.delay() == null ? "missing" : event.delay().problem();
            if (problem != null) {
                problems.add(new Problem("parameters.events." + entry.getKey() + ".delay",
                        Text.of("modeler.simulation.duration." + problem, graph.label(node)),
                        Text.verbatim(graph.label(node))));
            }
            if (event.probability() != null && !(event.probability() >= 0 && event.probability() <= 1)) {
                problems.add(new Problem("parameters.events." + entry.getKey() + ".probability",
                        Text.of("modeler.simulation.probability", graph.label(node), event.probability()),
                        Text.verbatim(graph.label(node))));
            }
        }
        checkBranches(graph, p, problems);
        if (problems.isEmpty()) {
            checkEnds(graph, p, problems);
        }
    }

    private static void checkBranches(ProcessGraph graph, SimulationParameters p, List<Problem> problems) {
        for (int node = 0; node < graph.size(); node++) {
            int kind = graph.kind(node);
            int[] out = graph.outgoing[node];
            if (out.length < 2 || kind != ProcessGraph.EXCLUSIVE && kind != ProcessGraph.EVENT_BASED
                    && kind != ProcessGraph.INCLUSIVE) {
                continue;
            }
            double sum = 0;
            double most = 0;
            for (int flow : out) {
                double probability = p.branches().get(graph.flowIds.get(flow));
                if (!(probability >= 0 && probability <= 1)) {
                    problems.add(new Problem("parameters.branches." + graph.flowIds.get(flow),
                            Text.of("modeler.simulation.probability", graph.flowLabel(flow), probability),
                            Text.verbatim(graph.flowLabel(flow))));
                }
                sum += probability;
                most = Math.max(most, probability);
            }
            if (kind != ProcessGraph.INCLUSIVE && Math.abs(sum - 1) > TOLERANCE) {
                problems.add(new Problem(graph.ids.get(node), Text.of("modeler.simulation.branchSum",
                        graph.label(node), sum), Text.verbatim(graph.label(node))));
            } else if (kind == ProcessGraph.INCLUSIVE && most <= 0) {
                problems.add(new Problem(graph.ids.get(node), Text.of("modeler.simulation.inclusiveNone",
                        graph.label(node)), Text.verbatim(graph.label(node))));
            }
        }
    }

    /**
     * From every node a case can reach, some way must lead to an end (through branches that can be taken); else a
     * case would go round for ever.
     */
    private static void checkEnds(ProcessGraph graph, SimulationParameters p, List<Problem> problems) {
        int n = graph.size();
        boolean[] ends = new boolean[n];
        boolean changed = true;
        for (int node = 0; node < n; node++) {
            int kind = graph.kind(node);
            ends[node] = kind == ProcessGraph.END || kind == ProcessGraph.TERMINATE
                    || graph.outgoing[node].length == 0 && kind != ProcessGraph.SUBPROCESS;
        }
        while (changed) {
            changed = false;
            for (int node = 0; node < n; node++) {
                if (ends[node]) {
                    continue;
                }
                for (int flow : graph.outgoing[node]) {
                    Double probability = p.branches().get(graph.flowIds.get(flow));
                    if ((probability == null || probability > 0) && ends[graph.flowTarget.get(flow)]) {
                        ends[node] = true;
                        changed = true;
                        break;
                    }
                }
                if (!ends[node] && graph.kind(node) == ProcessGraph.SUBPROCESS && graph.outgoing[node].length == 0) {
                    ends[node] = true;
                    changed = true;
                }
                for (int boundary : graph.boundaries[node]) {
                    EventParameters event = p.events().get(graph.ids.get(boundary));
                    if (!ends[node] && ends[boundary] && event.probability() != null && event.probability() >= 1
                            && graph.interrupting.get(boundary)) {
                        ends[node] = true;
                        changed = true;
                    }
                }
            }
        }
        boolean[] reached = new boolean[n];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(graph.caseStarts);
        graph.caseStarts.forEach(s -> reached[s] = true);
        graph.messageStarts.values().forEach(list -> list.forEach(s -> {
            reached[s] = true;
            queue.add(s);
        }));
        int trapped = -1;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (!ends[node] && (trapped < 0 || closesAWay(graph, p, node) && !closesAWay(graph, p, trapped))) {
                trapped = node;
            }
            List<Integer> next = new ArrayList<>();
            for (int flow : graph.outgoing[node]) {
                Double probability = p.branches().get(graph.flowIds.get(flow));
                if (probability == null || probability > 0) {
                    next.add(graph.flowTarget.get(flow));
                }
            }
            for (int boundary : graph.boundaries[node]) {
                Double probability = p.events().get(graph.ids.get(boundary)).probability();
                if (probability != null && probability > 0) {
                    next.add(boundary);
                }
            }
            if (graph.kind(node) == ProcessGraph.SUBPROCESS && graph.innerStart[node] >= 0) {
                next.add(graph.innerStart[node]);
            }
            for (int target : next) {
                if (!reached[target]) {
                    reached[target] = true;
                    queue.add(target);
                }
            }
        }
        if (trapped >= 0) {
            problems.add(new Problem(graph.ids.get(trapped), Text.of("modeler.simulation.noEnd",
                    graph.label(trapped)), Text.verbatim(graph.label(trapped))));
        }
    }

    /** Whether a branch leaving {@code node} is never taken: the decision that keeps cases from the end. */
    private static boolean closesAWay(ProcessGraph graph, SimulationParameters p, int node) {
        for (int flow : graph.outgoing[node]) {
            Double probability = p.branches().get(graph.flowIds.get(flow));
            if (probability != null && probability <= 0) {
                return true;
            }
        }
        return false;
    }

    static String roleName(ProcessGraph graph, String role) {
        Integer index = graph.roleIndex.get(role);
        return index == null ? role : graph.roles.get(index).name();
    }
}
