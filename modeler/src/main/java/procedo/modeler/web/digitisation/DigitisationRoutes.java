package procedo.modeler.web.digitisation;

import static procedo.modeler.web.http.Access.CASE_WORK;
import static procedo.modeler.web.http.Access.PUBLIC;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Text;
import procedo.modeler.digitisation.DigitisationDesk;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.Authentication;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;

/**
 * How a dossier's result was issued (recorded by the case's officers once it has its outcome), the applicant's
 * rating through the public status page (with the dossier number and its look-up code; no sign-in), and a
 * procedure's digitisation and satisfaction figures.
 */
public final class DigitisationRoutes {

    private final DigitisationDesk desk;
    private final Authentication authentication;
    private final ObjectMapper json;

    public DigitisationRoutes(DigitisationDesk desk, Authentication authentication, ObjectMapper json) {
        this.desk = desk;
        this.authentication = authentication;
        this.json = json;
    }

    /** The result's medium: PAPER or ELECTRONIC. */
    record ResultGiven(String medium) {
    }

    /** A rating: the number on the receipt, its look-up code, a score from 1 to 5 and an optional comment. */
    record RatingGiven(String dossierNumber, String code, Integer score, String comment) {
    }

    public List<Route> routes() {
        return List.of(
                Route.put("/api/cases/{id}/result-medium", CASE_WORK,
                        "Record how a case's result was issued ({medium: PAPER|ELECTRONIC}), once it has its outcome",
                        this::result),
                Route.post("/api/dossier-rating", PUBLIC,
                        "The applicant's rating of the service ({dossierNumber, code, score 1-5, comment}; no "
                                + "sign-in): once per dossier, after its outcome",
                        this::rate),
                Route.get("/api/procedures/{code}/digitisation", SIGNED_IN,
                        "Shares of dossiers digitised, components reused and results issued electronically, and the "
                                + "applicants' satisfaction (locality optional), beside the national reference",
                        this::figures));
    }

    private void result(Context ctx) {
        ResultGiven body = ctx.body().isBlank() ? new ResultGiven(null) : Json.read(json, ctx.body(), ResultGiven.class);
        ctx.json(desk.recordResult(ctx.pathParam("id"), body.medium(), Params.principal(ctx)));
    }

    private void rate(Context ctx) {
        RatingGiven body = ctx.body().isBlank() ? new RatingGiven(null, null, null, null)
                : Json.read(json, ctx.body(), RatingGiven.class);
        if (body.dossierNumber() == null || body.dossierNumber().isBlank()) {
            throw InvalidInputException.of("dossierNumber", Text.of("catalog.problem.required"));
        }
        if (body.code() == null || body.code().isBlank()) {
            throw InvalidInputException.of("code", Text.of("catalog.problem.required"));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).json(desk.rate(body.dossierNumber(), body.code(), body.score(), body.comment(),
                authentication.clientAddress(ctx)));
    }

    private void figures(Context ctx) {
        String locality = ctx.queryParam("locality");
        ctx.json(desk.figures(ctx.pathParam("code"), locality == null || locality.isBlank() ? null : locality));
    }
}
