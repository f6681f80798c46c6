package procedo.catalog.procedure;

/** How far a procedure can be done online: not at all, partly, or end to end (toàn trình). */
public enum OnlineLevel {
    NONE, PARTIAL, FULL
}
