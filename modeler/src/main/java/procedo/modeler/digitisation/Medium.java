package procedo.modeler.digitisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a dossier component was handed in at intake. */
public enum Medium {
    /** On paper (giấy). */
    PAPER,
    /** On paper, scanned at the counter (đã số hoá). */
    SCANNED,
    /** Submitted electronically (nộp điện tử). */
    ELECTRONIC,
    /** Not asked of the applicant: reused from a national database (tái sử dụng dữ liệu, once-only). */
    REUSED;

    /** Whether the component exists as data after intake. */
    public boolean digital() {
        return this != PAPER;
    }

    /** The medium of that name, in any case; empty when there is none. */
    public static Optional<Medium> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(m -> m.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
