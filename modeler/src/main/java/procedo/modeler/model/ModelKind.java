package procedo.modeler.model;

import java.util.Locale;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Text;

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
        throw InvalidInputException.of("kind", Text.of("modeler.model.kindInvalid", String.valueOf(text)));
    }

    /** The kind as a person reads it in a sentence ("the TO_BE model", "mô hình đề xuất (to-be)"). */
    public Text text() {
        return Text.of("modeler.model.kind." + name());
    }

    /** The kind as written in file names: {@code as-is}, {@code to-be}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
