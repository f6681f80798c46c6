package procedo.templates.model;

import java.util.List;
import java.util.Objects;

/** A titled part of a form (e.g. "Thông tin người được khai sinh") and its fields in order. */
public record FormSection(String title, List<FormField> fields) {

    public FormSection {
        title = title == null ? "" : title;
        fields = List.copyOf(Objects.requireNonNullElse(fields, List.of()));
    }
}
