package procedo.modeler.web.http;

import procedo.catalog.error.ProcedoException;
import procedo.catalog.text.Text;

/**
 * A request the web layer itself refuses before any service sees it, with the HTTP status that says why: 401 (no
 * one signed in, or a credential that is not valid), 415 (a body type the route does not take), 421 (a host name
 * this server does not answer to). The reason is a {@link Text}, answered in the reader's language.
 */
public final class RefusedRequestException extends ProcedoException {

    private final int status;

    public RefusedRequestException(int status, Text reason) {
        super(reason);
        this.status = status;
    }

    /** Nobody signed in, or the credential sent is not valid (401). */
    public static RefusedRequestException unauthorized(Text reason) {
        return new RefusedRequestException(401, reason);
    }

    /** A body of a type the route does not take (415). */
    public static RefusedRequestException unsupportedType(Text reason) {
        return new RefusedRequestException(415, reason);
    }

    public int status() {
        return status;
    }
}
