package procedo.modeler.digitisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the result of a dossier was issued to the applicant. */
public enum ResultMedium {
    /** A paper document (bản giấy). */
    PAPER,
    /** An electronic copy with the legal value of the original (bản điện tử). */
    ELECTRONIC;

    /** The medium of that name, in any case; empty when there is none. */
    public static Optional<ResultMedium> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(m -> m.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
