package procedo.catalog.error;

/**
 * Root of the domain's exception hierarchy. The web layer maps each subtype to one HTTP status and the CLI to
 * one exit code, once.
 */
public abstract class ProcedoException extends RuntimeException {

    protected ProcedoException(String message) {
        super(message);
    }

    protected ProcedoException(String message, Throwable cause) {
        super(message, cause);
    }
}
