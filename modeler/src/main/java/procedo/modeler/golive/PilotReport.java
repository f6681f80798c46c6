package procedo.modeler.golive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A procedure's pilot compared: the pilot provinces against the same procedure elsewhere and against their own
 * figures before the pilot. Without a pilot ever recorded, {@code pilot} is null and there are no groups.
 *
 * @param stage         the procedure's current stage, null when it is not managed in stages
 * @param version       the current stage's version, which a promotion names
 * @param pilot         the latest pilot (the current one while in PILOT), null when none was recorded
 * @param groups        the pilot, elsewhere, before — in that order
 * @param provinceNames the name of every province the pilot names, by code
 * @param at            when the figures were read
 */
public record PilotReport(String procedureCode, String procedureName, Stage stage, int version, Pilot pilot,
                          List<PilotGroup> groups, Map<String, String> provinceNames, Instant at) {

    public PilotReport {
        groups = List.copyOf(groups);
        provinceNames = Map.copyOf(provinceNames);
    }

    /**
     * A pilot: its provinces (those of its latest move), when it began and who began it, and when it ended (the
     * move out of PILOT), null while it runs.
     */
    public record Pilot(List<String> provinces, Instant startedAt, String startedBy, Instant endedAt, Stage endedIn) {

        public Pilot {
            provinces = List.copyOf(provinces);
        }
    }
}
