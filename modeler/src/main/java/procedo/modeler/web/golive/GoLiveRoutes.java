package procedo.modeler.web.golive;

import static procedo.modeler.web.http.Access.ANALYST;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.text.Text;
import procedo.modeler.golive.PilotComparison;
import procedo.modeler.golive.PilotFigure;
import procedo.modeler.golive.PilotGroup;
import procedo.modeler.golive.PilotReport;
import procedo.modeler.golive.Stage;
import procedo.modeler.golive.StageChange;
import procedo.modeler.golive.StageHistory;
import procedo.modeler.golive.StagePreview;
import procedo.modeler.golive.StageService;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.http.Versions;

/**
 * A procedure's stage of going live (read by every signed-in person, moved by central staff: analysts and
 * administrators), what a move would do, and the pilot comparison; sentences in the reader's language.
 */
public final class GoLiveRoutes {

    private final StageService stages;
    private final PilotComparison pilots;
    private final ObjectMapper json;

    public GoLiveRoutes(StageService stages, PilotComparison pilots, ObjectMapper json) {
        this.stages = stages;
        this.pilots = pilots;
        this.json = json;
    }

    /** What a move would do, its sentences in the reader's language. */
    record PreviewView(String procedureCode, String procedureName, Stage from, int version, Stage to,
                       List<String> provinces, Map<String, String> provinceNames, String realDossiers,
                       List<StagePreview.Deployment> deployments, long activeCases, boolean allowed,
                       List<String> refusals) {
    }

    /** A figure of the comparison: its value and cases, or why it is missing, in the reader's language. */
    record FigureView(BigDecimal value, Long cases, String note, String missing, String missingCode,
                      FigureView beside) {
    }

    /** A side of the comparison with its figures by key. */
    record GroupView(PilotGroup.Kind kind, List<String> provinces, Instant from, Instant to, long received,
                     long decided, Map<String, FigureView> figures) {
    }

    /** The comparison as the API answers it. */
    record ReportView(String procedureCode, String procedureName, Stage stage, int version, PilotReport.Pilot pilot,
                      List<GroupView> groups, Map<String, String> provinceNames, Instant at) {
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/procedures/{code}/stage", SIGNED_IN, "The stage of a procedure's workflow (DESIGN, "
                        + "TEST, PILOT with its provinces, ROLLOUT; null when not managed in stages) with every move, "
                        + "who and when; ETag: its version", this::history),
                Route.get("/api/procedures/{code}/stage/preview", SIGNED_IN, "What moving the workflow into a stage "
                        + "would do (stage, provinces=79,01): where real dossiers are received, the deployed workflows "
                        + "and their running cases, and what would refuse it", this::preview),
                Route.put("/api/procedures/{code}/stage", ANALYST, "Move the workflow into a stage {stage, provinces, "
                        + "reason, version} (If-Match or version: the stage's version; 409 when stale or out of order;"
                        + " a reason is needed to go back)", this::move),
                Route.get("/api/procedures/{code}/pilot", SIGNED_IN, "The pilot comparison: the pilot provinces "
                        + "against every other province and against their own period before the pilot (cycle time, "
                        + "on-time rate over decided dossiers, cost per dossier), each figure with its dossiers",
                        this::pilot));
    }

    private void history(Context ctx) {
        StageHistory history = stages.history(ctx.pathParam("code"));
        ctx.header("ETag", Versions.etag(history.version())).json(history);
    }

    private void preview(Context ctx) {
        String provinces = ctx.queryParam("provinces");
        StagePreview p = stages.preview(ctx.pathParam("code"), new StageChange(ctx.queryParam("stage"),
                provinces == null || provinces.isBlank() ? List.of() : Arrays.stream(provinces.split(","))
                        .map(String::strip).toList(), ctx.queryParam("reason"), null));
        ctx.json(new PreviewView(p.procedureCode(), p.procedureName(), p.from(), p.version(), p.to(), p.provinces(),
                p.provinceNames(), say(ctx, p.realDossiers()), p.deployments(), p.activeCases(),
                p.refusals().isEmpty(), p.refusals().stream().map(t -> say(ctx, t)).toList()));
    }

    private void move(Context ctx) {
        StageChange body = Json.read(json, ctx.body(), StageChange.class);
        StageHistory moved = stages.move(ctx.pathParam("code"), new StageChange(body.stage(), body.provinces(),
                body.reason(), Versions.expected(ctx, body.version())), Params.principal(ctx));
        ctx.header("ETag", Versions.etag(moved.version())).json(moved);
    }

    private void pilot(Context ctx) {
        PilotReport r = pilots.compare(ctx.pathParam("code"));
        List<GroupView> groups = r.groups().stream().map(g -> {
            Map<String, FigureView> figures = new LinkedHashMap<>();
            g.figures().forEach((key, f) -> figures.put(key, figure(ctx, f)));
            return new GroupView(g.kind(), g.provinces(), g.from(), g.to(), g.received(), g.decided(), figures);
        }).toList();
        ctx.json(new ReportView(r.procedureCode(), r.procedureName(), r.stage(), r.version(), r.pilot(), groups,
                r.provinceNames(), r.at()));
    }

    private static FigureView figure(Context ctx, PilotFigure f) {
        return f == null ? null : new FigureView(f.value(), f.cases(), say(ctx, f.note()), say(ctx, f.missing()),
                f.missing() == null ? null : f.missing().key(), figure(ctx, f.beside()));
    }

    private static String say(Context ctx, Text text) {
        return text == null ? null : Language.render(ctx, text);
    }
}
