package procedo.engine.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import procedo.engine.DeployRequest;
import procedo.engine.DueDates;
import procedo.engine.EngineSettings;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;
import procedo.engine.WorkflowEngines;
import procedo.engine.calendar.Deadlines;

/**
 * Cases per second through the five-task workflow ({@code five-task.bpmn}: five user tasks in sequence, the
 * review approving), on the bare Camunda engine and through Procedo's {@link WorkflowEngine}, each on its own
 * empty database of the same kind, with the same engine configuration ({@link
 * CamundaWorkflowEngine#configuration}) and the job executor off.
 *
 * <ul>
 *   <li>bare: the model deployed as it is; per case: start by key with the business variables, then five times a
 *       task query by process instance and a complete.</li>
 *   <li>Procedo: {@link WorkflowEngine#deploy}, then per case {@link WorkflowEngine#startCase} with the same
 *       business variables (Procedo adds its case variables and the due date in working days), then five times
 *       {@link WorkflowEngine#tasks} of the case and {@link WorkflowEngine#complete}: with the parse listeners
 *       (task due dates, on-time capture at the end) and the assignee recorded. The escalation of overdue cases is
 *       a sweep over the running cases, not part of a case's own work: no case of the benchmark is overdue.</li>
 * </ul>
 *
 * Each engine first runs a warm-up. The measured cases of each engine are then run in slices, the engines taking
 * turns slice by slice in the order bare, Procedo, Procedo, bare, ... so that both meet the same background load
 * of the machine and the same size of history; an engine's figure is its cases over the sum of its slices' times.
 * The cases of a slice are shared out over the threads, each thread driving its own cases from start to end.
 */
public final class EngineBenchmark {

    /** The procedure code under which the Procedo side deploys the model. */
    public static final String PROCEDURE_CODE = "9.990001";
    static final String MODEL = "/procedo/engine/camunda/five-task.bpmn";
    static final String BARE_KEY = "Process_FiveTask";
    static final String USER = "officer";

    /** The business data of every case, the same on both sides. */
    static final Map<String, Object> DATA = Map.of(
            "applicantName", "Nguyễn Văn A",
            "idNumber", "001190012345",
            "address", "Số 1 Tràng Tiền, phường Hoàn Kiếm, Hà Nội",
            "copies", 2L);

    /**
     * What to run.
     *
     * @param database a name of the kind of database, for the printout
     * @param cases    measured cases per engine
     * @param warmup   warm-up cases per engine, before the measured ones
     * @param threads  threads driving cases at the same time
     * @param slices   turns each engine takes (its measured cases shared out over them)
     */
    public record Options(String database, int cases, int warmup, int threads, int slices) {
        public Options {
            Objects.requireNonNull(database, "database");
            if (cases < 1 || warmup < 0 || threads < 1 || slices < 1) {
                throw new IllegalArgumentException("cases, threads and slices must be at least 1, warm-up at least 0");
            }
            if ((long) threads * slices > cases) {
                throw new IllegalArgumentException("too few cases (" + cases + ") for " + slices + " slices of "
                        + threads + " thread(s)");
            }
        }

        /** The usual run: a tenth of the cases (at most 200) as warm-up, up to 20 slices. */
        public static Options of(String database, int cases, int threads) {
            return new Options(database, cases, Math.min(200, Math.max(10, cases / 10)), threads,
                    Math.max(1, Math.min(20, cases / (threads * 10))));
        }
    }

    /**
     * One engine's figures.
     *
     * @param seconds        the time its measured cases took, all slices together
     * @param cpuSeconds     the processor time of the threads driving its cases (with H2 in memory the database
     *                       works in those threads too; with PostgreSQL the server's share is not in it): a figure
     *                       that other load on the machine hardly moves
     * @param slices         cases per second of each slice, in the order run
     * @param completedCases cases the engine's history holds as completed at the end (warm-up included)
     * @param completedTasks user tasks its history holds as completed
     */
    public record Side(String name, int cases, double seconds, double cpuSeconds, List<Double> slices,
                       long completedCases, long completedTasks) {
        public double casesPerSecond() {
            return cases / seconds;
        }

        public double cpuMillisPerCase() {
            return cpuSeconds * 1000 / cases;
        }
    }

    /** The outcome: both sides and how they were run. */
    public record Result(Options options, Side bare, Side procedo) {
        /** Procedo's cases per second over the bare engine's. */
        public double ratio() {
            return procedo.casesPerSecond() / bare.casesPerSecond();
        }

        /** The bare engine's processor time per case over Procedo's: the ratio in processor time. */
        public double cpuRatio() {
            return bare.cpuMillisPerCase() / procedo.cpuMillisPerCase();
        }

        /** Cases each side should have completed: warm-up plus the measured ones. */
        public long expectedCases() {
            return options.warmup() + (long) options.cases();
        }
    }

    private final Options options;
    private final DueDates dueDates = Deadlines.vietnam()::due;

    public EngineBenchmark(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Runs the benchmark: the bare engine on {@code bareDatabase}, Procedo's on {@code procedoDatabase} (two empty
     * databases of the same kind). Both engines are closed at the end; the databases keep what they ran.
     */
    public Result run(DataSource bareDatabase, DataSource procedoDatabase) {
        return run(bareDatabase, procedoDatabase, line -> { });
    }

    /** {@link #run(DataSource, DataSource)}, telling {@code progress} how far it is. */
    public Result run(DataSource bareDatabase, DataSource procedoDatabase, java.util.function.Consumer<String> progress) {
        byte[] model = model();
        EngineSettings bareSettings = new EngineSettings(bareDatabase, "bench-bare", false, dueDates,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        EngineSettings procedoSettings = new EngineSettings(procedoDatabase, "bench-procedo", false, dueDates,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        ProcessEngine bare = CamundaWorkflowEngine.configuration(bareSettings, false).buildProcessEngine();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try (WorkflowEngine procedo = WorkflowEngines.embedded(procedoSettings)) {
            bare.getRepositoryService().createDeployment().name("five-task")
                    .addInputStream("five-task.bpmn", new java.io.ByteArrayInputStream(model)).deploy();
            procedo.deploy(new DeployRequest(PROCEDURE_CODE, null, model, 1, java.util.Set.of(), "bench"));

            IntConsumer bareCase = i -> bareCase(bare.getRuntimeService(), bare.getTaskService());
            IntConsumer procedoCase = i -> procedoCase(procedo, i);
            run(pool, options.warmup(), bareCase);
            run(pool, options.warmup(), procedoCase);
            progress.accept("warm-up done: " + options.warmup() + " cases on each engine");

            List<Double> bareSlices = new ArrayList<>();
            List<Double> procedoSlices = new ArrayList<>();
            double[] bareTotal = new double[2];
            double[] procedoTotal = new double[2];
            for (int slice = 0; slice < options.slices(); slice++) {
                int size = (int) ((long) options.cases() * (slice + 1) / options.slices()
                        - (long) options.cases() * slice / options.slices());
                boolean bareFirst = slice % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isBare = bareFirst == (turn == 0);
                    double[] took = run(pool, size, isBare ? bareCase : procedoCase);
                    (isBare ? bareSlices : procedoSlices).add(size / took[0]);
                    double[] total = isBare ? bareTotal : procedoTotal;
                    total[0] += took[0];
                    total[1] += took[1];
                }
                progress.accept(String.format("slice %d of %d (%d cases each): bare %.1f, Procedo %.1f cases/s",
                        slice + 1, options.slices(), size, bareSlices.get(slice), procedoSlices.get(slice)));
            }
            return new Result(options,
                    new Side("bare Camunda", options.cases(), bareTotal[0], bareTotal[1], List.copyOf(bareSlices),
                            completedCases(bare.getHistoryService()), completedTasks(bare.getHistoryService())),
                    new Side("Procedo", options.cases(), procedoTotal[0], procedoTotal[1], List.copyOf(procedoSlices),
                            completedCases(procedoHistory(procedo)), completedTasks(procedoHistory(procedo))));
        } finally {
            pool.shutdownNow();
            bare.close();
        }
    }

    private static HistoryService procedoHistory(WorkflowEngine procedo) {
        return ((CamundaWorkflowEngine) procedo).processEngine().getHistoryService();
    }

    static long completedCases(HistoryService history) {
        return history.createHistoricProcessInstanceQuery().completed().count();
    }

    static long completedTasks(HistoryService history) {
        return history.createHistoricTaskInstanceQuery().finished().taskDeleteReason("completed").count();
    }

    /**
     * Runs {@code count} cases over the threads: the seconds it took, from the first start to the last end, and the
     * processor seconds of the threads.
     */
    private double[] run(ExecutorService pool, int count, IntConsumer oneCase) {
        if (count == 0) {
            return new double[2];
        }
        int threads = Math.min(options.threads(), count);
        List<Future<Long>> running = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) count * t / threads);
            int to = (int) ((long) count * (t + 1) / threads);
            running.add(pool.submit(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (int i = from; i < to; i++) {
                    oneCase.accept(i);
                }
                return cpu.getCurrentThreadCpuTime() - cpuStart;
            }));
        }
        long cpuNanos = 0;
        try {
            for (Future<Long> f : running) {
                cpuNanos += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new double[] {(System.nanoTime() - start) / 1e9, cpuNanos / 1e9};
    }

    private static void bareCase(RuntimeService runtime, TaskService tasks) {
        String id = runtime.startProcessInstanceByKey(BARE_KEY, new LinkedHashMap<>(DATA)).getId();
        for (int step = 0; step < 5; step++) {
            Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
            if (task == null) {
                throw new IllegalStateException("bare case " + id + " has no open task at step " + (step + 1));
            }
            tasks.complete(task.getId(), "Review".equals(task.getTaskDefinitionKey())
                    ? Map.of("approved", true) : Map.of());
        }
    }

    private static void procedoCase(WorkflowEngine engine, int i) {
        String id = engine.startCase(new StartCase(PROCEDURE_CODE, i % 2 == 0 ? "01" : "79", "ONLINE", 5, DATA,
                USER)).id();
        for (int step = 0; step < 5; step++) {
            List<TaskView> open = engine.tasks(new TaskFilter(null, null, null, null, id, 10));
            if (open.size() != 1) {
                throw new IllegalStateException("case " + id + " has " + open.size() + " open tasks at step "
                        + (step + 1));
            }
            TaskView task = open.get(0);
            engine.complete(task.id(), USER, "Review".equals(task.activityId()) ? Map.of("approved", true)
                    : Map.of());
        }
    }

    static byte[] model() {
        try (InputStream in = EngineBenchmark.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MODEL);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures as a small table. */
    public static String table(Result r) {
        StringBuilder s = new StringBuilder();
        Options o = r.options();
        s.append(String.format("five-task workflow on %s: %d cases per engine, %d thread%s, after %d warm-up cases"
                + " per engine; job executor off%n", o.database(), o.cases(), o.threads(), o.threads() == 1 ? "" : "s",
                o.warmup()));
        s.append(String.format("the engines take turns in %d slice%s (bare, Procedo, Procedo, bare, ...);"
                + " cases/s = cases / sum of the engine's slice times%n", o.slices(), o.slices() == 1 ? "" : "s"));
        s.append(String.format("%-14s %9s %9s %17s %12s   %s%n", "engine", "cases/s", "seconds", "slices min-max",
                "CPU ms/case", "completed in history (cases, tasks)"));
        for (Side side : List.of(r.bare(), r.procedo())) {
            s.append(String.format("%-14s %9.1f %9.1f %8.1f -%7.1f %12.2f   %d, %d%n", side.name(),
                    side.casesPerSecond(), side.seconds(),
                    side.slices().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    side.slices().stream().mapToDouble(Double::doubleValue).max().orElse(0), side.cpuMillisPerCase(),
                    side.completedCases(), side.completedTasks()));
        }
        s.append(String.format("ratio Procedo / bare: %.2f  [target >= 0.80]   (in processor time of the driving"
                + " threads: %.2f)%n", r.ratio(), r.cpuRatio()));
        return s.toString();
    }
}
