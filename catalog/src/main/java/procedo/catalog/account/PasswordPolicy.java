package procedo.catalog.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 10 characters (at most 128), not the username or the display name, not one
 * character repeated, and not one of the passwords attackers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "1234567890", "12345678910", "0123456789", "123456789a", "1234567890a", "qwertyuiop", "qwerty1234",
            "password12", "password123", "password1!", "passw0rd12", "matkhau123", "matkhau1234", "abc1234567",
            "admin12345", "admin123456", "administrator", "iloveyou12", "1q2w3e4r5t", "procedo123", "procedo1234",
            "changeme123", "letmein123", "welcome123", "a123456789", "123456789@", "abcd123456");

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for {@code username}, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String username, String displayName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (displayName != null && !displayName.isBlank() && folded.equals(displayName.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be the person's name");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("must use at least 4 different characters");
        }
        if (COMMON.contains(folded)) {
            return Optional.of("is one of the passwords tried first by attackers");
        }
        return Optional.empty();
    }
}
