package procedo.modeler.observatory;

import java.util.Objects;
import java.util.function.Function;
import procedo.catalog.text.Text;

/**
 * One column of the observatory, defined in one place: its key (the name of its figure in the API's rows), its unit,
 * its colour thresholds (none for figures that are not better or worse, such as volume) and how its figure is taken
 * from a procedure's facts. Its label is {@code modeler.observatory.column.<key>} in the message bundles (Vietnamese
 * and English). A column whose data Procedo does not record yet is {@link #declared declared}: every row shows it
 * missing, with the reason.
 *
 * @param absent why no procedure has this figure yet, for a declared column; null for a column with data
 */
public record ObservatoryColumn(String key, ColumnUnit unit, Thresholds thresholds,
                                Function<ProcedureFacts, Figure> value, Text absent) {

    public ObservatoryColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
    }

    /** A column whose figures come from {@code value}. */
    public static ObservatoryColumn of(String key, ColumnUnit unit, Thresholds thresholds,
                                       Function<ProcedureFacts, Figure> value) {
        return new ObservatoryColumn(key, unit, thresholds, value, null);
    }

    /** A column whose data is not recorded yet: every row says so, for {@code reason}. */
    public static ObservatoryColumn declared(String key, ColumnUnit unit, Thresholds thresholds, Text reason) {
        Figure missing = Figure.missing(reason);
        return new ObservatoryColumn(key, unit, thresholds, facts -> missing, reason);
    }

    public Text label() {
        return Text.of("modeler.observatory.column." + key);
    }

    /** Whether any procedure can have this figure. */
    public boolean hasData() {
        return absent == null;
    }

    /** The figure of one procedure, rated against the thresholds. */
    public Figure figure(ProcedureFacts facts) {
        return value.apply(facts).rated(thresholds);
    }
}
