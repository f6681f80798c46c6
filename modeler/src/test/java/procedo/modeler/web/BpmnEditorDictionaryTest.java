package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The BPMN editor's Vietnamese dictionary ({@code web/bpmn/vi.js}) read as the browser gets it: every entry keeps the
 * placeholders of its English text and is Vietnamese, and every fixed message of the lint rules the modeler runs
 * (bpmnlint's and our plugin's) has its Vietnamese.
 */
class BpmnEditorDictionaryTest {

    private static final Path WEB = Path.of("src", "main", "resources", "web", "bpmn");
    private static final Path FRONTEND = Path.of("src", "main", "frontend");
    /** A quoted JavaScript string, single quotes, with escapes. */
    private static final String QUOTED = "'((?:[^'\\\\\\n]|\\\\.)*)'";
    private static final Pattern ENTRY = Pattern.compile(QUOTED + "\\s*:\\s*" + QUOTED);
    /** A report of a rule with a whole literal message (messages built from parts are matched by patterns). */
    private static final Pattern REPORT = Pattern.compile("report\\([^,]+,\\s*" + QUOTED + "\\s*[,)]");
    /** A placeholder the translate service fills ({element}); ${...} is an expression's syntax, not one. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{[^}]+}");
    private static final Pattern NOT_ASCII = Pattern.compile("[^\\x00-\\x7f]");
    /** Vietnamese words written without diacritics. */
    private static final List<String> PLAIN_VIETNAMESE = List.of("Leo thang", "Sau");

    private static String unquote(String text) {
        return text.replace("\\'", "'").replace("\\\\", "\\");
    }

    /** The entries of the VI object of vi.js, English → Vietnamese. */
    private static Map<String, String> dictionary() throws IOException {
        String source = Files.readString(WEB.resolve("vi.js"), StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("export const VI = {"), source.indexOf("\n};", source.indexOf("export const VI")));
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(body);
        while (m.find()) {
            entries.put(unquote(m.group(1)), unquote(m.group(2)));
        }
        return entries;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(r -> found.add(r.group()));
        return found;
    }

    @Test
    void everyEntryKeepsItsPlaceholdersAndIsVietnamese() throws IOException {
        Map<String, String> entries = dictionary();
        assertThat(entries).hasSizeGreaterThan(250)
                .containsEntry("Create task", "Tạo nhiệm vụ")
                .containsEntry("Open {element}", "Mở {element}")
                .containsEntry("{errors} Errors, {warnings} Warnings", "{errors} lỗi, {warnings} cảnh báo");
        List<String> wrong = new ArrayList<>();
        entries.forEach((english, vietnamese) -> {
            if (!placeholders(english).equals(placeholders(vietnamese))) {
                wrong.add("placeholders: " + english + " → " + vietnamese);
            }
            if (!NOT_ASCII.matcher(vietnamese).find() && !PLAIN_VIETNAMESE.contains(vietnamese)) {
                wrong.add("not Vietnamese: " + english + " → " + vietnamese);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFixedMessageOfTheLintRulesHasItsVietnamese() throws IOException {
        Map<String, String> entries = dictionary();
        List<Path> rules = new ArrayList<>();
        for (Path folder : List.of(FRONTEND.resolve("node_modules/bpmnlint/rules"),
                FRONTEND.resolve("bpmnlint-plugin-procedo/rules"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".js")).forEach(rules::add);
            }
        }
        TreeSet<String> messages = new TreeSet<>();
        for (Path rule : rules) {
            REPORT.matcher(Files.readString(rule, StandardCharsets.UTF_8)).results()
                    .forEach(r -> messages.add(unquote(r.group(1))));
        }
        assertThat(messages).contains("Element is not connected", "Flow splits implicitly")
                .anyMatch(m -> m.startsWith("No lane or pool is the applicant's"));
        assertThat(messages).allSatisfy(message -> assertThat(entries).containsKey(message));
    }
}
