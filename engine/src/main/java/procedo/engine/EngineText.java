package procedo.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the engine for a person, held as a message key ({@code engine.…}) and its arguments, so that the
 * application can say it in the reader's language from {@code procedo/engine/messages_vi.properties} and
 * {@code messages_en.properties}. An argument may be another {@code EngineText} (an element named the way a person
 * sees it), a {@link LocalDate}, a number or words. The engine itself only renders English, for its exceptions'
 * messages and logs. A {@link #verbatim verbatim} text carries words from outside Procedo (what the engine's
 * parser said), the same in every language.
 */
public record EngineText(String key, List<Object> args) {

    /** The key of a verbatim text: its only argument is shown as it is. */
    public static final String VERBATIM = "verbatim";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Properties ENGLISH = englishBundle();

    public EngineText {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The sentence under {@code key} with {@code args} in its placeholders {0}, {1}, ... */
    public static EngineText of(String key, Object... args) {
        return new EngineText(key, Arrays.asList(args));
    }

    /** Words shown as they are, in every language. */
    public static EngineText verbatim(String words) {
        return new EngineText(VERBATIM, List.of(String.valueOf(words)));
    }

    public boolean isVerbatim() {
        return VERBATIM.equals(key);
    }

    /** This sentence in English. */
    public String english() {
        if (isVerbatim()) {
            return String.valueOf(args.get(0));
        }
        String pattern = ENGLISH.getProperty(key);
        if (pattern == null) {
            return args.isEmpty() ? key : key + " " + args;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String value = i < args.size() ? format(args.get(i)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return english();
    }

    private static String format(Object value) {
        if (value instanceof EngineText text) {
            return text.english();
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return String.valueOf(value);
    }

    private static Properties englishBundle() {
        Properties properties = new Properties();
        String resource = "procedo/engine/messages_en.properties";
        try (InputStream in = EngineText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
