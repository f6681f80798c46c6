package procedo.modeler.model;

import procedo.catalog.error.ConflictException;
import procedo.catalog.text.Text;

/**
 * A model save that was refused because the model changed since the client read it (or a first save found one
 * stored already); it names the current version to reload (HTTP 409).
 */
public final class StaleModelException extends ConflictException {

    private final int currentVersion;

    public StaleModelException(Text text, int currentVersion) {
        super(text);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
