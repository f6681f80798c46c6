package procedo.engine.camunda;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import procedo.engine.ElementProblem;
import procedo.engine.FormField;

/** The data a task is completed with, checked against the task's form and typed as the engine's variables. */
final class TaskForm {

    /** A day as the browser sends it: ISO {@code yyyy-MM-dd}, and only a day the calendar has (no 31 February). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private TaskForm() {
    }

    /** The task's form data as typed variables; each missing or malformed field is a problem. */
    static Map<String, Object> values(List<FormField> form, Map<String, Object> data, List<ElementProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, FormField> byId = form.stream().collect(Collectors.toMap(FormField::id, f -> f));
        for (String name : data.keySet()) {
            if (!byId.containsKey(name) && !"comment".equals(name)) {
                problems.add(new ElementProblem(name, "is not a field of this task's form"
                        + (byId.isEmpty() ? " (the task has no form)" : " " + byId.keySet())));
            }
        }
        for (FormField field : form) {
            Object raw = data.get(field.id());
            if (raw == null || raw instanceof String s && s.isBlank()) {
                if (field.required()) {
                    problems.add(new ElementProblem(field.id(), "is required (" + field.label() + ")"));
                }
                continue;
            }
            Object value = switch (field.type()) {
                case BOOLEAN -> raw instanceof Boolean b ? b : "true".equals(raw) ? Boolean.TRUE
                        : "false".equals(raw) ? Boolean.FALSE : null;
                case LONG -> wholeNumber(raw);
                case DATE -> date(raw);
                case ENUM -> field.options().containsKey(String.valueOf(raw)) ? String.valueOf(raw) : null;
                case STRING -> raw instanceof String s && s.length() <= CaseData.MAX_TEXT ? s : null;
            };
            if (value == null) {
                problems.add(new ElementProblem(field.id(), switch (field.type()) {
                    case BOOLEAN -> "must be true or false";
                    case LONG -> "must be a whole number";
                    case DATE -> "must be a date (YYYY-MM-DD)";
                    case ENUM -> "must be one of " + field.options().keySet();
                    case STRING -> "must be text of at most " + CaseData.MAX_TEXT + " characters";
                }));
            } else {
                values.put(field.id(), value);
            }
        }
        return values;
    }

    private static Long wholeNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigInteger || raw instanceof BigDecimal) {
            try {
                return new BigDecimal(raw.toString()).longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return raw instanceof String s && s.strip().matches("-?\\d{1,18}") ? Long.parseLong(s.strip()) : null;
    }

    private static Date date(Object raw) {
        if (!(raw instanceof String s)) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(s.strip(), DAY).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
