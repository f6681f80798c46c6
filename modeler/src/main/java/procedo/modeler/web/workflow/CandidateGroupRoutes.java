package procedo.modeler.web.workflow;

import static procedo.modeler.web.http.Access.SIGNED_IN;

import java.util.List;
import procedo.modeler.web.http.Route;
import procedo.modeler.workflow.CandidateGroups;

/** The candidate groups known to Procedo, which the modeler offers for a user task. */
public final class CandidateGroupRoutes {

    private final CandidateGroups groups;

    public CandidateGroupRoutes(CandidateGroups groups) {
        this.groups = groups;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/groups", SIGNED_IN,
                "The known candidate groups {id, name, sources}: the configured list, the deployed workflows' and the"
                        + " case officers' groups", ctx -> ctx.json(groups.known())));
    }
}
