package procedo.modeler.golive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dossiers of one side of a pilot comparison: where (the pilot provinces, or every other province) and when
 * (the pilot's period, or as long a period just before it), with their figures by key ({@code cycleTime},
 * {@code onTimeRate}, {@code costPerDossier}, {@code digitisedShare}, {@code satisfaction}).
 *
 * @param kind      which side it is
 * @param provinces the provinces it counts, by code
 * @param from      the start of its period (included)
 * @param to        the end of its period (excluded)
 * @param received  the real dossiers received in its provinces during its period
 * @param decided   how many of them the agency decided (granted or refused) by now
 */
public record PilotGroup(Kind kind, List<String> provinces, Instant from, Instant to, long received, long decided,
                         Map<String, PilotFigure> figures) {

    public PilotGroup {
        provinces = List.copyOf(provinces);
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** The sides of a pilot comparison. */
    public enum Kind {
        /** The pilot provinces during the pilot. */
        PILOT,
        /** Every other province during the pilot. */
        ELSEWHERE,
        /** The pilot provinces during as long a period just before the pilot. */
        BEFORE
    }
}
