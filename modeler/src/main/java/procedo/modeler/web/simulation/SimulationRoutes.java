package procedo.modeler.web.simulation;

import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Text;
import procedo.modeler.json.Json;
import procedo.modeler.model.ModelKind;
import procedo.modeler.simulation.SimulationRequest;
import procedo.modeler.simulation.SimulationService;
import procedo.modeler.simulation.StoredSimulation;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;

/**
 * Simulation runs: {@code POST /api/simulations} runs a procedure's model and stores the results with the model
 * version; the stored runs are read per model (and version) or one by one.
 */
public final class SimulationRoutes {

    private final SimulationService simulations;
    private final ObjectMapper json;

    public SimulationRoutes(SimulationService simulations, ObjectMapper json) {
        this.simulations = simulations;
        this.json = json;
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/simulations", ANALYST,
                        "Simulate a procedure's model ({procedureCode, kind: AS_IS|TO_BE, version?, cases?, seed?,"
                                + " parameters?}) and store the results with the model version", this::simulate),
                Route.get("/api/simulations", SIGNED_IN,
                        "Stored simulation runs of a model, newest first (?procedureCode=&kind=&version=)",
                        this::runs),
                Route.get("/api/simulations/{id}", SIGNED_IN, "One stored simulation run", this::run));
    }

    private void simulate(Context ctx) {
        SimulationRequest request = Json.read(json, ctx.body(), SimulationRequest.class);
        StoredSimulation stored = simulations.simulate(request, Params.actor(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/simulations/" + stored.id()).json(stored);
    }

    private void runs(Context ctx) {
        Params q = new Params(ctx);
        String code = q.text("procedureCode");
        String kind = q.text("kind");
        Integer version = q.optionalInteger("version", 1);
        q.check();
        if (code == null) {
            throw InvalidInputException.of("procedureCode", Text.of("catalog.problem.required"));
        }
        if (kind == null) {
            throw InvalidInputException.of("kind", Text.of("catalog.problem.required"));
        }
        ctx.json(simulations.runs(code, ModelKind.parse(kind), version));
    }

    private void run(Context ctx) {
        ctx.json(simulations.run(Params.pathNumber(ctx, "id", 1, "id", Text.of("modeler.param.simulationNumber"))));
    }
}
