package procedo.templates.formjs;

/**
 * Text shown by a form-js {@code text} component, which the viewer renders as Markdown (and evaluates {@code {{ }}}
 * templates in): a title or a name from a template package or the catalog is shown literally, so that an image, a
 * link, raw HTML or a template in it is text on the page — never a request to another site or a link to follow.
 */
public final class FormText {

    private FormText() {
    }

    /** A level-1 heading showing {@code text} literally. */
    public static String heading(String text) {
        return "# " + literal(text);
    }

    /**
     * {@code text} with every ASCII punctuation character escaped by a backslash (which Markdown turns back into
     * the character alone) and line breaks made spaces: no Markdown construct, HTML tag, bare URL
     * ({@code http\://}, {@code www\.}) or template delimiter survives.
     */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else if (c < 128 && isPunctuation(c)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
