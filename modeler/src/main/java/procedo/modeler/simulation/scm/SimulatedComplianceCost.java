package procedo.modeler.simulation.scm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import procedo.catalog.account.Actor;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.procedure.RecordPart;
import procedo.catalog.procedure.SourceCheck;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.simulation.ModelElements;
import procedo.modeler.simulation.ModelSimulator;
import procedo.modeler.simulation.SimulationParameters;
import procedo.modeler.simulation.SimulationResult;
import procedo.modeler.simulation.SimulationService;
import procedo.modeler.simulation.StoredSimulation;

/**
 * Writes the applicant's simulated burden into the Standard Cost Model as a new version of the procedure: each task of
 * the applicant's lane that a run's cases went through becomes one activity — its hours and out-of-pocket cost each
 * time, its share the times per case (or, done more than once per case, hours and cost times that number with share
 * 1); a task with a visit in person is {@link ActivityKind#TRAVEL}, any other {@link ActivityKind#OTHER}. So
 * Σ hours × share and Σ out-of-pocket × share equal the run's applicant hours and out-of-pocket per case. The
 * activities name the run, and the record's source of its activities says which runs and model versions they come
 * from, so that nobody takes a simulated figure for a measured one. The update goes through the catalog (audited,
 * refused when the procedure changed since the version read), and the cost and ranking follow from it.
 */
public final class SimulatedComplianceCost {

    private final ProcedureService procedures;
    private final SimulationService simulations;
    private final ModelService models;
    private final ModelSimulator simulator;
    private final Clock clock;

    public SimulatedComplianceCost(ProcedureService procedures, SimulationService simulations, ModelService models,
                                   HolidayCalendar calendar, Clock clock) {
        this.procedures = procedures;
        this.simulations = simulations;
        this.models = models;
        this.simulator = new ModelSimulator(calendar);
        this.clock = clock;
    }

    /** Replaces the procedure's as-is and/or to-be activities by those of the runs; answers the new version. */
    public Procedure adopt(ScenarioRequest request, Actor actor) {
        Problems problems = new Problems();
        problems.requireText("procedureCode", request.procedureCode());
        if (request.asIsRun() == null && request.toBeRun() == null) {
            problems.add("asIsRun", Text.of("modeler.scm.noRun"));
        }
        if (request.version() == null) {
            problems.add("version", Text.of("catalog.problem.required"));
        }
        problems.throwIfAny();
        Procedure procedure = procedures.get(request.procedureCode());
        StoredSimulation asIs = run(request.asIsRun(), "asIsRun", ModelKind.AS_IS, request.procedureCode());
        StoredSimulation toBe = run(request.toBeRun(), "toBeRun", ModelKind.TO_BE, request.procedureCode());
        List<Activity> asIsActivities = asIs == null ? procedure.asIsActivities() : activities(asIs, "asIsRun");
        List<Activity> toBeActivities = toBe == null ? procedure.toBeActivities() : activities(toBe, "toBeRun");
        List<SourceCheck> sources = new ArrayList<>(procedure.sources().stream()
                .filter(s -> s.part() != RecordPart.ACTIVITIES).toList());
        sources.add(new SourceCheck(RecordPart.ACTIVITIES, provenance(asIs, toBe),
                LocalDate.now(clock.withZone(Messages.VIET_NAM))));
        Procedure updated = new Procedure(procedure.code(), procedure.name(), procedure.field(), procedure.level(),
                procedure.agencyCode(), procedure.localityCode(), procedure.applicantType(),
                procedure.processingDays(), procedure.onlineLevel(), procedure.legalBasis(), procedure.decision(),
                procedure.status(), procedure.formerCode(), procedure.validFrom(), procedure.effortDays(),
                procedure.applicantPopulation(), procedure.frequencyPerYear(), procedure.dossierComponents(),
                procedure.fees(), asIsActivities, toBeActivities, procedure.channels(), procedure.processingTimes(),
                procedure.legalDocuments(), sources, procedure.version());
        return procedures.update(procedure.code(), updated, request.version(), actor);
    }

    private StoredSimulation run(Long id, String field, ModelKind kind, String code) {
        if (id == null) {
            return null;
        }
        StoredSimulation run = simulations.run(id);
        if (!run.procedureCode().equals(code)) {
            throw InvalidInputException.of(field, Text.of("modeler.scm.otherProcedure", id, code));
        }
        if (run.kind() != kind) {
            throw InvalidInputException.of(field, Text.of("modeler.scm.kind." + kind.name(), id));
        }
        return run;
    }

    /** The applicant's activities of a run, in the order of the model's tasks. */
    List<Activity> activities(StoredSimulation run, String field) {
        ModelSimulator.PreparedModel model = simulator.prepare(models.get(run.procedureCode(), run.kind(),
                run.modelVersion()).xml());
        ModelElements elements = simulator.elements(model);
        Set<String> applicantRoles = elements.roles().stream().filter(ModelElements.Role::applicant)
                .map(ModelElements.Role::id).collect(Collectors.toSet());
        SimulationParameters used = run.result().parameters();
        String suffix = " (mô phỏng, lần chạy " + run.id() + ")";
        List<Activity> activities = new ArrayList<>();
        for (ModelElements.Task task : elements.tasks()) {
            SimulationParameters.TaskParameters p = used.tasks().get(task.id());
            if (p == null || !task.applicant() && !applicantRoles.contains(p.role())) {
                continue;
            }
            double perCase = run.result().tasks().stream().filter(t -> t.id().equals(task.id()))
                    .mapToDouble(SimulationResult.TaskFigures::perCase).findFirst().orElse(0);
            if (perCase <= 0) {
                continue;
            }
            double times = Math.max(1, perCase);
            BigDecimal hours = decimal((p.applicantHours() == null ? 0 : p.applicantHours()) * times);
            BigDecimal money = (p.outOfPocket() == null ? BigDecimal.ZERO : p.outOfPocket())
                    .multiply(BigDecimal.valueOf(times)).setScale(0, RoundingMode.HALF_UP);
            BigDecimal share = perCase >= 1 ? BigDecimal.ONE : decimal(perCase);
            ActivityKind kind = p.visits() != null && p.visits() > 0 ? ActivityKind.TRAVEL : ActivityKind.OTHER;
            activities.add(new Activity(task.name() + suffix, kind, hours, money, share));
        }
        if (activities.isEmpty()) {
            throw InvalidInputException.of(field, Text.of("modeler.scm.noApplicant", run.id()));
        }
        return activities;
    }

    private static String provenance(StoredSimulation asIs, StoredSimulation toBe) {
        List<String> parts = new ArrayList<>();
        if (asIs != null) {
            parts.add("hiện trạng: lần chạy " + asIs.id() + ", mô hình phiên bản " + asIs.modelVersion());
        }
        if (toBe != null) {
            parts.add("mục tiêu: lần chạy " + toBe.id() + ", mô hình phiên bản " + toBe.modelVersion());
        }
        return "Từ mô phỏng (" + String.join("; ", parts) + ")";
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
