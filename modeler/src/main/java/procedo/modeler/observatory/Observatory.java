package procedo.modeler.observatory;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * What the observatory shows for a filter: its columns, the months of the trends and one row per procedure, the
 * largest volume first.
 *
 * @param at the moment the figures were read
 */
public record Observatory(ObservatoryFilter filter, Instant at, List<ObservatoryColumn> columns,
                          List<YearMonth> months, List<ObservatoryRow> rows) {

    public Observatory {
        columns = List.copyOf(columns);
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }
}
