package procedo.modeler.web.cost;

import static procedo.modeler.web.http.Access.SIGNED_IN;

import io.javalin.http.Context;
import java.util.List;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.assessment.Scope;
import procedo.catalog.cost.ComparisonRequest;
import procedo.catalog.cost.CostInputReader;
import procedo.modeler.web.http.Route;

/** The Standard Cost Model over HTTP: stateless evaluation and comparison, and a catalog procedure's cost. */
public final class CostRoutes {

    private final ProcedureCosts costs;
    private final CostInputReader reader = new CostInputReader();

    public CostRoutes(ProcedureCosts costs) {
        this.costs = costs;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/procedures/{code}/cost", SIGNED_IN, "As-is and to-be compliance cost of a procedure in a"
                        + " scope, with its inputs", ctx -> ctx.json(costs.of(ctx.pathParam("code"),
                        Scope.parse(ctx.queryParam("scope"))))),
                Route.post("/api/cost/evaluate", SIGNED_IN, "Standard Cost Model of one input",
                        ctx -> ctx.json(costs.evaluate(reader.readInput(ctx.body())))),
                Route.post("/api/cost/compare", SIGNED_IN, "Standard Cost Model of as-is and to-be, with the saving",
                        this::compare));
    }

    private void compare(Context ctx) {
        ComparisonRequest request = reader.readComparison(ctx.body());
        ctx.json(costs.compare(request.asIs(), request.toBe()));
    }
}
