package procedo.modeler.web.http;

/** A request body over the limit of its route (HTTP 413); the sentence says the limit. */
public final class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(String message) {
        super(message);
    }
}
