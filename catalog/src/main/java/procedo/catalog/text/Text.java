package procedo.catalog.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for a person, held as a message key and its arguments until it is rendered in the reader's language
 * by {@link Messages}. The key names its module first ({@code catalog.procedure.notFound} lives in
 * {@code procedo/catalog/messages_vi.properties} and {@code _en}); an argument may itself be a {@code Text}, an
 * enum (shown by its name in the bundles), a number, a date or an instant, each formatted for the reader. A
 * {@link #verbatim verbatim} text carries words that come from outside Procedo (a parser's own message) and reads
 * the same in every language.
 */
public record Text(String key, List<Object> args) {

    /** The key of a verbatim text: its only argument is shown as it is. */
    public static final String VERBATIM = "verbatim";

    public Text {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The text under {@code key} with {@code args} in its placeholders {0}, {1}, ... */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** Words shown as they are, in every language (what a library or another system said). */
    public static Text verbatim(String words) {
        return new Text(VERBATIM, List.of(String.valueOf(words)));
    }

    /**
     * The texts one after another, separated by commas ("a, b, c"): each one rendered in the reader's language.
     * No texts make an empty text.
     */
    public static Text join(List<Text> texts) {
        if (texts.isEmpty()) {
            return verbatim("");
        }
        Text joined = texts.get(0);
        for (Text next : texts.subList(1, texts.size())) {
            joined = of("catalog.text.join", joined, next);
        }
        return joined;
    }

    public boolean isVerbatim() {
        return VERBATIM.equals(key);
    }

    /** This text in English, for logs and for readers who chose English. */
    @Override
    public String toString() {
        return Messages.render(this, Messages.ENGLISH);
    }
}
