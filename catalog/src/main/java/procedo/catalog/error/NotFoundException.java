package procedo.catalog.error;

import procedo.catalog.text.Text;

/** The thing asked for does not exist (HTTP 404). */
public final class NotFoundException extends ProcedoException {

    public NotFoundException(Text text) {
        super(text);
    }

    /** A reason in the same words in every language. */
    public NotFoundException(String message) {
        super(message);
    }

    /**
     * "{kind} '{key}' does not exist", the kind named in the reader's language by its entry
     * {@code catalog.kind.<kind>} (procedure, plan, profile, template, token, user, locality).
     */
    public static NotFoundException of(String kind, Object key) {
        return new NotFoundException(Text.of("catalog.error.notFound", Text.of("catalog.kind." + kind), key));
    }
}
