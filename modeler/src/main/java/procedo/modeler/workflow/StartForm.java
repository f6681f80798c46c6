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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import procedo.catalog.error.Problem;

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

    /** Every problem of the submitted data, each named by its field; empty when the dossier can be received. */
    public List<Problem> check(Map<String, Object> data) {
        List<Problem> problems = new ArrayList<>();
        check(fields, data, "", problems);
        return problems;
    }

    private static void check(List<Field> fields, Map<?, ?> data, String prefix, List<Problem> problems) {
        Set<String> ids = fields.stream().map(Field::id).collect(Collectors.toSet());
        for (Object key : data.keySet()) {
            if (!ids.contains(String.valueOf(key))) {
                problems.add(new Problem(prefix + key, "is not a field of the start form"));
            }
        }
        for (Field f : fields) {
            Object v = data.get(f.id());
            if (empty(v)) {
                if (f.required()) {
                    problems.add(new Problem(prefix + f.id(), "is required (" + f.label() + ")"));
                }
                continue;
            }
            if ("list".equals(f.kind()) && v instanceof List<?> rows) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) instanceof Map<?, ?> row) {
                        check(f.columns(), row, prefix + f.id() + "[" + i + "].", problems);
                    } else {
                        problems.add(new Problem(prefix + f.id() + "[" + i + "]", "must be a row of fields"));
                    }
                }
                continue;
            }
            String problem = switch (f.kind()) {
                case "number" -> v instanceof Number || v instanceof String s && isNumber(s) ? null
                        : "must be a number";
                case "date" -> v instanceof String s && isDate(s) ? null : "must be a date (YYYY-MM-DD)";
                case "choice" -> f.options().isEmpty() || f.options().contains(String.valueOf(v)) ? null
                        : "must be one of " + f.options();
                case "choices" -> v instanceof Collection<?> c && (f.options().isEmpty()
                        || c.stream().allMatch(x -> f.options().contains(String.valueOf(x)))) ? null
                        : "must be a list of " + f.options();
                case "yesno" -> "yes".equals(v) || "no".equals(v) ? null : "must be yes or no";
                case "checkbox" -> v instanceof Boolean ? null : "must be true or false";
                case "address" -> address(f, v);
                case "list" -> v instanceof Collection<?> ? null : "must be a list of rows";
                default -> v instanceof String s ? matches(f, s) : "must be text";
            };
            if (problem != null) {
                problems.add(new Problem(prefix + f.id(), problem));
            }
        }
    }

    private static String address(Field f, Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            return "must be an address (province, commune, street)";
        }
        if (f.required() && (empty(m.get("province")) || empty(m.get("commune")))) {
            return "needs the province and the commune";
        }
        return null;
    }

    private static String matches(Field f, String s) {
        if (s.length() > 4000) {
            return "is longer than 4000 characters";
        }
        if (f.pattern() == null) {
            return null;
        }
        try {
            return Pattern.compile(f.pattern()).matcher(s).matches() ? null : "does not have the expected form";
        } catch (PatternSyntaxException e) {
            return null;
        }
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
