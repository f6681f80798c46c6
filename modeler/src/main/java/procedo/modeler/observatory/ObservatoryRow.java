package procedo.modeler.observatory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.procedure.OnlineLevel;

/**
 * One procedure of the observatory: what identifies it, its figure in every column (by the column's key, in the
 * columns' order) and its trend.
 *
 * @param running whether its workflow runs on the engine in the observatory's scope
 * @param trend   the cases started in each of the observatory's months, null when its workflow does not run there
 */
public record ObservatoryRow(String code, String name, String field, String agencyCode, String agencyName,
                             String localityCode, OnlineLevel onlineLevel, boolean running,
                             Map<String, Figure> figures, List<Long> trend) {

    public ObservatoryRow {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        trend = trend == null ? null : List.copyOf(trend);
    }
}
