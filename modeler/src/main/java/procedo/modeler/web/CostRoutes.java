package procedo.modeler.web;

import io.javalin.http.Context;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.assessment.Scope;
import procedo.catalog.cost.CostInputReader;

/** The Standard Cost Model over HTTP: stateless evaluation and comparison, and a catalog procedure's cost. */
final class CostRoutes {

    private final ProcedureCosts costs;
    private final CostInputReader reader = new CostInputReader();

    CostRoutes(ProcedureCosts costs) {
        this.costs = costs;
    }

    void evaluate(Context ctx) {
        ctx.json(costs.evaluate(reader.readInput(ctx.body())));
    }

    void compare(Context ctx) {
        procedo.catalog.cost.ComparisonRequest request = reader.readComparison(ctx.body());
        ctx.json(costs.compare(request.asIs(), request.toBe()));
    }

    void procedureCost(Context ctx) {
        ctx.json(costs.of(ctx.pathParam("code"), Scope.parse(ctx.queryParam("scope"))));
    }
}
