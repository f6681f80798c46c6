package procedo.modeler.golive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a procedure's workflow stands in going live, and every move that brought it there.
 *
 * @param stage         the current stage, null when the workflow is not managed in stages (everything allowed)
 * @param version       how many moves were recorded: the version a next move must name
 * @param provinces     the pilot provinces' codes while in PILOT, else empty
 * @param since         when the current stage began, null without one
 * @param moves         every move, the newest first
 * @param provinceNames the name of every province the moves name, by code
 */
public record StageHistory(String procedureCode, String procedureName, Stage stage, int version,
                           List<String> provinces, Instant since, List<StageMove> moves,
                           Map<String, String> provinceNames) {

    public StageHistory {
        provinces = List.copyOf(provinces);
        moves = List.copyOf(moves);
        provinceNames = Map.copyOf(provinceNames);
    }
}
