package procedo.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/** Every module's sentences exist in Vietnamese and in English, with the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "templates", "engine", "modeler"})
    void bothLanguagesHoldTheSameKeysAndPlaceholders(String module) {
        Set<String> vi = Messages.keys(module, "vi");
        Set<String> en = Messages.keys(module, "en");

        assertThat(vi).as("keys of %s in Vietnamese and in English", module).isEqualTo(en);
        for (String key : en) {
            assertThat(key).as("a key names its module").startsWith(module + ".");
            String english = Messages.find(key, Messages.ENGLISH).orElseThrow();
            String vietnamese = Messages.find(key, Messages.VIETNAMESE).orElseThrow();
            assertThat(vietnamese).as(key).isNotBlank();
            assertThat(placeholders(vietnamese)).as("placeholders of %s", key).isEqualTo(placeholders(english));
            assertThat(vietnamese).as("%s is written with single quotes, not MessageFormat's doubled ones", key)
                    .doesNotContain("''");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "modeler"})
    void aModuleWithSentencesHasThem(String module) {
        assertThat(Messages.keys(module, "vi")).isNotEmpty();
        assertThat(Messages.render(Text.of(Messages.keys(module, "vi").iterator().next()), Messages.VIETNAMESE))
                .doesNotStartWith(module + ".");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
