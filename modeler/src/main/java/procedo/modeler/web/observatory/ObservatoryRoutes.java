package procedo.modeler.web.observatory;

import static procedo.modeler.web.http.Access.SIGNED_IN;

import io.javalin.http.Context;
import java.util.List;
import procedo.catalog.text.Messages;
import procedo.modeler.observatory.ObservatoryFilter;
import procedo.modeler.observatory.ObservatoryService;
import procedo.modeler.observatory.ObservatorySheet;
import procedo.modeler.observatory.ObservatoryView;
import procedo.modeler.table.excel.TableWorkbook;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Language;
import procedo.modeler.web.http.Params;
import procedo.modeler.web.http.Route;

/** The observatory of public-service quality: its rows as JSON and as a workbook of values. */
public final class ObservatoryRoutes {

    private final ObservatoryService observatory;

    public ObservatoryRoutes(ObservatoryService observatory) {
        this.observatory = observatory;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/observatory", SIGNED_IN, "Every procedure's service-quality figures with their "
                        + "sources and colour ratings (field, agency, province, year)", this::rows),
                Route.get("/api/observatory.xlsx", SIGNED_IN, "The observatory as a workbook of values, headers in "
                        + "the request's language (field, agency, province, year, lang)", this::xlsx));
    }

    /** The filters: field, agency, province, year. */
    private static ObservatoryFilter filter(Context ctx) {
        Params q = new Params(ctx);
        String field = q.text("field");
        String agency = q.text("agency");
        String province = q.text("province");
        int year = q.integer("year", 0, 1990, 2100);
        q.check();
        return new ObservatoryFilter(field, agency, province, year == 0 ? null : year);
    }

    private void rows(Context ctx) {
        ctx.json(ObservatoryView.of(observatory.observe(filter(ctx)), Language.of(ctx)));
    }

    private void xlsx(Context ctx) {
        var table = ObservatorySheet.table(observatory.observe(filter(ctx)), Language.of(ctx));
        String name = Messages.isEnglish(Language.of(ctx)) ? "observatory.xlsx" : "dai-quan-sat.xlsx";
        Downloads.attachment(ctx, Downloads.XLSX, name, out -> TableWorkbook.write(table, out));
    }
}
