package procedo.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * What a deployed workflow covers in its scope: ALL the dossiers of the procedure (so that its measurements may
 * stand for the scope's yearly volume) or a PILOT (some dossiers only, whose measurements never stand for it).
 */
public enum Coverage {
    ALL, PILOT;

    /** The coverage named {@code name} (any case); empty when there is none of that name. */
    public static Optional<Coverage> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
