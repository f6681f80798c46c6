package procedo.catalog.procedure;

/**
 * A channel through which a dossier is handed in (trực tiếp, trực tuyến, bưu chính), and so the channel a fee or a
 * processing time applies to; online fees are often reduced.
 */
public enum FeeChannel {
    IN_PERSON, ONLINE, POST
}
