package procedo.modeler.web.http;

import procedo.catalog.error.ProcedoException;
import procedo.catalog.text.Text;

/** A request body over the limit of its route (HTTP 413); the sentence says the limit. */
public final class BodyTooLargeException extends ProcedoException {

    public BodyTooLargeException(Text reason) {
        super(reason);
    }

    /** "The {what} is larger than {mebibytes} MiB", {@code what} named by its entry {@code modeler.upload.<what>}. */
    public static BodyTooLargeException over(String what, long bytes) {
        return new BodyTooLargeException(Text.of("modeler.request.tooLarge", Text.of("modeler.upload." + what),
                bytes / (1024 * 1024)));
    }
}
