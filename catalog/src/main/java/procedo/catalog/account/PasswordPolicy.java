package procedo.catalog.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import procedo.catalog.text.Text;

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
    public static Optional<Text> problem(String password, String username, String displayName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Text.of("catalog.password.tooShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Text.of("catalog.password.tooLong", MAX_LENGTH));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Text.of("catalog.password.username"));
        }
        if (displayName != null && !displayName.isBlank() && folded.equals(displayName.toLowerCase(Locale.ROOT))) {
            return Optional.of(Text.of("catalog.password.name"));
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of(Text.of("catalog.password.repetitive"));
        }
        if (COMMON.contains(folded)) {
            return Optional.of(Text.of("catalog.password.common"));
        }
        return Optional.empty();
    }
}
