package procedo.modeler.observatory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * The observatory as the API answers it, its sentences (labels, notes, reasons) in the reader's language and the
 * machine-readable codes beside them: {@code GET /api/observatory}.
 */
public record ObservatoryView(ObservatoryFilter filter, Instant at, List<ColumnView> columns, List<String> months,
                              int total, List<RowView> rows) {

    /**
     * A column: its key, label and unit; which way is better with its thresholds (null when not rated); whether
     * any procedure has its data, and if not why.
     */
    public record ColumnView(String key, String label, ColumnUnit unit, Thresholds.Direction direction,
                             BigDecimal good, BigDecimal poor, boolean hasData, String missing, String missingCode) {
    }

    /** A procedure's row: figures by column key, the trend by month (null when its workflow does not run here). */
    public record RowView(String code, String name, String field, String agencyCode, String agencyName,
                          String localityCode, OnlineLevel onlineLevel, boolean running,
                          Map<String, FigureView> figures, List<Long> trend) {
    }

    /**
     * A figure: its value (shares from 0 to 1) and rating, or why it is missing; where it comes from, in code and in
     * words; and the other source's figure beside it.
     */
    public record FigureView(BigDecimal value, Rating rating, FigureSource source, String sourceName, Integer year,
                             Long dossiers, Integer localities, Integer coveredDays, String note, String missing,
                             String missingCode, FigureView beside) {
    }

    public static ObservatoryView of(Observatory observatory, Locale locale) {
        List<ColumnView> columns = observatory.columns().stream().map(c -> new ColumnView(c.key(),
                Messages.render(c.label(), locale), c.unit(),
                c.thresholds() == null ? null : c.thresholds().direction(),
                c.thresholds() == null ? null : c.thresholds().good(),
                c.thresholds() == null ? null : c.thresholds().poor(), c.hasData(),
                c.absent() == null ? null : Messages.render(c.absent(), locale),
                c.absent() == null ? null : c.absent().key())).toList();
        List<RowView> rows = observatory.rows().stream().map(r -> {
            Map<String, FigureView> figures = new LinkedHashMap<>();
            r.figures().forEach((key, figure) -> figures.put(key, figure(figure, locale)));
            return new RowView(r.code(), r.name(), r.field(), r.agencyCode(), r.agencyName(), r.localityCode(),
                    r.onlineLevel(), r.running(), figures, r.trend());
        }).toList();
        return new ObservatoryView(observatory.filter(), observatory.at(), columns,
                observatory.months().stream().map(Object::toString).toList(), rows.size(), rows);
    }

    private static FigureView figure(Figure f, Locale locale) {
        if (f == null) {
            return null;
        }
        return new FigureView(f.value(), f.rating(), f.source(),
                f.source() == null ? null : Messages.enumName(f.source(), locale), f.year(), f.dossiers(),
                f.localities(), f.coveredDays(), render(f.note(), locale), render(f.missing(), locale),
                f.missing() == null ? null : f.missing().key(), figure(f.beside(), locale));
    }

    private static String render(Text text, Locale locale) {
        return text == null ? null : Messages.render(text, locale);
    }
}
