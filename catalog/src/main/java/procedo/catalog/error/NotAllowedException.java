package procedo.catalog.error;

import procedo.catalog.text.Text;

/** The person acting may not do this (their role, their province, or a separation-of-duties rule): HTTP 403. */
public final class NotAllowedException extends ProcedoException {

    public NotAllowedException(Text text) {
        super(text);
    }

    /** A reason in the same words in every language. */
    public NotAllowedException(String message) {
        super(message);
    }
}
