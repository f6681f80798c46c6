package procedo.modeler.model;

import java.util.Locale;
import procedo.catalog.error.InvalidInputException;

/** Which model of a procedure: the process as it is today, or as redesigned. */
public enum ModelKind {
    AS_IS, TO_BE;

    /** Reads {@code AS_IS}/{@code TO_BE} in any case, also {@code as-is}/{@code to-be}; anything else is invalid. */
    public static ModelKind parse(String text) {
        String folded = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ModelKind kind : values()) {
            if (kind.name().equals(folded)) {
                return kind;
            }
        }
        throw InvalidInputException.of("kind", "must be AS_IS or TO_BE (also as-is, to-be), not '" + text + "'");
    }

    /** The kind as written in file names: {@code as-is}, {@code to-be}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
