package procedo.templates.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import procedo.catalog.number.Decimals;

/**
 * One field of a form template.
 *
 * @param id        stable identifier kept across versions and locality copies (the diff and the deviation report
 *                  match fields by it)
 * @param labelEn   English label, optional
 * @param help      how to fill the field (the footnote printed beside the label)
 * @param minLength for text: fewest characters; {@code null} when unbounded
 * @param min       for numbers and money: the smallest value; {@code null} when unbounded
 * @param pattern   a regular expression the value must match, or {@code null}
 * @param options   the choices of a select or multi-select field
 * @param reuseFrom the national database the value can be reused from (the once-only principle), or {@code null}
 * @param columns   the columns of a repeating group (a table); empty for other types
 */
public record FormField(String id, FieldType type, String label, String labelEn, boolean required, String help,
                        Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern,
                        List<FieldOption> options, String reuseFrom, List<FormField> columns) {

    public FormField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        label = label == null ? "" : label;
        labelEn = blankToNull(labelEn);
        help = help == null ? "" : help;
        pattern = blankToNull(pattern);
        min = min == null ? null : Decimals.plain(min);
        max = max == null ? null : Decimals.plain(max);
        reuseFrom = blankToNull(reuseFrom);
        options = List.copyOf(Objects.requireNonNullElse(options, List.of()));
        columns = List.copyOf(Objects.requireNonNullElse(columns, List.of()));
    }

    /** This field followed by its columns. */
    public Stream<FormField> flatten() {
        return Stream.concat(Stream.of(this), columns.stream().flatMap(FormField::flatten));
    }

    public FormField withHelp(String newHelp) {
        return new FormField(id, type, label, labelEn, required, newHelp, minLength, maxLength, min, max, pattern,
                options, reuseFrom, columns);
    }

    public FormField withColumns(List<FormField> newColumns) {
        return new FormField(id, type, label, labelEn, required, help, minLength, maxLength, min, max, pattern,
                options, reuseFrom, newColumns);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
