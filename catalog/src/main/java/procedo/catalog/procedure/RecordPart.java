package procedo.catalog.procedure;

/** A group of the fields of a procedure's record whose values are checked against one source at a time. */
public enum RecordPart {
    /** Name, field, level, agency, applicants, channels and online level. */
    RECORD,
    FEES,
    PROCESSING_TIME,
    COMPONENTS,
    LEGAL_BASIS,
    ACTIVITIES
}
