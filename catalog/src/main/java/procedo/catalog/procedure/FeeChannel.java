package procedo.catalog.procedure;

/** The channel a fee applies to; online fees are often reduced. */
public enum FeeChannel {
    IN_PERSON, ONLINE, POST
}
