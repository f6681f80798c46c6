package procedo.modeler.web.table;

import static procedo.modeler.web.http.Access.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import procedo.modeler.json.Json;
import procedo.modeler.table.Table;
import procedo.modeler.table.excel.TableWorkbook;
import procedo.modeler.web.http.Downloads;
import procedo.modeler.web.http.Route;

/**
 * Turns the rows a page's table holds into a workbook: the page sends what it shows (its headers and its rows, in
 * their order, numbers as numbers) and receives the XLSX file. Nothing is read or changed on the server.
 */
public final class TableRoutes {

    private final ObjectMapper json;

    public TableRoutes(ObjectMapper json) {
        this.json = json;
    }

    public List<Route> routes() {
        return List.of(Route.post("/api/tables/xlsx", SIGNED_IN,
                "A table the page holds ({title, headers, rows}) as a workbook of values, never formulas", this::xlsx));
    }

    /** The body of {@code POST /api/tables/xlsx}. */
    record TableBody(String title, List<String> headers, List<List<Object>> rows) {
    }

    private void xlsx(Context ctx) {
        TableBody body = Json.read(json, ctx.body(), TableBody.class);
        Table table = Table.sent(body.title(), body.headers(), body.rows());
        Downloads.attachment(ctx, Downloads.XLSX, fileName(table.title()) + ".xlsx", out -> TableWorkbook.write(table, out));
    }

    /** A file name from the table's title: its letters and digits, spaces as dashes. */
    static String fileName(String title) {
        String name = title.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "bang" : name;
    }
}
