package procedo.templates.model;

import java.util.Objects;

/** One choice of a select or multi-select field: the stored value and the label shown. */
public record FieldOption(String value, String label) {

    public FieldOption {
        Objects.requireNonNull(value, "value");
        label = label == null || label.isBlank() ? value : label;
    }
}
