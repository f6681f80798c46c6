package procedo.modeler.observatory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * The colour thresholds of the observatory's columns as configured: {@code <column>.good} and {@code <column>.poor}
 * for each column that is rated. The bundled file ({@value #BUNDLED_RESOURCE}) gives every one; a file given to
 * {@code serve --observatory-thresholds} (env {@code PROCEDO_OBSERVATORY_THRESHOLDS}) replaces those it names.
 *
 * @param source where the settings were read, to name it in a problem
 * @param values each setting's number by its name ({@code onTimeRate.good})
 */
public record ThresholdSettings(String source, Map<String, BigDecimal> values) {

    public static final String BUNDLED_RESOURCE = "procedo/modeler/observatory/thresholds.properties";
    private static final long MAX_FILE_BYTES = 64 * 1024;

    public ThresholdSettings {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The thresholds bundled with Procedo. */
    public static ThresholdSettings bundled() {
        try (InputStream in = ThresholdSettings.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
            }
            ThresholdSettings settings = parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
            ObservatoryColumns.of(settings);
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled thresholds with those of {@code file} (UTF-8 properties) in their place; every problem (a setting
     * that is no number, a column without thresholds, a good threshold worse than the poor one) refused at once.
     */
    public static ThresholdSettings load(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                Problems problems = new Problems();
                problems.add(file.toString(), Text.of("modeler.observatory.thresholds.tooLarge", MAX_FILE_BYTES));
                problems.throwIfAny();
            }
            return bundled().with(parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)),
                    file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the observatory's thresholds " + file, e);
        }
    }

    static ThresholdSettings parse(Reader text, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(text);
        Map<String, BigDecimal> values = new TreeMap<>();
        Problems problems = new Problems();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name).strip();
            try {
                values.put(name.strip(), new BigDecimal(value));
            } catch (NumberFormatException e) {
                problems.add(source + ": " + name, Text.of("modeler.observatory.thresholds.number", value));
            }
        }
        problems.throwIfAny();
        return new ThresholdSettings(source, values);
    }

    /** These settings with {@code other}'s in place of the same names; checked as a whole. */
    ThresholdSettings with(ThresholdSettings other) {
        Map<String, BigDecimal> merged = new TreeMap<>(values);
        merged.putAll(other.values);
        ThresholdSettings settings = new ThresholdSettings(other.source, merged);
        ObservatoryColumns.of(settings);
        return settings;
    }
}
