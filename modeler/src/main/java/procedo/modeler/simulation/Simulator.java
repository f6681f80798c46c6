package procedo.modeler.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Text;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.simulation.SimulationParameters.EventParameters;
import procedo.modeler.simulation.SimulationParameters.RoleParameters;
import procedo.modeler.simulation.SimulationParameters.TaskParameters;

/**
 * One run of cases through a model: a discrete-event simulation on one thread, its future events on a heap of
 * primitives ({@link EventQueue}), its cases, tokens and task instances in arrays. Tasks wait in their role's queue
 * (first come, first served) for one of its staff and take their duration in the role's working hours; waits of
 * events count in office hours. Every run is bounded: at most {@link #MAX_EVENTS} events, and
 * {@link #MAX_STEPS_PER_CASE} steps of one case; a case left waiting at a join when nothing else can happen is a
 * deadlock. Any of these refuses the run, naming the element.
 */
final class Simulator {

    static final long MAX_EVENTS = 30_000_000L;
    static final int MAX_STEPS_PER_CASE = 10_000;

    private static final int ARRIVAL = 0;
    private static final int TASK_DONE = 1;
    private static final int WAIT_DONE = 2;
    private static final int BOUNDARY_FIRES = 3;

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int CANCELLED = 3;

    private final ProcessGraph graph;
    private final SimulationParameters parameters;
    private final int nodes;
    private final int[] kind;
    private final int[] scope;
    private final int[][] out;
    private final int[] flowTarget;
    private final double[] flowProbability;
    private final int[] taskRole;
    private final boolean[] automated;
    private final Distribution.Sampler[] duration;
    private final Distribution.Sampler[] wait;
    private final double[] boundaryProbability;
    private final double[] applicantHours;
    private final int[] visits;
    private final BigDecimal[] outOfPocket;
    private final int[] joinIndex;
    private final int[] pairedJoin;
    private final int[] subIndex;
    private final int joins;
    private final int subprocesses;

    private final int roleCount;
    private final String[] roleIds;
    private final int[] staff;
    private final BigDecimal[] costPerHour;
    private final WorkingTime[] roleTime;
    private final WorkingTime office;
    private final WorkingDays days;

    private final SplittableRandom arrivalRandom;
    private final SplittableRandom durationRandom;
    private final SplittableRandom branchRandom;
    private final SplittableRandom waitRandom;

    private final EventQueue queue = new EventQueue();
    private final int caseLimit;
    private final int warmup;
    private final double horizonWork;
    private final double arrivalGap;
    private final boolean poisson;
    private double arrivalWork;

    private double now;
    private long events;
    private int arrived;
    private int finishedCount;
    private double measureStart = Double.NaN;

    private double[] caseArrival = new double[256];
    private double[] caseEnd = new double[256];
    private int[] caseLive = new int[256];
    private int[] caseSteps = new int[256];
    private double[] caseWork = new double[256];
    private int[] subLive = new int[0];
    private int[] joinArrived = new int[0];
    private int[] joinNeeded = new int[0];

    private int[] instCase = new int[1024];
    private int[] instNode = new int[1024];
    private int[] instState = new int[1024];
    private double[] instQueued = new double[1024];
    private double[] instStart = new double[1024];
    private double[] instHours = new double[1024];
    private int instances;

    private final int[] free;
    private final int[][] waiting;
    private final int[] waitingHead;
    private final int[] waitingTail;
    private final int[] waitingCount;
    private final int[] maxQueue;
    private final double[] queueArea;
    private final double[] queueChanged;
    private final double[] roleHours;

    private final long[] executions;
    private final double[] taskHours;
    private final double[] taskWait;
    private final double[] taskQueued;
    private double applicantTotalHours;
    private long applicantTotalVisits;
    private BigDecimal applicantTotalMoney = BigDecimal.ZERO;

    private int[] stack = new int[64];
    private int sp;

    Simulator(ProcessGraph graph, SimulationParameters p, HolidayCalendar calendar) {
        this.graph = graph;
        this.parameters = p;
        nodes = graph.size();
        kind = new int[nodes];
        scope = new int[nodes];
        out = graph.outgoing;
        for (int i = 0; i < nodes; i++) {
            kind[i] = graph.kind(i);
            scope[i] = graph.scopes.get(i);
        }
        flowTarget = graph.flowTarget.stream().mapToInt(Integer::intValue).toArray();
        flowProbability = new double[graph.flows()];
        for (int f = 0; f < flowProbability.length; f++) {
            Double probability = p.branches().get(graph.flowIds.get(f));
            flowProbability[f] = probability == null ? 1 : probability;
        }
        days = new WorkingDays(calendar, p.run().startDate());
        office = new WorkingTime(days, p.run().officeHours());
        roleIds = p.roles().keySet().toArray(String[]::new);
        roleCount = roleIds.length;
        staff = new int[roleCount];
        costPerHour = new BigDecimal[roleCount];
        roleTime = new WorkingTime[roleCount];
        for (int r = 0; r < roleCount; r++) {
            RoleParameters role = p.roles().get(roleIds[r]);
            staff[r] = role.count();
            costPerHour[r] = role.costPerHour();
            roleTime[r] = role.hours().equals(p.run().officeHours()) ? office : new WorkingTime(days, role.hours());
        }
        taskRole = new int[nodes];
        automated = new boolean[nodes];
        duration = new Distribution.Sampler[nodes];
        wait = new Distribution.Sampler[nodes];
        boundaryProbability = new double[nodes];
        applicantHours = new double[nodes];
        visits = new int[nodes];
        outOfPocket = new BigDecimal[nodes];
        joinIndex = new int[nodes];
        pairedJoin = new int[nodes];
        subIndex = new int[nodes];
        int joinCount = 0;
        int subCount = 0;
        for (int i = 0; i < nodes; i++) {
            String id = graph.ids.get(i);
            taskRole[i] = -1;
            joinIndex[i] = -1;
            pairedJoin[i] = -1;
            subIndex[i] = -1;
            if (kind[i] == ProcessGraph.TASK) {
                automated[i] = graph.isAutomated(i);
                TaskParameters task = p.tasks().get(id);
                duration[i] = task.duration().sampler();
                taskRole[i] = task.role() == null ? -1 : Arrays.asList(roleIds).indexOf(task.role());
                if (graph.isApplicant(i) || SimulationDefaults.applicantRole(graph, task.role())) {
                    applicantHours[i] = task.applicantHours() == null ? 0 : task.applicantHours();
                    visits[i] = task.visits() == null ? 0 : task.visits();
                    outOfPocket[i] = task.outOfPocket() == null ? BigDecimal.ZERO : task.outOfPocket();
                }
            } else if (kind[i] == ProcessGraph.CATCH || kind[i] == ProcessGraph.BOUNDARY) {
                EventParameters event = p.events().get(id);
                wait[i] = event.delay().sampler();
                boundaryProbability[i] = event.probability() == null ? 1 : event.probability();
            } else if ((kind[i] == ProcessGraph.PARALLEL || kind[i] == ProcessGraph.INCLUSIVE)
                    && graph.incomingCount[i] > 1) {
                joinIndex[i] = joinCount++;
            } else if (kind[i] == ProcessGraph.SUBPROCESS) {
                subIndex[i] = subCount++;
            }
        }
        joins = joinCount;
        subprocesses = subCount;
        subLive = new int[caseArrival.length * subprocesses];
        joinArrived = new int[caseArrival.length * joins];
        joinNeeded = new int[caseArrival.length * joins];
        for (int i = 0; i < nodes; i++) {
            if (kind[i] == ProcessGraph.INCLUSIVE && out[i].length > 1) {
                for (int next : graph.downstream(i)) {
                    if (kind[next] == ProcessGraph.INCLUSIVE && joinIndex[next] >= 0) {
                        pairedJoin[i] = next;
                        break;
                    }
                }
            }
        }
        free = staff.clone();
        waiting = new int[roleCount][16];
        waitingHead = new int[roleCount];
        waitingTail = new int[roleCount];
        waitingCount = new int[roleCount];
        maxQueue = new int[roleCount];
        queueArea = new double[roleCount];
        queueChanged = new double[roleCount];
        roleHours = new double[roleCount];
        executions = new long[nodes];
        taskHours = new double[nodes];
        taskWait = new double[nodes];
        taskQueued = new double[nodes];

        SplittableRandom root = new SplittableRandom(p.run().seed());
        arrivalRandom = root.split();
        durationRandom = root.split();
        branchRandom = root.split();
        waitRandom = root.split();
        caseLimit = p.run().cases();
        warmup = p.run().warmupCases();
        horizonWork = p.run().horizonDays() == null ? Double.POSITIVE_INFINITY
                : p.run().horizonDays() * office.hoursPerDay();
        arrivalGap = office.hoursPerDay() / p.arrivals().casesPerDay();
        poisson = p.arrivals().kind() == SimulationParameters.ArrivalKind.POISSON;
    }

    SimulationResult run() {
        try {
            return simulate();
        } catch (WorkingTime.BeyondCalendarException e) {
            throw refusal(-1, Text.of("modeler.simulation.tooLong", WorkingTime.MAX_DAYS));
        }
    }

    private SimulationResult simulate() {
        scheduleArrival();
        while (!queue.isEmpty()) {
            if (++events > MAX_EVENTS) {
                throw refusal(-1, Text.of("modeler.simulation.tooManyEvents", MAX_EVENTS));
            }
            queue.poll();
            now = queue.topTime;
            switch (queue.topKind) {
                case ARRIVAL -> arrive(queue.topFirst);
                case TASK_DONE -> taskDone(queue.topFirst);
                case WAIT_DONE -> {
                    if (Double.isNaN(caseEnd[queue.topFirst])) {
                        follow(queue.topFirst, queue.topSecond);
                    }
                }
                default -> boundaryFires(queue.topFirst, queue.topSecond);
            }
        }
        for (int c = 0; c < arrived; c++) {
            if (Double.isNaN(caseEnd[c])) {
                throw refusal(stuckJoin(c), Text.of("modeler.simulation.deadlock", label(stuckJoin(c))));
            }
        }
        return result();
    }

    private void scheduleArrival() {
        if (arrived >= caseLimit) {
            return;
        }
        double gap = poisson ? -arrivalGap * Math.log(1 - arrivalRandom.nextDouble()) : arrivalGap;
        double position = arrived == 0 && !poisson ? 1e-9 : arrivalWork + gap;
        if (position >= horizonWork) {
            return;
        }
        arrivalWork = position;
        queue.add(office.at(position), ARRIVAL, arrived, 0);
        arrived++;
    }

    private void arrive(int c) {
        growCases(c + 1);
        caseArrival[c] = now;
        caseEnd[c] = Double.NaN;
        if (c == warmup) {
            measureStart = now;
            for (int r = 0; r < roleCount; r++) {
                queueChanged[r] = now;
            }
        }
        scheduleArrival();
        List<Integer> starts = graph.caseStarts;
        caseLive[c] = starts.size();
        for (int start : starts) {
            enter(c, start);
        }
    }

    private boolean measured(int c) {
        return c >= warmup;
    }

    /** A token of case {@code c} arrives at {@code node}, and moves on until it has to wait. */
    private void enter(int c, int node) {
        int base = sp;
        push(node);
        while (sp > base) {
            int at = stack[--sp];
            if (!Double.isNaN(caseEnd[c])) {
                sp = base;
                return;
            }
            if (++caseSteps[c] > MAX_STEPS_PER_CASE) {
                throw refusal(at, Text.of("modeler.simulation.loop", label(at), MAX_STEPS_PER_CASE));
            }
            int[] next = out[at];
            switch (kind[at]) {
                case ProcessGraph.END -> {
                    messages(c, at);
                    tokenEnds(c, scope[at]);
                    continue;
                }
                case ProcessGraph.TERMINATE -> {
                    if (scope[at] < 0) {
                        finish(c);
                        sp = base;
                        return;
                    }
                    tokenEnds(c, scope[at]);
                    continue;
                }
                case ProcessGraph.TASK -> {
                    startTask(c, at);
                    continue;
                }
                case ProcessGraph.CATCH -> {
                    queue.add(office.advance(now, wait[at].draw(waitRandom)), WAIT_DONE, c, at);
                    continue;
                }
                case ProcessGraph.SUBPROCESS -> {
                    int inner = graph.innerStart[at];
                    if (inner >= 0) {
                        subLive[c * subprocesses + subIndex[at]] = 1;
                        push(inner);
                        continue;
                    }
                }
                case ProcessGraph.PARALLEL, ProcessGraph.INCLUSIVE -> {
                    int join = joinIndex[at];
                    if (join >= 0) {
                        int slot = c * joins + join;
                        int needed = kind[at] == ProcessGraph.INCLUSIVE && joinNeeded[slot] > 0 ? joinNeeded[slot]
                                : graph.incomingCount[at];
                        if (++joinArrived[slot] < needed) {
                            live(c, scope[at], -1);
                            continue;
                        }
                        joinArrived[slot] = 0;
                        joinNeeded[slot] = 0;
                    }
                    if (kind[at] == ProcessGraph.INCLUSIVE && next.length > 1) {
                        inclusive(c, at, next);
                        continue;
                    }
                }
                case ProcessGraph.EXCLUSIVE, ProcessGraph.EVENT_BASED -> {
                    if (next.length > 1) {
                        push(flowTarget[choose(next)]);
                        continue;
                    }
                }
                default -> {
                }
            }
            messages(c, at);
            if (next.length == 0) {
                tokenEnds(c, scope[at]);
                continue;
            }
            live(c, scope[at], next.length - 1);
            for (int i = next.length - 1; i >= 0; i--) {
                push(flowTarget[next[i]]);
            }
        }
    }

    private void push(int node) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[sp++] = node;
    }

    private void inclusive(int c, int at, int[] next) {
        int taken = 0;
        int best = next[0];
        for (int flow : next) {
            if (flowProbability[flow] > flowProbability[best]) {
                best = flow;
            }
            if (branchRandom.nextDouble() < flowProbability[flow]) {
                push(flowTarget[flow]);
                taken++;
            }
        }
        if (taken == 0) {
            push(flowTarget[best]);
            taken = 1;
        }
        live(c, scope[at], taken - 1);
        if (pairedJoin[at] >= 0) {
            joinNeeded[c * joins + joinIndex[pairedJoin[at]]] = taken;
        }
    }

    private int choose(int[] flows) {
        double u = branchRandom.nextDouble();
        double sum = 0;
        for (int flow : flows) {
            sum += flowProbability[flow];
            if (u < sum) {
                return flow;
            }
        }
        for (int i = flows.length - 1; i >= 0; i--) {
            if (flowProbability[flows[i]] > 0) {
                return flows[i];
            }
        }
        return flows[flows.length - 1];
    }

    private void messages(int c, int node) {
        if (graph.messageStarts.isEmpty()) {
            return;
        }
        List<Integer> starts = graph.messageStarts.get(node);
        if (starts != null) {
            for (int start : starts) {
                caseLive[c]++;
                enter(c, start);
            }
        }
    }

    private void live(int c, int inScope, int change) {
        if (inScope < 0) {
            caseLive[c] += change;
        } else {
            subLive[c * subprocesses + subIndex[inScope]] += change;
        }
    }

    private void tokenEnds(int c, int inScope) {
        if (inScope < 0) {
            if (--caseLive[c] == 0) {
                finish(c);
            }
            return;
        }
        if (--subLive[c * subprocesses + subIndex[inScope]] == 0) {
            follow(c, inScope);
        }
    }

    /** The token at {@code node} (a task, an event or a sub-process that is done) leaves it. */
    private void follow(int c, int node) {
        int[] next = out[node];
        messages(c, node);
        if (next.length == 0) {
            tokenEnds(c, scope[node]);
            return;
        }
        live(c, scope[node], next.length - 1);
        for (int flow : next) {
            enter(c, flowTarget[flow]);
        }
    }

    private void finish(int c) {
        caseEnd[c] = now;
        finishedCount++;
    }

    private void startTask(int c, int node) {
        int inst = newInstance(c, node);
        for (int boundary : graph.boundaries[node]) {
            if (boundaryProbability[boundary] > 0 && branchRandom.nextDouble() < boundaryProbability[boundary]) {
                queue.add(office.advance(now, wait[boundary].draw(waitRandom)), BOUNDARY_FIRES, inst, boundary);
            }
        }
        int role = taskRole[node];
        if (role < 0 || staff[role] <= 0 || automated[node]) {
            begin(inst, office);
        } else if (free[role] > 0) {
            free[role]--;
            begin(inst, roleTime[role]);
        } else {
            enqueue(role, inst);
        }
    }

    private void begin(int inst, WorkingTime time) {
        int node = instNode[inst];
        instState[inst] = RUNNING;
        instStart[inst] = now;
        double hours = duration[node].draw(durationRandom);
        instHours[inst] = hours;
        queue.add(time.advance(now, hours), TASK_DONE, inst, 0);
    }

    private void taskDone(int inst) {
        if (instState[inst] != RUNNING) {
            return;
        }
        instState[inst] = DONE;
        int node = instNode[inst];
        int c = instCase[inst];
        account(inst, instHours[inst]);
        release(taskRole[node], node);
        if (Double.isNaN(caseEnd[c])) {
            follow(c, node);
        }
    }

    private void account(int inst, double hours) {
        int node = instNode[inst];
        int c = instCase[inst];
        int role = taskRole[node];
        caseWork[c] += hours;
        if (!measured(c)) {
            return;
        }
        executions[node]++;
        taskHours[node] += hours;
        taskWait[node] += office.worked(instStart[inst]) - office.worked(instQueued[inst]);
        taskQueued[node] += instStart[inst] - instQueued[inst];
        if (role >= 0 && staff[role] > 0 && !automated[node]) {
            roleHours[role] += hours;
        }
        if (outOfPocket[node] != null) {
            applicantTotalHours += applicantHours[node];
            applicantTotalVisits += visits[node];
            if (outOfPocket[node].signum() != 0) {
                applicantTotalMoney = applicantTotalMoney.add(outOfPocket[node]);
            }
        }
    }

    private void release(int role, int node) {
        if (role < 0 || staff[role] <= 0 || automated[node]) {
            return;
        }
        while (waitingCount[role] > 0) {
            int next = dequeue(role);
            if (instState[next] == QUEUED) {
                begin(next, roleTime[role]);
                return;
            }
        }
        free[role]++;
    }

    private void boundaryFires(int inst, int boundary) {
        int state = instState[inst];
        int c = instCase[inst];
        if (state == DONE || state == CANCELLED || !Double.isNaN(caseEnd[c])) {
            return;
        }
        if (graph.interrupting.get(boundary)) {
            int node = instNode[inst];
            int role = taskRole[node];
            instState[inst] = CANCELLED;
            if (state == RUNNING) {
                WorkingTime time = role >= 0 && staff[role] > 0 ? roleTime[role] : office;
                account(inst, time.worked(now) - time.worked(instStart[inst]));
                release(role, node);
            } else {
                queueLength(role, -1);
            }
        } else {
            live(c, scope[boundary], 1);
        }
        follow(c, boundary);
    }

    private int newInstance(int c, int node) {
        if (instances == instCase.length) {
            int grown = instances * 2;
            instCase = Arrays.copyOf(instCase, grown);
            instNode = Arrays.copyOf(instNode, grown);
            instState = Arrays.copyOf(instState, grown);
            instQueued = Arrays.copyOf(instQueued, grown);
            instStart = Arrays.copyOf(instStart, grown);
            instHours = Arrays.copyOf(instHours, grown);
        }
        int inst = instances++;
        instCase[inst] = c;
        instNode[inst] = node;
        instState[inst] = QUEUED;
        instQueued[inst] = now;
        return inst;
    }

    private void enqueue(int role, int inst) {
        int[] ring = waiting[role];
        int size = waitingTail[role] - waitingHead[role];
        if (size == ring.length) {
            int[] grown = new int[ring.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = ring[(waitingHead[role] + i) % ring.length];
            }
            waiting[role] = grown;
            waitingHead[role] = 0;
            waitingTail[role] = size;
            ring = grown;
        }
        ring[waitingTail[role] % ring.length] = inst;
        waitingTail[role]++;
        waitingCount[role]++;
        queueLength(role, 1);
    }

    private int dequeue(int role) {
        int[] ring = waiting[role];
        int inst = ring[waitingHead[role] % ring.length];
        waitingHead[role]++;
        waitingCount[role]--;
        if (instState[inst] == QUEUED) {
            queueLength(role, -1);
        }
        return inst;
    }

    /** Tasks waiting for a role, time-weighted over the measured period. */
    private int[] queued = null;

    private void queueLength(int role, int change) {
        if (queued == null) {
            queued = new int[roleCount];
        }
        if (!Double.isNaN(measureStart)) {
            queueArea[role] += queued[role] * (now - Math.max(queueChanged[role], measureStart));
            queueChanged[role] = now;
        }
        queued[role] += change;
        if (!Double.isNaN(measureStart)) {
            maxQueue[role] = Math.max(maxQueue[role], queued[role]);
        }
    }

    private void growCases(int size) {
        if (size <= caseArrival.length) {
            return;
        }
        int grown = Math.max(size, caseArrival.length * 2);
        caseArrival = Arrays.copyOf(caseArrival, grown);
        caseEnd = Arrays.copyOf(caseEnd, grown);
        caseLive = Arrays.copyOf(caseLive, grown);
        caseSteps = Arrays.copyOf(caseSteps, grown);
        caseWork = Arrays.copyOf(caseWork, grown);
        subLive = Arrays.copyOf(subLive, grown * subprocesses);
        joinArrived = Arrays.copyOf(joinArrived, grown * joins);
        joinNeeded = Arrays.copyOf(joinNeeded, grown * joins);
    }

    private int stuckJoin(int c) {
        for (int i = 0; i < nodes; i++) {
            if (joinIndex[i] >= 0 && joinArrived[c * joins + joinIndex[i]] > 0) {
                return i;
            }
        }
        return -1;
    }

    private String label(int node) {
        return node < 0 ? "" : graph.label(node);
    }

    private InvalidInputException refusal(int node, Text text) {
        String where = node < 0 ? "model" : graph.ids.get(node);
        return new InvalidInputException(List.of(node < 0 ? new Problem(where, text)
                : new Problem(where, text, Text.verbatim(graph.label(node)))));
    }

    private SimulationResult result() {
        int measured = arrived - warmup;
        double perDay = office.hoursPerDay();
        double[] cycle = new double[Math.max(measured, 0)];
        double sumCycle = 0;
        double sumWork = 0;
        double sumWait = 0;
        double lastEnd = 0;
        for (int c = warmup; c < arrived; c++) {
            double days = (office.worked(caseEnd[c]) - office.worked(caseArrival[c])) / perDay;
            cycle[c - warmup] = days;
            sumCycle += days;
            sumWork += caseWork[c] / perDay;
            sumWait += Math.max(0, days - caseWork[c] / perDay);
            lastEnd = Math.max(lastEnd, caseEnd[c]);
        }
        Arrays.sort(cycle);
        double end = Math.max(lastEnd, now);
        double periodDays = Double.isNaN(measureStart) ? 0
                : (office.worked(end) - office.worked(measureStart)) / perDay;
        double n = Math.max(measured, 1);
        SimulationResult.CycleTime cycleTime = new SimulationResult.CycleTime(sumCycle / n, rank(cycle, 0.50),
                rank(cycle, 0.90), rank(cycle, 0.95), histogram(cycle));
        double span = Double.isNaN(measureStart) ? 0 : end - measureStart;
        double[] available = new double[roleCount];
        for (int r = 0; r < roleCount; r++) {
            available[r] = Double.isNaN(measureStart) ? 0
                    : staff[r] * (roleTime[r].worked(end) - roleTime[r].worked(measureStart));
        }
        List<SimulationResult.TaskFigures> tasks = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            if (kind[i] == ProcessGraph.TASK) {
                long done = executions[i];
                int role = taskRole[i];
                boolean staffed = role >= 0 && !automated[i] && available[role] > 0;
                tasks.add(new SimulationResult.TaskFigures(graph.ids.get(i), graph.label(i),
                        role >= 0 ? roleIds[role] : parameters.tasks().get(graph.ids.get(i)).role(),
                        done, done / n, done == 0 ? 0 : taskHours[i] / done, done == 0 ? 0 : taskWait[i] / done,
                        staffed ? taskHours[i] / available[role] : 0, span <= 0 ? 0 : taskQueued[i] / span));
            }
        }
        List<SimulationResult.RoleFigures> roles = new ArrayList<>();
        BigDecimal agency = BigDecimal.ZERO;
        for (int r = 0; r < roleCount; r++) {
            if (queued != null && !Double.isNaN(measureStart)) {
                queueArea[r] += queued[r] * (end - Math.max(queueChanged[r], measureStart));
            }
            BigDecimal cost = money(BigDecimal.valueOf(roleHours[r]).multiply(costPerHour[r])
                    .divide(BigDecimal.valueOf((long) n), 6, RoundingMode.HALF_UP));
            agency = agency.add(cost);
            roles.add(new SimulationResult.RoleFigures(roleIds[r], SimulationDefaults.roleName(graph, roleIds[r]),
                    staff[r], available[r] <= 0 ? 0 : roleHours[r] / available[r], span <= 0 ? 0 : queueArea[r] / span,
                    maxQueue[r], cost));
        }
        SimulationResult.ApplicantBurden applicant = new SimulationResult.ApplicantBurden(applicantTotalHours / n,
                applicantTotalVisits / n, money(applicantTotalMoney.divide(BigDecimal.valueOf((long) n), 6,
                RoundingMode.HALF_UP)));
        return new SimulationResult(arrived, measured, events, parameters.run().startDate(),
                days.date((int) Math.floor(end / 24)), cycleTime, sumWork / n, sumWait / n,
                periodDays <= 0 ? 0 : measured / periodDays, agency, applicant, tasks, roles, parameters);
    }

    /** The most buckets a histogram of cycle times has. */
    static final int BUCKETS = 12;

    /** Sorted cycle times counted in buckets of a round width (1, 2 or 5 times a power of ten) from zero. */
    static List<SimulationResult.Bucket> histogram(double[] sorted) {
        if (sorted.length == 0) {
            return List.of();
        }
        double longest = sorted[sorted.length - 1];
        double width = roundWidth(longest / BUCKETS);
        int count = Math.max(1, (int) Math.min(BUCKETS, Math.floor(longest / width) + 1));
        int[] cases = new int[count];
        for (double days : sorted) {
            cases[(int) Math.min(count - 1, Math.floor(days / width))]++;
        }
        List<SimulationResult.Bucket> buckets = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            buckets.add(new SimulationResult.Bucket(b * width, (b + 1) * width, cases[b]));
        }
        return buckets;
    }

    private static double roundWidth(double least) {
        if (!(least > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(least)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= least) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    private static double rank(double[] sorted, double share) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
