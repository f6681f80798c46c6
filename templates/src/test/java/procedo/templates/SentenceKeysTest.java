package procedo.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import procedo.catalog.text.Messages;

/**
 * Every sentence key the templates module names in its code (a string literal such as
 * {@code "templates.adoption.longer"}) has its sentence in both languages, so that no person ever reads a bare key.
 */
class SentenceKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(templates\\.[A-Za-z]+(?:\\.[A-Za-z_]+)+)\"");

    @Test
    void everyKeyNamedInTheCodeHasASentenceInBothLanguages() {
        Set<String> named = keysIn(Path.of("src/main/java"));
        assertThat(named).as("keys found in the code").contains("templates.adoption.longer",
                "templates.import.notImported");
        Set<String> missing = new TreeSet<>();
        for (String key : named) {
            if (Messages.find(key, Messages.ENGLISH).isEmpty() || !Messages.keys("templates", "vi").contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys without a sentence").isEmpty();
    }

    private static Set<String> keysIn(Path root) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
