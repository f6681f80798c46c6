package procedo.modeler.dossier;

import java.time.Instant;
import procedo.catalog.text.Text;

/**
 * A status look-up refused: the number and code do not match a dossier (the same answer whether the number is
 * unknown or the code wrong), or, with {@link #retryAfter()}, too many failed attempts from the same place or for
 * the same number.
 */
public final class LookupRefusedException extends RuntimeException {

    private final transient Text text;
    private final Instant retryAfter;

    public LookupRefusedException(Text text, Instant retryAfter) {
        super(text.key());
        this.text = text;
        this.retryAfter = retryAfter;
    }

    public Text text() {
        return text;
    }

    /** When to try again after too many failures; null for a plain refusal. */
    public Instant retryAfter() {
        return retryAfter;
    }
}
