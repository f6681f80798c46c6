package procedo.modeler.simulation;

import java.util.List;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.text.Text;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.model.StoredModel;

/**
 * Simulation of the procedures' stored models: a run reads the model version, simulates it with the given
 * parameters over the model's own BPSim ones, and stores the results with that version (recorded in the audit
 * trail); stored runs are listed per model version.
 */
public final class SimulationService {

    /** The most runs one listing answers. */
    public static final int MAX_LISTED = 50;

    private final ModelService models;
    private final SimulationRepository runs;
    private final AuditTrail audit;
    private final ModelSimulator simulator;

    public SimulationService(ModelService models, SimulationRepository runs, AuditTrail audit,
                             HolidayCalendar calendar) {
        this.models = models;
        this.runs = runs;
        this.audit = audit;
        this.simulator = new ModelSimulator(calendar);
    }

    /** Simulates the model asked for and stores the results; bad parameters are refused naming the element. */
    public StoredSimulation simulate(SimulationRequest request, Actor actor) {
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw InvalidInputException.of("procedureCode", Text.of("catalog.problem.required"));
        }
        if (request.kind() == null) {
            throw InvalidInputException.of("kind", Text.of("catalog.problem.required"));
        }
        StoredModel model = models.get(request.procedureCode(), request.kind(), request.version());
        SimulationParameters given = request.givenParameters();
        SimulationResult result = simulator.simulate(model.xml(), given);
        int version = model.version().version();
        return audit.inTransaction(() -> {
            StoredSimulation stored = runs.save(request.procedureCode(), request.kind(), version, actor.username(),
                    given, result);
            audit.record(AuditEntry.of(actor, AuditAction.SIMULATION_RUN, AuditSubject.of("simulation",
                            String.valueOf(stored.id())))
                    .procedure(request.procedureCode())
                    .after(new Audited(request.kind(), version, result.cases(), result.parameters().run().seed())));
            return stored;
        });
    }

    /**
     * The simulation parameters of a model version (the latest unless one is given): those its BPSim scenario sets,
     * and all that a run with nothing given would use, defaults filled in. Parameters a run would refuse are refused
     * here the same way, naming the element.
     */
    public ModelParameters parameters(String procedureCode, ModelKind kind, Integer version) {
        StoredModel model = models.get(procedureCode, kind, version);
        ModelSimulator.PreparedModel prepared = simulator.prepare(model.xml());
        return new ModelParameters(procedureCode, kind, model.version().version(), prepared.parameters(),
                simulator.resolve(prepared, SimulationParameters.none()));
    }

    /** The stored runs of a model, of one version when given, newest first. */
    public List<StoredSimulation> runs(String procedureCode, ModelKind kind, Integer version) {
        return runs.runs(procedureCode, kind, version, MAX_LISTED);
    }

    public StoredSimulation run(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException(Text.of("modeler.simulation.notFound", id)));
    }

    /** What the audit trail keeps of a run: the model version, cases and seed (the results stay in the run). */
    private record Audited(ModelKind kind, int modelVersion, int cases, long seed) {
    }
}
