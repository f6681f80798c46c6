package procedo.engine.camunda;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.DueDates;
import procedo.engine.EngineSettings;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;

/**
 * Cases per second through the five-task workflow ({@code five-task.bpmn}: five user tasks in sequence, the
 * review approving), on the bare Camunda engine (twice) and through Procedo's {@link WorkflowEngine}, each on its own
 * empty database of the same kind, with the same engine configuration ({@link
 * EngineConfiguration#bare}) and the job executor off.
 *
 * <ul>
 *   <li>bare: the model deployed as it is; per case: start by key with the business variables, then five times a
 *       task query by process instance and a complete: the engine used through its API.</li>
 *   <li>bare, lookup: the same, but the case's open task read as Procedo reads it, by the engine's own lookup of a
 *       process instance's tasks (a static statement; the task query builds its SQL dynamically and costs more
 *       than anything else in a step). Against it, Procedo's difference is only what Procedo adds.</li>
 *   <li>Procedo: {@link WorkflowEngine#deploy}, then per case {@link WorkflowEngine#startCase} with the same
 *       business variables (Procedo adds its case variables and the due date in working days), then five times
 *       {@link WorkflowEngine#tasks} of the case and {@link WorkflowEngine#complete}: with the parse listeners
 *       (task due dates, on-time capture at the end) and the assignee recorded. The escalation of overdue cases is
 *       a sweep over the running cases, not part of a case's own work: no case of the benchmark is overdue.</li>
 * </ul>
 *
 * Each engine first runs a warm-up. The measured cases of each engine are then run in slices, the engines taking
 * turns slice by slice in an order that changes from slice to slice, so that all meet the same background load
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

    /**
     * The outcome: the three engines and how they were run.
     *
     * @param bare    the bare engine as its API is used: a task query per step
     * @param lookup  the bare engine reading a case's open task as Procedo does, by the engine's lookup by process
     *                instance: the difference to Procedo is then only what Procedo adds
     */
    public record Result(Options options, Side bare, Side lookup, Side procedo) {
        /** Procedo's cases per second over the bare engine's. */
        public double ratio() {
            return procedo.casesPerSecond() / bare.casesPerSecond();
        }

        /** Procedo's cases per second over those of the bare engine reading tasks as Procedo does. */
        public double lookupRatio() {
            return procedo.casesPerSecond() / lookup.casesPerSecond();
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
     * Runs the benchmark: the bare engine on {@code bareDatabase}, the bare engine reading tasks by Procedo's lookup
     * on {@code lookupDatabase}, Procedo's on {@code procedoDatabase} (three empty databases of the same kind). The
     * engines are closed at the end; the databases keep what they ran.
     */
    public Result run(DataSource bareDatabase, DataSource lookupDatabase, DataSource procedoDatabase) {
        return run(bareDatabase, lookupDatabase, procedoDatabase, line -> { });
    }

    /** {@link #run(DataSource, DataSource, DataSource)}, telling {@code progress} how far it is. */
    public Result run(DataSource bareDatabase, DataSource lookupDatabase, DataSource procedoDatabase,
                      java.util.function.Consumer<String> progress) {
        byte[] model = model();
        ProcessEngine bare = bareEngine(bareDatabase, "bench-bare", model);
        ProcessEngine lookup = null;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try (CamundaWorkflowEngine procedo = CamundaWorkflowEngine.start(new EngineSettings(procedoDatabase,
                "bench-procedo", false, dueDates, Deadlines.VIETNAM_ZONE))) {
            lookup = bareEngine(lookupDatabase, "bench-lookup", model);
            procedo.deploy(new DeployRequest(PROCEDURE_CODE, null, model, 1, java.util.Set.of(), "bench"));
            ProcessEngine byLookup = lookup;
            CommandExecutor lookupCommands = ((ProcessEngineConfigurationImpl) byLookup.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired();

            List<IntConsumer> engines = List.of(
                    i -> bareCase(bare.getRuntimeService(), id -> bare.getTaskService().createTaskQuery()
                            .processInstanceId(id).singleResult(), bare.getTaskService()),
                    i -> bareCase(byLookup.getRuntimeService(), id -> lookupCommands.execute(context -> {
                        List<? extends Task> open = context.getTaskManager().findTasksByProcessInstanceId(id);
                        return open.size() == 1 ? open.get(0) : null;
                    }), byLookup.getTaskService()),
                    i -> procedoCase(procedo, i));
            for (IntConsumer engine : engines) {
                run(pool, options.warmup(), engine);
            }
            progress.accept("warm-up done: " + options.warmup() + " cases on each engine");

            List<List<Double>> slices = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            double[][] totals = new double[3][2];
            for (int slice = 0; slice < options.slices(); slice++) {
                int size = (int) ((long) options.cases() * (slice + 1) / options.slices()
                        - (long) options.cases() * slice / options.slices());
                for (int turn = 0; turn < 3; turn++) {
                    int side = ORDER[slice % ORDER.length][turn];
                    double[] took = run(pool, size, engines.get(side));
                    slices.get(side).add(size / took[0]);
                    totals[side][0] += took[0];
                    totals[side][1] += took[1];
                }
                progress.accept(String.format("slice %d of %d (%d cases each): bare %.1f, bare by lookup %.1f,"
                        + " Procedo %.1f cases/s", slice + 1, options.slices(), size, slices.get(0).get(slice),
                        slices.get(1).get(slice), slices.get(2).get(slice)));
            }
            return new Result(options,
                    side("bare Camunda", totals[0], slices.get(0), bare.getHistoryService()),
                    side("bare, lookup", totals[1], slices.get(1), byLookup.getHistoryService()),
                    side("Procedo", totals[2], slices.get(2), procedoHistory(procedo)));
        } finally {
            pool.shutdownNow();
            bare.close();
            if (lookup != null) {
                lookup.close();
            }
        }
    }

    /**
     * The order of the engines in each slice, taken in turn: over six slices every engine runs first, second and
     * third twice, and right after each other engine equally often.
     */
    private static final int[][] ORDER = {{0, 1, 2}, {2, 1, 0}, {1, 2, 0}, {0, 2, 1}, {2, 0, 1}, {1, 0, 2}};

    private Side side(String name, double[] total, List<Double> slices, HistoryService history) {
        return new Side(name, options.cases(), total[0], total[1], List.copyOf(slices), completedCases(history),
                completedTasks(history));
    }

    private ProcessEngine bareEngine(DataSource database, String node, byte[] model) {
        ProcessEngine engine = EngineConfiguration.bare(new EngineSettings(database, node, false,
                dueDates, Deadlines.VIETNAM_ZONE)).buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("five-task")
                .addInputStream("five-task.bpmn", new java.io.ByteArrayInputStream(model)).deploy();
        return engine;
    }

    private static HistoryService procedoHistory(CamundaWorkflowEngine procedo) {
        return procedo.processEngine().getHistoryService();
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

    private static void bareCase(RuntimeService runtime, java.util.function.Function<String, Task> openTask,
                                 TaskService tasks) {
        String id = runtime.startProcessInstanceByKey(BARE_KEY, new LinkedHashMap<>(DATA)).getId();
        for (int step = 0; step < 5; step++) {
            Task task = openTask.apply(id);
            if (task == null) {
                throw new IllegalStateException("bare case " + id + " has no open task at step " + (step + 1));
            }
            tasks.complete(task.getId(), "Review".equals(task.getTaskDefinitionKey())
                    ? Map.of("approved", true) : Map.of());
        }
    }

    private static void procedoCase(WorkflowEngine engine, int i) {
        String id = engine.startCase(new StartCase(PROCEDURE_CODE, i % 2 == 0 ? "01" : "79", Channel.ONLINE, 5, DATA,
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
        s.append(String.format("the engines take turns in %d slice%s, the order changing from slice to slice;"
                + " cases/s = cases / sum of the engine's slice times%n", o.slices(), o.slices() == 1 ? "" : "s"));
        s.append(String.format("%-14s %9s %9s %17s %12s   %s%n", "engine", "cases/s", "seconds", "slices min-max",
                "CPU ms/case", "completed in history (cases, tasks)"));
        for (Side side : List.of(r.bare(), r.lookup(), r.procedo())) {
            s.append(String.format("%-14s %9.1f %9.1f %8.1f -%7.1f %12.2f   %d, %d%n", side.name(),
                    side.casesPerSecond(), side.seconds(),
                    side.slices().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    side.slices().stream().mapToDouble(Double::doubleValue).max().orElse(0), side.cpuMillisPerCase(),
                    side.completedCases(), side.completedTasks()));
        }
        s.append(String.format("ratio Procedo / bare: %.2f  [target >= 0.80]   (in processor time of the driving"
                + " threads: %.2f)%n", r.ratio(), r.cpuRatio()));
        s.append(String.format("ratio Procedo / bare reading tasks by the same lookup as Procedo: %.2f   (in"
                + " processor time: %.2f)%n", r.lookupRatio(), r.lookup().cpuMillisPerCase()
                / r.procedo().cpuMillisPerCase()));
        return s.toString();
    }
}
