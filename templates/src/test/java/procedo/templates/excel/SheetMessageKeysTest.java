package procedo.templates.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Every sentence key the workbook readers name in their code (a literal such as {@code "catalog.sheet.required"})
 * has a sentence in Vietnamese and in English, so that no officer reads a bare key.
 */
class SheetMessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"((?:catalog|templates)\\.sheet(?:\\.[A-Za-z]+)+)\"");

    @Test
    void everyKeyTheWorkbookReadersNameHasASentenceInBothLanguages() throws IOException {
        Set<String> named = new TreeSet<>();
        named.addAll(keysIn(Path.of("../catalog/src/main/java/procedo/catalog/excel")));
        named.addAll(keysIn(Path.of("src/main/java/procedo/templates/excel")));
        assertThat(named).as("keys found in the code").contains("catalog.sheet.required", "templates.sheet.formula");

        Set<String> missing = new TreeSet<>();
        for (String key : named) {
            for (String language : new String[] {"vi", "en"}) {
                String module = key.substring(0, key.indexOf('.'));
                if (!Messages.keys(module, language).contains(key)) {
                    missing.add(language + ": " + key);
                }
            }
        }
        assertThat(missing).as("keys without a sentence").isEmpty();
    }

    private static Set<String> keysIn(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
