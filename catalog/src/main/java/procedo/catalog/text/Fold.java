package procedo.catalog.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to lower-case letters without diacritics, so that text typed without them matches:
 * "Đăng  ký khai sinh" → "dang ky khai sinh". Combining marks are dropped, đ becomes d, runs of whitespace one
 * space.
 */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {
    }

    /** The folded text; {@code null} folds to the empty text. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
