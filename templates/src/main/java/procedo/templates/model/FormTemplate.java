package procedo.templates.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A form template (biểu mẫu, tờ khai).
 *
 * @param code      the form's code within its package (e.g. {@code TK-KS}), used in URLs
 * @param reference where the form is published, e.g. "Mẫu ban hành kèm theo Thông tư 04/2024/TT-BTP"
 * @param addressee the "Kính gửi" line of the printed form, or empty
 */
public record FormTemplate(String code, String title, String titleEn, String reference, String addressee,
                           List<FormSection> sections) {

    public FormTemplate {
        Objects.requireNonNull(code, "code");
        title = title == null ? "" : title;
        titleEn = FormField.blankToNull(titleEn);
        reference = reference == null ? "" : reference;
        addressee = addressee == null ? "" : addressee;
        sections = List.copyOf(Objects.requireNonNullElse(sections, List.of()));
    }

    /** Every field of the form, columns of groups included, in order. */
    public Stream<FormField> allFields() {
        return sections.stream().flatMap(s -> s.fields().stream()).flatMap(FormField::flatten);
    }

    public FormTemplate withSections(List<FormSection> newSections) {
        return new FormTemplate(code, title, titleEn, reference, addressee, newSections);
    }
}
