package procedo.catalog.error;

/**
 * The change collides with the stored state: a stale version, a duplicate key (HTTP 409). A conflict that carries
 * more for the caller (e.g. the version to reload) is a subclass.
 */
public class ConflictException extends ProcedoException {

    public ConflictException(String message) {
        super(message);
    }
}
