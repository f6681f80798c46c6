package procedo.modeler.web.dossier;

import static procedo.modeler.web.http.Access.CASE_WORK;
import static procedo.modeler.web.http.Access.PUBLIC;
import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Text;
import procedo.modeler.dossier.Receipt;
import procedo.modeler.dossier.office.ReceiptDocument;
import procedo.modeler.json.Json;
import procedo.modeler.web.http.Authentication;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;
import procedo.modeler.workflow.DossierDesk;

/**
 * The receipt of a numbered dossier (issued with a new look-up code, then printable as HTML or downloadable as DOCX
 * with that code) and the public status look-up, which needs no sign-in and answers only to the dossier number with
 * its look-up code.
 */
public final class DossierRoutes {

    private final DossierDesk desk;
    private final Authentication authentication;
    private final ObjectMapper json;

    public DossierRoutes(DossierDesk desk, Authentication authentication, ObjectMapper json) {
        this.desk = desk;
        this.authentication = authentication;
        this.json = json;
    }

    /** A status look-up: the number on the receipt and its look-up code. */
    record Lookup(String dossierNumber, String code) {
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/cases/{id}/receipt", CASE_WORK,
                        "Issue the receipt and appointment slip of a case's dossier with a new look-up code (the "
                                + "former code stops working)",
                        ctx -> ctx.json(desk.issueReceipt(ctx.pathParam("id"), Params.principal(ctx)))),
                Route.get("/api/cases/{id}/receipt.docx", SIGNED_IN,
                        "The receipt and appointment slip as a Word document (code: the look-up code issued last)",
                        this::docx),
                Route.post("/api/dossier-status", PUBLIC,
                        "The status, due date and outcome of a dossier ({dossierNumber, code}; no sign-in); a wrong "
                                + "code and an unknown number are refused alike, and repeated failures for a while",
                        this::status));
    }

    private void docx(Context ctx) {
        String code = ctx.queryParam("code");
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("code", Text.of("catalog.problem.required"));
        }
        Receipt receipt = desk.receipt(ctx.pathParam("id"), code, Params.principal(ctx));
        String statusUrl = (authentication.isHttps(ctx) ? "https" : "http") + "://" + ctx.host()
                + DossierDesk.STATUS_PAGE;
        Downloads.attachment(ctx, Downloads.DOCX, "giay-tiep-nhan-" + receipt.dossierNumber() + ".docx",
                out -> new ReceiptDocument().write(receipt, statusUrl, out));
    }

    private void status(Context ctx) {
        Lookup lookup = ctx.body().isBlank() ? new Lookup(null, null) : Json.read(json, ctx.body(), Lookup.class);
        if (lookup.dossierNumber() == null || lookup.dossierNumber().isBlank()) {
            throw InvalidInputException.of("dossierNumber", Text.of("catalog.problem.required"));
        }
        if (lookup.code() == null || lookup.code().isBlank()) {
            throw InvalidInputException.of("code", Text.of("catalog.problem.required"));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.json(desk.status(lookup.dossierNumber(), lookup.code(), authentication.clientAddress(ctx)));
    }
}
