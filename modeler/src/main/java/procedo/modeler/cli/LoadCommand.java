package procedo.modeler.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import procedo.catalog.account.Actor;
import procedo.catalog.locality.Locality;
import procedo.engine.FormField;
import procedo.engine.Kpis;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;
import procedo.modeler.Application;
import procedo.modeler.workflow.StartForm;
import procedo.modeler.workflow.StartFormSamples;
import procedo.modeler.workflow.WorkflowService;

/**
 * Runs cases through a procedure's deployed workflow end to end, moving the engine's clock so that each case
 * and task lasts as it would: arrivals spread over the last {@code --days} days, each task taking a random time
 * around {@code --task-hours}. Cases that would end after now stay open. Every case is marked simulated: it counts
 * in no usage, KPI or report, except the KPIs this command prints, which ask for simulated cases.
 */
@Command(name = "load", description = "Run N cases of a procedure through its deployed workflow (deploys the "
        + "latest to-be model when none is deployed), with simulated durations; prints throughput and KPIs.")
public final class LoadCommand implements Callable<Integer> {

    /** Who the command's deployments, cases and tasks are recorded as. */

    @Mixin
    DatabaseOptions database;

    @Option(names = "--procedure", required = true, description = "Procedure code, e.g. 1.001193.")
    String procedure;

    @Option(names = "--cases", defaultValue = "100", description = "Number of cases (default 100).")
    int cases;

    @Option(names = "--days", defaultValue = "60", description = "Arrivals spread over the last D days (default 60).")
    int days;

    @Option(names = "--task-hours", defaultValue = "3",
            description = "Median time a task takes, in hours (default 3); durations vary around it.")
    double taskHours;

    @Option(names = "--approve-rate", defaultValue = "0.9", description = "Share of yes answers (default 0.9).")
    double approveRate;

    @Option(names = "--locality", split = ",", description = "Province codes receiving the cases (default all).")
    List<String> localities;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Spec
    CommandSpec spec;

    private static final procedo.catalog.account.Principal LOAD = procedo.catalog.account.Principal.system("load");

    @Override
    public Integer call() {
        if (cases < 1 || cases > 1_000_000 || days < 1 || taskHours <= 0 || approveRate < 0 || approveRate > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--cases 1..1000000, --days ≥ 1, --task-hours > 0 and --approve-rate 0..1");
        }
        var out = spec.commandLine().getOut();
        try (Application app = database.openWithDemo()) {
            WorkflowService workflows = app.workflows();
            WorkflowEngine engine = app.engine();
            if (workflows.deployments(procedure).isEmpty()) {
                var deployed = workflows.deploy(procedure, null, LOAD);
                out.printf("deployed %s as version %d of %s%n", procedure, deployed.workflow().version(), deployed.workflow().key());
            }
            List<String> where = localities != null && !localities.isEmpty() ? localities
                    : app.store().localities().localities().stream()
                    .filter(l -> l.kind().provincial())
                    .map(Locality::code).toList();
            Map<String, StartForm> forms = new HashMap<>();
            Random random = new Random(seed);
            StartFormSamples samples = new StartFormSamples(seed);
            Instant end = Instant.now();
            Instant from = end.minus(Duration.ofDays(days));
            List<Instant> arrivals = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                arrivals.add(from.plusMillis((long) (random.nextDouble() * Duration.ofDays(days).toMillis())));
            }
            arrivals.sort(Comparator.naturalOrder());
            long completed = 0;
            long tasks = 0;
            long started = System.nanoTime();
            try {
                for (Instant arrival : arrivals) {
                    String locality = where.get(random.nextInt(where.size()));
                    StartForm form = forms.computeIfAbsent(locality, l -> workflows.startForm(procedure, l));
                    engine.setClock(arrival);
                    String channel = random.nextDouble() < 0.85 ? "ONLINE" : "COUNTER";
                    String id = workflows.simulateCase(new WorkflowService.NewCase(procedure, locality, channel,
                            samples.sample(form, locality)), LOAD).summary().id();
                    Instant t = arrival;
                    boolean open = true;
                    for (int guard = 0; guard < 100; guard++) {
                        List<TaskView> next = engine.tasks(new TaskFilter(null, null, null, null, id, 10));
                        if (next.isEmpty()) {
                            open = false;
                            break;
                        }
                        // log-normal around the median: half the tasks quicker, a few much slower
                        t = t.plusSeconds((long) (taskHours * 3600 * Math.exp(random.nextGaussian() * 0.8)));
                        if (t.isAfter(end)) {
                            break;
                        }
                        engine.setClock(t);
                        engine.runDueJobs(); // escalations due by then, in the simulated time
                        TaskView task = next.get(0);
                        engine.complete(task.id(), LOAD.username(), answers(task.form(), random));
                        tasks++;
                    }
                    if (!open) {
                        completed++;
                    }
                }
            } finally {
                engine.setClock(null);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int figures = app.measuredUsage().feed(procedure);
            Kpis k = workflows.kpis(procedure, null, java.util.Set.of(procedo.engine.CaseMark.SIMULATED));
            out.printf("%d cases started, %d completed, %d still open; %d tasks completed%n", cases, completed,
                    cases - completed, tasks);
            out.printf("%.1f s: %.1f cases/s, %.1f tasks/s (engine with Procedo's listeners, on %s)%n", seconds,
                    cases / seconds, tasks / seconds, database.settings().describe());
            out.printf("KPIs of %s (all cases so far, simulated ones included): started %d, granted %d, refused %d, median cycle %s h, p90 %s h, "
                    + "on time (of decided) %s%n", procedure, k.casesStarted(), k.casesCompleted(), k.casesRefused(),
                    k.medianCycleTimeHours(),
                    k.p90CycleTimeHours(), k.onTimeRate() == null ? "-" : k.onTimeRate().movePointRight(2)
                            .stripTrailingZeros().toPlainString() + " %");
            out.printf("measured usage recorded: %d figures (locality × year)%n", figures);
            return 0;
        }
    }

    private Map<String, Object> answers(List<FormField> form, Random random) {
        Map<String, Object> data = new HashMap<>();
        for (FormField f : form) {
            switch (f.type()) {
                case BOOLEAN -> {
                    boolean yes = f.id().equals("approved") ? random.nextDouble() < approveRate
                            : random.nextDouble() < 0.2;
                    data.put(f.id(), yes);
                    if (f.id().equals("approved") && !yes) {
                        // a refusal is told to the applicant with its reason
                        data.put("reason", "Hồ sơ không đủ điều kiện (dữ liệu mô phỏng)");
                    }
                }
                case LONG -> data.put(f.id(), 1L);
                case DATE -> data.put(f.id(), "2026-01-01");
                case ENUM -> data.put(f.id(), f.options().keySet().iterator().next());
                case STRING -> data.put(f.id(), "ok");
            }
        }
        return data;
    }
}
