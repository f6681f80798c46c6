package procedo.modeler.web.http;

import java.util.List;

/** The body of every error response: the HTTP status, a sentence, and for bad input each field and reason. */
public record ApiError(int status, String message, List<FieldError> errors) {

    /** One field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
