package procedo.catalog.error;

/** The change collides with the stored state: a stale version, a duplicate key (HTTP 409). */
public final class ConflictException extends ProcedoException {

    public ConflictException(String message) {
        super(message);
    }
}
