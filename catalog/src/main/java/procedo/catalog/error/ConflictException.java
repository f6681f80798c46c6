package procedo.catalog.error;

import procedo.catalog.text.Text;

/**
 * The change collides with the stored state: a stale version, a duplicate key (HTTP 409). A conflict that carries
 * more for the caller (e.g. the version to reload) is a subclass.
 */
public class ConflictException extends ProcedoException {

    public ConflictException(Text text) {
        super(text);
    }

    /** A reason in the same words in every language. */
    public ConflictException(String message) {
        super(message);
    }
}
