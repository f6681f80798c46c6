package procedo.catalog.error;

import procedo.catalog.text.Text;

/**
 * Root of the domain's exception hierarchy. The web layer maps each subtype to one HTTP status and the CLI to
 * one exit code, once. The reason is a {@link Text}, rendered in the reader's language at the edge;
 * {@link #getMessage()} is its English form, for logs and the command line.
 */
public abstract class ProcedoException extends RuntimeException {

    private final transient Text text;

    protected ProcedoException(Text text) {
        super(text.toString());
        this.text = text;
    }

    protected ProcedoException(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    /** A reason in the same words in every language. */
    protected ProcedoException(String message) {
        this(Text.verbatim(message));
    }

    /** A reason in the same words in every language. */
    protected ProcedoException(String message, Throwable cause) {
        this(Text.verbatim(message), cause);
    }

    /** The reason, for rendering in the reader's language. */
    public Text text() {
        return text;
    }
}
