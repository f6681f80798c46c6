package procedo.catalog.error;

/** The thing asked for does not exist (HTTP 404). */
public final class NotFoundException extends ProcedoException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String kind, Object key) {
        return new NotFoundException(kind + " '" + key + "' does not exist");
    }
}
