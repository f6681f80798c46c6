package procedo.modeler.model;

import procedo.catalog.error.ConflictException;

/**
 * A model save that was refused because the model changed since the client read it (or a first save found one
 * stored already); it names the current version to reload (HTTP 409).
 */
public final class StaleModelException extends ConflictException {

    private final int currentVersion;

    public StaleModelException(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
