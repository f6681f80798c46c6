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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;
import procedo.engine.FormField;

/** The data a task is completed with, checked against the task's form and typed as the engine's variables. */
final class TaskForm {

    /** A day as the browser sends it: ISO {@code yyyy-MM-dd}, and only a day the calendar has (no 31 February). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The form of a day, whether the calendar has it or not. */
    private static final Pattern DAY_FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private TaskForm() {
    }

    /**
     * The task's form data as typed variables; each missing or malformed field is a problem, its place named by
     * the field's label.
     */
    static Map<String, Object> values(List<FormField> form, Map<String, Object> data, List<ElementProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, FormField> byId = form.stream().collect(Collectors.toMap(FormField::id, f -> f));
        for (String name : data.keySet()) {
            if (!byId.containsKey(name) && !"comment".equals(name)) {
                problems.add(new ElementProblem(name, byId.isEmpty() ? EngineText.of("engine.form.noForm")
                        : EngineText.of("engine.form.notAField", byId.keySet())));
            }
        }
        for (FormField field : form) {
            Object raw = data.get(field.id());
            if (raw == null || raw instanceof String s && s.isBlank()) {
                if (field.required()) {
                    problems.add(new ElementProblem(field.id(), place(field), EngineText.of("engine.form.required")));
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
                problems.add(new ElementProblem(field.id(), place(field), switch (field.type()) {
                    case BOOLEAN -> EngineText.of("engine.form.boolean");
                    case LONG -> EngineText.of("engine.form.wholeNumber");
                    case DATE -> notADate(raw);
                    case ENUM -> EngineText.of("engine.form.option", field.options().entrySet().stream()
                            .map(o -> o.getValue() == null ? o.getKey() : o.getValue())
                            .collect(Collectors.joining(", ")));
                    case STRING -> EngineText.of("engine.form.text", CaseData.MAX_TEXT);
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

    /** A field as a person sees it: its label, else its id. */
    private static EngineText place(FormField field) {
        return EngineText.of("engine.place.field", field.label() == null || field.label().isBlank() ? field.id()
                : field.label());
    }

    /** Why {@code raw} is no date: a day the calendar does not have (31/02/2025), or no date at all. */
    static EngineText notADate(Object raw) {
        Matcher day = raw instanceof String s ? DAY_FORM.matcher(s.strip()) : null;
        if (day != null && day.matches()) {
            return EngineText.of("engine.form.noSuchDate", day.group(3) + "/" + day.group(2) + "/" + day.group(1));
        }
        return EngineText.of("engine.form.date");
    }
}
