package procedo.modeler.dossier;

import java.security.SecureRandom;
import java.util.Locale;
import procedo.catalog.text.Digests;

/**
 * The look-up code printed on a dossier's receipt: ten characters drawn at random from an alphabet without the
 * look-alikes 0/O, 1/I/L, and kept only as a SHA-256 hash salted with the dossier number.
 */
public final class LookupCodes {

    /** The characters of a code: digits and capital letters that cannot be mistaken for one another. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** The length of a code (31^10 ≈ 8·10^14 codes). */
    public static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private LookupCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The hash kept for a dossier until its receipt is printed: of a random code that nobody is told, so that no
     * code opens the dossier's status before a receipt gives one.
     */
    public static String unissued() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Digests.sha256Hex(java.util.HexFormat.of().formatHex(secret));
    }

    /** The hash kept for {@code code} of dossier {@code dossierNumber}; a code is compared as typed, spaces aside. */
    public static String hash(String dossierNumber, String code) {
        return Digests.sha256Hex(dossierNumber + ":" + normalise(code));
    }

    /** A code as typed: without spaces or dashes, upper-cased. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
