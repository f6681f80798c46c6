package procedo.catalog.error;

/** The person acting may not do this (their role, their province, or a separation-of-duties rule): HTTP 403. */
public final class NotAllowedException extends ProcedoException {

    public NotAllowedException(String message) {
        super(message);
    }
}
