package procedo.templates.formjs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import procedo.templates.Samples;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;

/**
 * A form's title reaches the form-js viewer, which renders text components as Markdown, as literal text: images,
 * links, HTML, bare URLs and templates in it stay characters.
 */
class FormTextTest {

    static final String HOSTILE = "Tờ khai ![x](http://evil.example/x.png) [bấm](javascript:alert(1)) "
            + "<img src=\"http://evil.example/y.png\"> http://evil.example/z www.evil.example {{secret}}\n# again";

    @Test
    void aFormTitleWithMarkdownImagesAndLinksBecomesLiteralText() {
        TemplatePackage pkg = Samples.birth1();
        FormTemplate form = pkg.forms().get(0);
        FormTemplate hostile = new FormTemplate(form.code(), HOSTILE, form.titleEn(), form.reference(),
                form.addressee(), form.sections());

        ObjectNode schema = FormJsSchema.of(pkg, hostile);
        String text = schema.get("components").get(0).get("text").asText();

        assertThat(text).startsWith("# Tờ khai ").doesNotContain("\n", "](", "![", "://", "www.", "{{")
                .doesNotContainPattern("(?<!\\\\)[<>\\[\\]()!{}]");
        assertThat(unescaped(text.substring(2))).isEqualTo(HOSTILE.replace('\n', ' '));
    }

    @Test
    void plainTitlesReadTheSame() {
        assertThat(FormText.heading("Tờ khai đăng ký khai sinh")).isEqualTo("# Tờ khai đăng ký khai sinh");
        assertThat(unescaped(FormText.literal("Mẫu số 01/2025 (TT 04/2020-BTP)")))
                .isEqualTo("Mẫu số 01/2025 (TT 04/2020-BTP)");
    }

    /** What Markdown shows for an escaped text: each backslash-escaped character alone. */
    private static String unescaped(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
