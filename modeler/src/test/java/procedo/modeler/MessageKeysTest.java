package procedo.modeler;

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
 * Every sentence key the four modules name in their code (a string literal such as {@code "engine.task.claimedBy"})
 * has its sentence in both languages, so that no person ever reads a bare key.
 */
class MessageKeysTest {

    private static final Pattern KEY = Pattern.compile(
            "\"((?:catalog|templates|engine|modeler)\\.[A-Za-z]+(?:\\.[A-Za-z_]+)+)\"");

    @Test
    void everyKeyNamedInTheCodeHasASentence() {
        Set<String> named = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../engine/src/main/java"),
                Path.of("../catalog/src/main/java"), Path.of("../templates/src/main/java")}) {
            named.addAll(keysIn(root));
        }
        assertThat(named).as("keys found in the code").contains("engine.task.claimedBy", "modeler.workflow.noCase",
                "catalog.problem.required", "catalog.sheet.required", "templates.adoption.longer",
                "templates.sheet.formula");
        Set<String> missing = new TreeSet<>();
        for (String key : named) {
            String module = key.substring(0, key.indexOf('.'));
            for (String language : new String[] {"vi", "en"}) {
                if (!Messages.keys(module, language).contains(key)) {
                    missing.add(language + ": " + key);
                }
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
