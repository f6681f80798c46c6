package procedo.modeler.model;

import java.util.Objects;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Text;

/**
 * One side of a comparison: a kind of model and one of its versions, or its latest version when {@code version} is
 * null. Written {@code AS_IS:3} or {@code TO_BE} in a query.
 */
public record ModelRef(ModelKind kind, Integer version) {

    public ModelRef {
        Objects.requireNonNull(kind, "kind");
        if (version != null && version < 1) {
            throw new IllegalArgumentException("version " + version + " < 1");
        }
    }

    /** The latest version of the model of this kind. */
    public static ModelRef latest(ModelKind kind) {
        return new ModelRef(kind, null);
    }

    /**
     * Reads {@code KIND} or {@code KIND:n} (the kind as {@link ModelKind#parse} reads it, n a version from 1); anything
     * else is an {@link InvalidInputException} located at {@code field}.
     */
    public static ModelRef parse(String field, String text) {
        String value = text == null ? "" : text.trim();
        int colon = value.indexOf(':');
        try {
            ModelKind kind = ModelKind.parse(colon < 0 ? value : value.substring(0, colon));
            if (colon < 0) {
                return latest(kind);
            }
            int version = Integer.parseInt(value.substring(colon + 1).trim());
            if (version >= 1) {
                return new ModelRef(kind, version);
            }
        } catch (InvalidInputException | NumberFormatException e) {
            // said below, with the whole value and where it was
        }
        throw InvalidInputException.of(field, Text.of("modeler.model.refInvalid", value));
    }
}
