package procedo.catalog.procedure;

import java.util.Set;

/**
 * The parts of a procedure's record that came after its first form (channels, processing times per channel, legal
 * documents, sources). A client written before them leaves them out of an update; what it leaves out is kept
 * from the stored version instead of being cleared, while an empty list still clears.
 */
public enum RecordDetail {
    CHANNELS("channels"),
    PROCESSING_TIMES("processingTimes"),
    LEGAL_DOCUMENTS("legalDocuments"),
    SOURCES("sources");

    private final String jsonName;

    RecordDetail(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name of the part in the procedure's JSON. */
    public String jsonName() {
        return jsonName;
    }

    /** {@code update} with each part in {@code omitted} taken from {@code stored}. */
    static Procedure keepOmitted(Procedure update, Procedure stored, Set<RecordDetail> omitted) {
        if (omitted.isEmpty() || stored == null) {
            return update;
        }
        return update.withRecordDetails(
                omitted.contains(CHANNELS) ? stored.channels() : update.channels(),
                omitted.contains(PROCESSING_TIMES) ? stored.processingTimes() : update.processingTimes(),
                omitted.contains(LEGAL_DOCUMENTS) ? stored.legalDocuments() : update.legalDocuments(),
                omitted.contains(SOURCES) ? stored.sources() : update.sources());
    }
}
