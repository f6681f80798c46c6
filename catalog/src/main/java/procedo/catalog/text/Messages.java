package procedo.catalog.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@link Text}s in Vietnamese (the default) or English. Each module keeps its sentences in
 * {@code procedo/<module>/messages_vi.properties} and {@code messages_en.properties} (UTF-8), under keys that start
 * with the module's name. Arguments are formatted for the reader: decimals the vi-VN way (74,48 and 3.000.000) in
 * Vietnamese and plain (74.48, 3000000) in English, whole numbers as they are, dates {@code dd/MM/yyyy} and instants {@code dd/MM/yyyy HH:mm} in Viet Nam's time zone in both
 * languages, enums by their entry {@code <module>.enum.<Type>.<NAME>}. A key missing in Vietnamese falls back to
 * English, and one missing in both to the key itself (a test checks that both bundles of every module hold the
 * same keys).
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The modules whose bundles hold field labels, searched in this order. */
    private static final List<String> MODULES = List.of("catalog", "templates", "engine", "modeler");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** {@code text} in {@code locale}: English when its language is English, Vietnamese otherwise. */
    public static String render(Text text, Locale locale) {
        if (text.isVerbatim()) {
            return String.valueOf(text.args().get(0));
        }
        Optional<String> pattern = find(text.key(), locale);
        if (pattern.isEmpty()) {
            return text.args().isEmpty() ? text.key() : text.key() + " " + text.args();
        }
        Matcher m = PLACEHOLDER.matcher(pattern.get());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String value = i < text.args().size() ? format(text.args().get(i), locale) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The sentence under {@code key} in {@code locale}, falling back to English; empty when no bundle has it. */
    public static Optional<String> find(String key, Locale locale) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String module = key.substring(0, dot);
        String value = null;
        if (!isEnglish(locale)) {
            value = bundle(module, "vi").getProperty(key);
        }
        if (value == null) {
            value = bundle(module, "en").getProperty(key);
        }
        return Optional.ofNullable(value);
    }

    /**
     * How a person sees the field at {@code location} (a path such as {@code activities[2].share}): the label
     * under {@code <module>.field.activities[].share} of the first module that has one, with the 1-based indexes
     * as its arguments ("Hoạt động 3: tỷ lệ"); empty when no module labels it.
     */
    public static Optional<String> label(String location, Locale locale) {
        return label(location, locale, MODULES.get(0));
    }

    /**
     * As {@link #label(String, Locale)}, searching {@code module}'s labels first: an input of that module names its
     * fields its own way where another module has a label for the same path.
     */
    public static Optional<String> label(String location, Locale locale, String module) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        List<Object> indexes = new ArrayList<>();
        Matcher m = INDEX.matcher(location);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)) + 1);
        }
        String path = INDEX.matcher(location).replaceAll("[]");
        List<String> order = new ArrayList<>(MODULES);
        order.remove(module);
        order.add(0, module);
        for (String searched : order) {
            String key = searched + ".field." + path;
            if (find(key, locale).isPresent()) {
                return Optional.of(render(new Text(key, indexes), locale));
            }
        }
        return Optional.empty();
    }

    /**
     * The language a request asks for in its {@code Accept-Language} header: English when English comes before
     * Vietnamese (or Vietnamese is absent and English is named), Vietnamese otherwise.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String range0 = range.getRange().toLowerCase(Locale.ROOT);
                if (range0.startsWith("vi")) {
                    return VIETNAMESE;
                }
                if (range0.startsWith("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
        return VIETNAMESE;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** One argument as the reader sees it. */
    public static String format(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Text text) {
            return render(text, locale);
        }
        if (value instanceof Enum<?> constant) {
            return enumName(constant, locale);
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            BigDecimal number = new BigDecimal(value.toString());
            return isEnglish(locale) ? number.toPlainString() : decimal(number, locale);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime time) {
            return DATE_TIME.format(time);
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(VIET_NAM));
        }
        return String.valueOf(value);
    }

    /** A decimal with thousands grouping and at most two decimals: 3.000.000 and 74,48 in Vietnamese. */
    public static String decimal(BigDecimal value, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (!isEnglish(locale)) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        } else {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** An enum constant by its name under {@code <module>.enum.<Type>.<NAME>}, else the constant itself. */
    public static String enumName(Enum<?> constant, Locale locale) {
        String key = moduleOf(constant.getDeclaringClass()) + ".enum." + constant.getDeclaringClass().getSimpleName()
                + "." + constant.name();
        return find(key, locale).orElse(constant.name());
    }

    private static String moduleOf(Class<?> type) {
        String name = type.getPackageName();
        String[] parts = name.split("\\.");
        return parts.length > 1 && parts[0].equals("procedo") ? parts[1] : "catalog";
    }

    /** The keys of a module's bundle in one language, for the test that both languages hold the same keys. */
    public static java.util.Set<String> keys(String module, String language) {
        return bundle(module, language).stringPropertyNames();
    }

    private static Properties bundle(String module, String language) {
        return BUNDLES.computeIfAbsent(module + "_" + language, ignored -> load(module, language));
    }

    private static Properties load(String module, String language) {
        Properties properties = new Properties();
        String resource = "procedo/" + module + "/messages_" + language + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
