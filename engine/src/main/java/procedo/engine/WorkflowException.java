package procedo.engine;

/**
 * A request the workflow engine refuses; the subclasses say why. The reason is an {@link EngineText}, said in the
 * reader's language by the application; {@link #getMessage()} is its English form.
 */
public class WorkflowException extends RuntimeException {

    private final transient EngineText text;

    public WorkflowException(EngineText text) {
        super(text.english());
        this.text = text;
    }

    public WorkflowException(EngineText text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    /** Used by subclasses whose English message adds to the reason. */
    protected WorkflowException(EngineText text, String englishMessage) {
        super(englishMessage);
        this.text = text;
    }

    /** The reason, for saying it in the reader's language. */
    public EngineText text() {
        return text;
    }
}
