package procedo.engine;

import java.util.Map;
import java.util.Objects;

/**
 * A dossier received: the case to start.
 *
 * @param procedureCode  the procedure
 * @param locality       the province code of the locality that received it
 * @param channel        how it came in (ONLINE unless given)
 * @param processingDays the legal processing time in working days, from which the due date follows
 * @param data           the start form's data, field id to value (strings, numbers, booleans, lists, maps)
 * @param startedBy      who received it
 * @param mark           why the case is no real dossier (training, simulated); null for a real dossier
 */
public record StartCase(String procedureCode, String locality, Channel channel, int processingDays,
                        Map<String, Object> data, String startedBy, CaseMark mark) {

    /** A real dossier. */
    public StartCase(String procedureCode, String locality, Channel channel, int processingDays,
                     Map<String, Object> data, String startedBy) {
        this(procedureCode, locality, channel, processingDays, data, startedBy, null);
    }

    public StartCase {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(locality, "locality");
        channel = channel == null ? Channel.ONLINE : channel;
        data = data == null ? Map.of() : data;
    }
}
