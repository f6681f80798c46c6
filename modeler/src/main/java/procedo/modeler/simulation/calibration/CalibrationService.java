package procedo.modeler.simulation.calibration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;
import procedo.engine.CaseHistory;
import procedo.engine.DeployedWorkflow;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.simulation.ModelElements;
import procedo.modeler.simulation.ModelSimulator;
import procedo.modeler.simulation.SimulationParameters;
import procedo.modeler.simulation.SimulationParameters.Arrivals;
import procedo.modeler.simulation.SimulationParameters.RoleParameters;
import procedo.modeler.simulation.SimulationParameters.TaskParameters;
import procedo.modeler.simulation.WorkingHours;

/**
 * Fits a procedure's simulation parameters from the engine's history of its deployed workflow ({@link Calibration}
 * says how). The history is read one page of cases at a time, each element's observations kept as running sums, so
 * that a national volume of cases takes no more memory than a few.
 */
public final class CalibrationService {

    /** The fewest observations from which an element's value is fitted. */
    public static final int MINIMUM_SAMPLE = 30;
    /** The longest period read, in days. */
    public static final int MAX_DAYS = 3 * 366;
    /** How long after a gateway's pass its target may start and still count as the branch taken, in ms. */
    private static final long AT_ONCE_MS = 1000;

    private final ModelService models;
    private final Supplier<WorkflowEngine> engine;
    private final HolidayCalendar calendar;
    private final ModelSimulator simulator;
    private final ZoneId zone = Deadlines.VIETNAM_ZONE;

    public CalibrationService(ModelService models, Supplier<WorkflowEngine> engine, HolidayCalendar calendar) {
        this.models = models;
        this.engine = engine;
        this.calendar = calendar;
        this.simulator = new ModelSimulator(calendar);
    }

    /** Fits the parameters of the model behind the newest deployment for the locality (else the national one). */
    public Calibration calibrate(CalibrationRequest request) {
        check(request);
        WorkflowEngine workflows = engine.get();
        List<DeployedWorkflow> deployments = workflows.deployments(request.procedureCode());
        DeployedWorkflow deployed = deployment(deployments, request.procedureCode(), request.locality());
        ModelSimulator.PreparedModel model = simulator.prepare(models.get(request.procedureCode(), ModelKind.TO_BE,
                deployed.modelVersion()).xml());
        SimulationParameters handSet = simulator.resolve(model, SimulationParameters.none());
        ModelElements elements = simulator.elements(model);
        Observations seen = new Observations(elements, handSet, new OfficeHours(calendar, zone));
        CaseHistory.Period period = new CaseHistory.Period(request.procedureCode(), request.locality(),
                request.from(), request.to());
        Integer offset = 0;
        while (offset != null) {
            CaseHistory page = workflows.caseHistory(period, offset);
            page.cases().forEach(seen::add);
            offset = page.next();
        }
        LocalDate today = workflows.now().atZone(zone).toLocalDate();
        LocalDate end = request.to().isAfter(today) ? today : request.to();
        LocalDate counted = firstDeployment(deployments, request.locality()).map(at -> at.atZone(zone).toLocalDate())
                .filter(deployedOn -> deployedOn.isAfter(request.from())).orElse(request.from());
        int workingDays = end.isBefore(counted) ? 0 : new OfficeHours(calendar, zone).workingDays(counted, end);
        return seen.calibration(request, deployed.modelVersion(), counted, workingDays);
    }

    private static void check(CalibrationRequest request) {
        Problems problems = new Problems();
        problems.requireText("procedureCode", request.procedureCode());
        if (request.from() == null) {
            problems.add("from", Text.of("catalog.problem.required"));
        }
        if (request.to() == null) {
            problems.add("to", Text.of("catalog.problem.required"));
        }
        if (request.from() != null && request.to() != null) {
            if (request.to().isBefore(request.from())) {
                problems.add("to", Text.of("modeler.calibration.periodOrder"));
            } else if (request.from().plusDays(MAX_DAYS).isBefore(request.to())) {
                problems.add("to", Text.of("modeler.calibration.periodLength", java.math.BigDecimal.valueOf(MAX_DAYS)));
            }
        }
        problems.throwIfAny();
    }

    /**
     * When the locality's cases could first be received: the earliest deployment of the procedure for the locality
     * or for the whole country (of any locality when none is named). Before it no case could arrive, so the days
     * before it do not divide the arrivals.
     */
    private static Optional<Instant> firstDeployment(List<DeployedWorkflow> all, String locality) {
        return all.stream().filter(w -> locality == null || w.locality() == null || locality.equals(w.locality()))
                .map(DeployedWorkflow::deployedAt).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    private static DeployedWorkflow deployment(List<DeployedWorkflow> all, String code, String locality) {
        return all.stream().filter(w -> Objects.equals(w.locality(), locality)).findFirst()
                .or(() -> all.stream().filter(w -> w.locality() == null).findFirst())
                .orElseThrow(() -> new NotFoundException(Text.of("modeler.calibration.notDeployed", code)));
    }

    /** What the history showed so far, element by element. */
    private static final class Observations {
        private final ModelElements elements;
        private final SimulationParameters handSet;
        private final OfficeHours office;
        private final Map<String, ModelElements.Task> tasks = new LinkedHashMap<>();
        private final Map<String, List<ModelElements.Branch>> gateways = new LinkedHashMap<>();
        private final Map<String, DurationSample> durations = new HashMap<>();
        private final Map<String, Long> passes = new HashMap<>();
        private final Map<String, Long> taken = new HashMap<>();
        private final Map<String, Long> roleTasks = new HashMap<>();
        private final Map<String, Set<String>> staff = new HashMap<>();
        private long cases;

        Observations(ModelElements elements, SimulationParameters handSet, OfficeHours office) {
            this.elements = elements;
            this.handSet = handSet;
            this.office = office;
            elements.tasks().forEach(t -> tasks.put(t.id(), t));
            elements.branches().forEach(b -> gateways.computeIfAbsent(b.gatewayId(), g -> new ArrayList<>()).add(b));
        }

        void add(CaseHistory.Case c) {
            cases++;
            Map<String, List<CaseHistory.Step>> byElement = new HashMap<>();
            for (CaseHistory.Step step : c.steps()) {
                byElement.computeIfAbsent(step.activityId(), k -> new ArrayList<>()).add(step);
                ModelElements.Task task = tasks.get(step.activityId());
                if (task != null && step.ended() != null) {
                    durations.computeIfAbsent(task.id(), k -> new DurationSample())
                            .add(office.between(step.started(), step.ended(), hoursOf(task)));
                    String role = handSet.tasks().get(task.id()).role();
                    if (role != null && handSet.roles().containsKey(role)) {
                        roleTasks.merge(role, 1L, Long::sum);
                        if (step.assignee() != null) {
                            staff.computeIfAbsent(role, k -> new HashSet<>()).add(step.assignee());
                        }
                    }
                }
            }
            Set<CaseHistory.Step> counted = new HashSet<>();
            gateways.forEach((gateway, branches) -> {
                for (CaseHistory.Step pass : byElement.getOrDefault(gateway, List.of())) {
                    if (pass.ended() == null) {
                        continue;
                    }
                    passes.merge(gateway, 1L, Long::sum);
                    for (ModelElements.Branch branch : branches) {
                        byElement.getOrDefault(branch.targetId(), List.of()).stream()
                                .filter(s -> !counted.contains(s) && !s.started().isBefore(pass.ended())
                                        && s.started().toEpochMilli() - pass.ended().toEpochMilli() <= AT_ONCE_MS)
                                .findFirst().ifPresent(s -> {
                                    counted.add(s);
                                    taken.merge(branch.flowId(), 1L, Long::sum);
                                });
                    }
                }
            });
        }

        private WorkingHours hoursOf(ModelElements.Task task) {
            TaskParameters parameters = handSet.tasks().get(task.id());
            RoleParameters role = parameters == null || parameters.role() == null ? null
                    : handSet.roles().get(parameters.role());
            return role != null && role.hours() != null ? role.hours() : handSet.run().officeHours();
        }

        Calibration calibration(CalibrationRequest request, int modelVersion, LocalDate countedFrom, int workingDays) {
            TreeMap<String, TaskParameters> fittedTasks = new TreeMap<>();
            TreeMap<String, RoleParameters> fittedRoles = new TreeMap<>();
            TreeMap<String, Double> fittedBranches = new TreeMap<>();

            Double handSetRate = handSet.arrivals().casesPerDay();
            boolean enoughCases = cases >= MINIMUM_SAMPLE && workingDays > 0;
            Double rate = enoughCases ? Math.round(cases * 10_000.0 / workingDays) / 10_000.0 : null;
            Calibration.ArrivalFit arrivals = new Calibration.ArrivalFit(handSetRate, rate, cases, basis(enoughCases));

            List<Calibration.TaskFit> taskFits = new ArrayList<>();
            for (ModelElements.Task task : elements.tasks()) {
                DurationSample sample = durations.getOrDefault(task.id(), new DurationSample());
                TaskParameters mine = handSet.tasks().get(task.id());
                boolean enough = sample.size() >= MINIMUM_SAMPLE;
                DurationSample.Fit fit = enough ? sample.fit() : null;
                if (enough) {
                    fittedTasks.put(task.id(), new TaskParameters(fit.distribution(), null, null, null, null));
                }
                taskFits.add(new Calibration.TaskFit(task.id(), task.name(), mine == null ? null : mine.role(),
                        mine == null ? null : mine.duration(), enough ? fit.distribution() : null, sample.size(),
                        enough ? fit.cv() : null, enough ? fit.aic() : null, basis(enough)));
            }

            List<Calibration.BranchFit> branchFits = new ArrayList<>();
            gateways.forEach((gateway, branches) -> {
                long n = passes.getOrDefault(gateway, 0L);
                boolean exclusive = branches.get(0).choice() != ModelElements.Choice.INCLUSIVE;
                long matched = branches.stream().mapToLong(b -> taken.getOrDefault(b.flowId(), 0L)).sum();
                boolean enough = n >= MINIMUM_SAMPLE && matched > 0;
                for (ModelElements.Branch b : branches) {
                    long count = taken.getOrDefault(b.flowId(), 0L);
                    Double p = enough ? Math.round(count * 10_000.0 / (exclusive ? matched : n)) / 10_000.0 : null;
                    if (enough) {
                        fittedBranches.put(b.flowId(), p);
                    }
                    branchFits.add(new Calibration.BranchFit(b.flowId(), b.name(), gateway, b.gatewayName(),
                            b.targetId(), handSet.branches().get(b.flowId()), p, count, n, basis(enough)));
                }
                if (enough && exclusive) {
                    balance(branches, fittedBranches);
                }
            });

            List<Calibration.RoleFit> roleFits = new ArrayList<>();
            for (ModelElements.Role role : elements.roles()) {
                RoleParameters mine = handSet.roles().get(role.id());
                if (mine == null) {
                    continue;
                }
                long n = roleTasks.getOrDefault(role.id(), 0L);
                int people = staff.getOrDefault(role.id(), Set.of()).size();
                boolean enough = n >= MINIMUM_SAMPLE && people > 0;
                if (enough) {
                    fittedRoles.put(role.id(), new RoleParameters(people, null, null));
                }
                roleFits.add(new Calibration.RoleFit(role.id(), role.name(), mine.count(), enough ? people : null, n,
                        basis(enough)));
            }
            SimulationParameters fitted = new SimulationParameters(enoughCases ? new Arrivals(null, rate) : null, null,
                    fittedTasks, fittedRoles, fittedBranches, null);
            return new Calibration(request.procedureCode(), request.locality(), request.from(), request.to(),
                    modelVersion, MINIMUM_SAMPLE, cases, countedFrom, workingDays, arrivals, taskFits, branchFits, roleFits,
                    fitted);
        }

        /** Rounded shares of an exclusive gateway made to sum to exactly 1, the rest going to its largest one. */
        private static void balance(List<ModelElements.Branch> branches, Map<String, Double> fitted) {
            double sum = branches.stream().mapToDouble(b -> fitted.get(b.flowId())).sum();
            String largest = branches.stream().max((a, b) -> Double.compare(fitted.get(a.flowId()),
                    fitted.get(b.flowId()))).orElseThrow().flowId();
            fitted.put(largest, Math.round((fitted.get(largest) + 1 - sum) * 10_000) / 10_000.0);
        }

        private static Calibration.Basis basis(boolean enough) {
            return enough ? Calibration.Basis.FITTED : Calibration.Basis.TOO_FEW;
        }
    }
}
