package procedo.engine.camunda;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;

/**
 * Start-form data as case variables: strings, whole numbers, decimals, booleans kept as they are; exact decimals
 * as text (so no digit is lost); lists and objects (repeating tables, addresses) as JSON text.
 */
final class CaseData {

    /** The engine stores text variables up to this many characters. */
    static final int MAX_TEXT = 4000;
    static final int MAX_FIELDS = 500;

    private CaseData() {
    }

    static Map<String, Object> toVariables(Map<String, Object> data, List<ElementProblem> problems) {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (data.size() > MAX_FIELDS) {
            problems.add(new ElementProblem("data", EngineText.of("engine.data.tooManyFields", MAX_FIELDS)));
            return variables;
        }
        data.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > 200) {
                problems.add(new ElementProblem("data", EngineText.of("engine.data.badName")));
            } else if (CaseVariables.RESERVED.contains(name)) {
                problems.add(new ElementProblem("data." + name, EngineText.of("engine.data.reserved")));
            } else {
                Object v = value(value);
                if (v instanceof String s && s.length() > MAX_TEXT) {
                    problems.add(new ElementProblem("data." + name, EngineText.of("engine.data.tooLong", MAX_TEXT)));
                } else if (v != null) {
                    variables.put(name, v);
                }
            }
        });
        return variables;
    }

    private static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return json(value);
    }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
