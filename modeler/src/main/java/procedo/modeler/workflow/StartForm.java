package procedo.modeler.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Text;

/**
 * The form a dossier is received with: a form-js schema for the page and the same fields for the server's check.
 *
 * @param source TEMPLATE (the procedure's published form template) or DOSSIER (built from its dossier components)
 */
public record StartForm(String procedureCode, String source, String title, String templateVersion,
                        ObjectNode schema, List<Field> fields) {

    /** A date field's value: ISO {@code yyyy-MM-dd}, and only a day the calendar has (no 31 February). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The form of a day, whether the calendar has it or not. */
    private static final Pattern DAY_FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final int MAX_TEXT = 4000;

    /**
     * A top-level field. {@code kind}: text, number, date, choice (one of {@code options}), choices (several),
     * yesno, checkbox, address (an object: province, commune, street), list (rows), file.
     */
    public record Field(String id, String label, String kind, boolean required, String pattern,
                        Set<String> options, List<Field> columns) {

        public Field {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /** The ids of the fields, the names the case's variables get. */
    public Set<String> fieldIds() {
        return fields.stream().map(Field::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every problem of the submitted data, each at its field's id (a row's field as {@code list[2].column}) and
     * named by the field's label as the form shows it; empty when the dossier can be received.
     */
    public List<Problem> check(Map<String, Object> data) {
        List<Problem> problems = new ArrayList<>();
        check(fields, data, "", null, problems);
        return problems;
    }

    /** {@code row}: how a person sees the row these fields are in ("Con, dòng 2"), null for the form's own fields. */
    private static void check(List<Field> fields, Map<?, ?> data, String prefix, Text row, List<Problem> problems) {
        Set<String> ids = fields.stream().map(Field::id).collect(Collectors.toSet());
        for (Object key : data.keySet()) {
            if (!ids.contains(String.valueOf(key))) {
                problems.add(new Problem(prefix + key, Text.of("modeler.form.notAField"), row));
            }
        }
        for (Field f : fields) {
            Object v = data.get(f.id());
            Text label = row == null ? Text.verbatim(f.label()) : Text.of("modeler.form.rowField", row, f.label());
            if (empty(v)) {
                if (f.required()) {
                    problems.add(new Problem(prefix + f.id(), Text.of("catalog.problem.required"), label));
                }
                continue;
            }
            if ("list".equals(f.kind()) && v instanceof List<?> rows) {
                for (int i = 0; i < rows.size(); i++) {
                    Text at = Text.of("modeler.form.row", f.label(), i + 1);
                    if (rows.get(i) instanceof Map<?, ?> cells) {
                        check(f.columns(), cells, prefix + f.id() + "[" + i + "].", at, problems);
                    } else {
                        problems.add(new Problem(prefix + f.id() + "[" + i + "]", Text.of("modeler.form.notARow"),
                                at));
                    }
                }
                continue;
            }
            Text problem = switch (f.kind()) {
                case "number" -> v instanceof Number || v instanceof String s && isNumber(s) ? null
                        : Text.of("modeler.form.number");
                case "date" -> v instanceof String s && isDate(s) ? null : notADate(v);
                case "choice" -> f.options().isEmpty() || f.options().contains(String.valueOf(v)) ? null
                        : Text.of("engine.form.option", String.join(", ", new TreeSet<>(f.options())));
                case "choices" -> v instanceof Collection<?> c && (f.options().isEmpty()
                        || c.stream().allMatch(x -> f.options().contains(String.valueOf(x)))) ? null
                        : Text.of("modeler.form.options", String.join(", ", new TreeSet<>(f.options())));
                case "yesno" -> "yes".equals(v) || "no".equals(v) ? null : Text.of("modeler.form.yesNo");
                case "checkbox" -> v instanceof Boolean ? null : Text.of("engine.form.boolean");
                case "address" -> address(f, v);
                case "list" -> v instanceof Collection<?> ? null : Text.of("modeler.form.rows");
                default -> v instanceof String s ? matches(f, s) : Text.of("modeler.form.text");
            };
            if (problem != null) {
                problems.add(new Problem(prefix + f.id(), problem, label));
            }
        }
    }

    private static Text address(Field f, Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            return Text.of("modeler.form.address");
        }
        if (f.required() && (empty(m.get("province")) || empty(m.get("commune")))) {
            return Text.of("modeler.form.addressParts");
        }
        return null;
    }

    private static Text matches(Field f, String s) {
        if (s.length() > MAX_TEXT) {
            return Text.of("engine.data.tooLong", MAX_TEXT);
        }
        if (f.pattern() == null) {
            return null;
        }
        try {
            return Pattern.compile(f.pattern()).matcher(s).matches() ? null : Text.of("modeler.form.pattern");
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** Why {@code v} is no date: a day the calendar does not have ("ngày 31/02/2025 không tồn tại"), or no date. */
    private static Text notADate(Object v) {
        Matcher day = v instanceof String s ? DAY_FORM.matcher(s) : null;
        if (day != null && day.matches()) {
            return Text.of("engine.form.noSuchDate", day.group(3) + "/" + day.group(2) + "/" + day.group(1));
        }
        return Text.of("engine.form.date");
    }

    private static boolean empty(Object v) {
        return v == null || v instanceof String s && s.isBlank() || v instanceof Collection<?> c && c.isEmpty();
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s, DAY);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
