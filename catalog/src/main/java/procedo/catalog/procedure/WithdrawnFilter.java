package procedo.catalog.procedure;

/** Which procedures a list shows with respect to withdrawal; lists leave withdrawn procedures out unless asked. */
public enum WithdrawnFilter {
    /** Only procedures in the catalog (the default). */
    EXCLUDE,
    /** Procedures in the catalog and withdrawn ones. */
    INCLUDE,
    /** Only withdrawn procedures. */
    ONLY;

    /** Whether a procedure that is (or is not) withdrawn passes this filter. */
    public boolean admits(Withdrawal withdrawal) {
        return switch (this) {
            case EXCLUDE -> withdrawal == null;
            case INCLUDE -> true;
            case ONLY -> withdrawal != null;
        };
    }
}
