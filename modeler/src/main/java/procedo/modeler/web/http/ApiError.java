package procedo.modeler.web.http;

import java.util.List;

/**
 * The body of every error response: the HTTP status, a sentence in the reader's language, the sentence's key for
 * scripts ({@code code}), and for bad input each field: its machine-readable place ({@code field}), how a person
 * sees it ({@code label}, absent when it has no name of its own), what is wrong ({@code message}) and that
 * sentence's key ({@code code}).
 */
public record ApiError(int status, String message, String code, List<FieldError> errors) {

    public ApiError(int status, String message, List<FieldError> errors) {
        this(status, message, null, errors);
    }

    /** One field of the request and what is wrong with it. */
    public record FieldError(String field, String label, String message, String code) {

        public FieldError(String field, String message) {
            this(field, null, message, null);
        }
    }
}
