package procedo.modeler.web;

import procedo.modeler.web.http.Authentication;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import procedo.modeler.web.audit.AuditRoutes;
import procedo.modeler.web.catalog.CatalogRoutes;
import procedo.modeler.web.cost.CostRoutes;
import procedo.modeler.web.model.ModelRoutes;
import procedo.modeler.web.simulation.SimulationRoutes;
import procedo.modeler.web.operations.OperationsRoutes;
import procedo.modeler.web.plan.PlanRoutes;
import procedo.modeler.web.priority.PriorityRoutes;
import procedo.modeler.web.report.ReportRoutes;
import procedo.modeler.web.template.TemplateRoutes;
import procedo.modeler.web.workbook.CatalogWorkbookRoutes;
import procedo.modeler.web.workflow.CandidateGroupRoutes;
import procedo.modeler.web.workflow.WorkflowRoutes;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.account.AccountRoutes;

/**
 * The route table: every route of the application, feature by feature, each feature's routes declared in its own
 * package. The server registers this list, and the OpenAPI description is made from it.
 */
public final class Routes {

    private Routes() {
    }

    public static List<Route> of(WebServices services, Authentication authentication, ObjectMapper json) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new AccountRoutes(services.accounts(), authentication, json).routes());
        routes.addAll(new OperationsRoutes(services.health(), services.backup()).routes());
        routes.addAll(new CatalogRoutes(services.procedures(), services.usage(), services.tariffs(),
                services.localities(), services.assessment(), json).routes());
        routes.addAll(new CostRoutes(services.costs()).routes());
        routes.addAll(new PriorityRoutes(services.assessment(), services.profiles(), json).routes());
        routes.addAll(new ModelRoutes(services.models()).routes());
        routes.addAll(new procedo.modeler.web.simulation.CalibrationRoutes(services.calibration(),
                services.simulatedCost(), json).routes());
        routes.addAll(new SimulationRoutes(services.simulations(), json).routes());
        routes.addAll(new TemplateRoutes(services.templates(), json).routes());
        routes.addAll(new WorkflowRoutes(services.workflows(), services.calendar(), json,
                services.digitisation()).routes());
        routes.addAll(new CandidateGroupRoutes(services.candidateGroups()).routes());
        routes.addAll(new PlanRoutes(services.plans(), json).routes());
        routes.addAll(new ReportRoutes(services.reports()).routes());
        routes.addAll(new CatalogWorkbookRoutes(services.catalogExport(), services.catalogImport()).routes());
        routes.addAll(new AuditRoutes(services.audit()).routes());
        routes.addAll(new procedo.modeler.web.table.TableRoutes(json).routes());
        routes.addAll(new procedo.modeler.web.dossier.DossierRoutes(services.dossierDesk(), authentication, json)
                .routes());
        routes.addAll(new procedo.modeler.web.observatory.ObservatoryRoutes(services.observatory()).routes());
        routes.addAll(new procedo.modeler.web.golive.GoLiveRoutes(services.stages(), services.pilots(), json).routes());
        routes.addAll(new procedo.modeler.web.digitisation.DigitisationRoutes(services.digitisation(), authentication,
                json).routes());
        routes.add(Route.get("/api/openapi.json", SIGNED_IN, "This OpenAPI description",
                ctx -> ctx.json(OpenApi.describe(routes))));
        return List.copyOf(routes);
    }
}
