package procedo.modeler.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.modeler.golive.Stage;
import procedo.modeler.table.Table;

/**
 * The observatory as a table of values for its workbook ({@code GET /api/observatory.xlsx}): the procedure, each
 * column's figure (shares as percentages, money in whole đồng, "no data" in words where there is none), the other
 * source's figure beside the columns that have one, and the cases started in each month.
 */
public final class ObservatorySheet {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ObservatorySheet() {
    }

    public static Table table(Observatory observatory, Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("code", "name", "field", "agency")) {
            headers.add(say(Text.of("modeler.observatory.sheet." + key), locale));
        }
        List<ObservatoryColumn> beside = observatory.columns().stream()
                .filter(c -> observatory.rows().stream().anyMatch(r -> hasBeside(r, c))).toList();
        for (ObservatoryColumn c : observatory.columns()) {
            String header = say(Text.of("modeler.observatory.header." + c.unit().name(), c.label()), locale);
            headers.add(header);
            if (beside.contains(c)) {
                FigureSource source = observatory.rows().stream().filter(r -> hasBeside(r, c)).findFirst()
                        .orElseThrow().figures().get(c.key()).beside().source();
                headers.add(say(Text.of("modeler.observatory.sheet.beside", header, source), locale));
            }
        }
        observatory.months().forEach(m -> headers.add(say(Text.of("modeler.observatory.sheet.month",
                MONTH.format(m)), locale)));
        String noData = say(Text.of("modeler.observatory.noData"), locale);
        List<List<Object>> rows = new ArrayList<>();
        for (ObservatoryRow r : observatory.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(r.code());
            cells.add(r.name());
            cells.add(r.field());
            cells.add(r.agencyName() == null ? r.agencyCode() : r.agencyName());
            for (ObservatoryColumn c : observatory.columns()) {
                Figure f = r.figures().get(c.key());
                cells.add(cell(f, c.unit(), noData, locale));
                if (beside.contains(c)) {
                    cells.add(f == null || f.beside() == null ? null : cell(f.beside(), c.unit(), noData, locale));
                }
            }
            for (int i = 0; i < observatory.months().size(); i++) {
                cells.add(r.trend() == null ? null : BigDecimal.valueOf(r.trend().get(i)));
            }
            rows.add(cells);
        }
        return new Table(say(Text.of("modeler.observatory.sheet.title"), locale), headers, rows);
    }

    private static boolean hasBeside(ObservatoryRow row, ObservatoryColumn column) {
        Figure f = row.figures().get(column.key());
        return f != null && f.beside() != null;
    }

    private static Object cell(Figure f, ColumnUnit unit, String noData, Locale locale) {
        if (f == null || f.isMissing()) {
            return noData;
        }
        if (unit == ColumnUnit.STAGE) {
            return Messages.enumName(Stage.values()[f.value().intValue() - 1], locale);
        }
        return unit == ColumnUnit.SHARE ? Decimals.plain(f.value().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP))
                : f.value();
    }

    private static String say(Text text, Locale locale) {
        return Messages.render(text, locale);
    }
}
