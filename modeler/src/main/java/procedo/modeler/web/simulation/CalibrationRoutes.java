package procedo.modeler.web.simulation;

import static procedo.modeler.web.http.Access.ANALYST;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.text.Text;
import procedo.modeler.json.Json;
import procedo.modeler.simulation.calibration.CalibrationRequest;
import procedo.modeler.simulation.calibration.CalibrationService;
import procedo.modeler.simulation.scm.ScenarioRequest;
import procedo.modeler.simulation.scm.SimulatedComplianceCost;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.http.Versions;

/**
 * Simulation meeting reality: the parameters fitted from a deployed workflow's history beside the hand-set ones, and
 * the applicant's simulated burden written into the procedure's compliance cost. Declared before the stored runs'
 * routes, whose {@code /api/simulations/{id}} would otherwise take {@code calibration} for a run's number.
 */
public final class CalibrationRoutes {

    private final CalibrationService calibration;
    private final SimulatedComplianceCost complianceCost;
    private final ObjectMapper json;

    public CalibrationRoutes(CalibrationService calibration, SimulatedComplianceCost complianceCost,
                             ObjectMapper json) {
        this.calibration = calibration;
        this.complianceCost = complianceCost;
        this.json = json;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/simulations/calibration", ANALYST,
                        "Simulation parameters of a procedure's deployed workflow fitted from its history of real"
                                + " cases (?procedureCode=&locality=&from=&to=), beside the model's hand-set ones",
                        this::calibrate),
                Route.post("/api/simulations/compliance-cost", ANALYST,
                        "Replace a procedure's SCM activities by the applicant's burden of an as-is and/or to-be run"
                                + " ({procedureCode, asIsRun?, toBeRun?, version}) as a new procedure version",
                        this::adopt));
    }

    private void calibrate(Context ctx) {
        Params q = new Params(ctx);
        CalibrationRequest request = new CalibrationRequest(q.text("procedureCode"), q.text("locality"),
                day(q, "from"), day(q, "to"));
        q.check();
        ctx.json(calibration.calibrate(request));
    }

    private static LocalDate day(Params q, String name) {
        String text = q.text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, Text.of("modeler.param.mustBe", "yyyy-MM-dd", text));
        }
    }

    private void adopt(Context ctx) {
        ScenarioRequest body = Json.read(json, ctx.body(), ScenarioRequest.class);
        int expected = Versions.required(ctx, body.version());
        Procedure updated = complianceCost.adopt(new ScenarioRequest(body.procedureCode(), body.asIsRun(),
                body.toBeRun(), expected), Params.actor(ctx));
        ctx.header("ETag", Versions.etag(updated.version())).json(updated);
    }
}
