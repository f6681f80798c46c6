package procedo.catalog.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Text;

/**
 * Reads the fields of one JSON object, adding a problem located at the field for each wrong value instead of
 * stopping at the first. A field set to {@code null} counts as absent. Every getter returns null for a value that
 * is absent or wrong.
 */
final class JsonFields {

    private final JsonNode object;
    private final String location;
    private final Problems problems;

    JsonFields(JsonNode object, String location, Problems problems) {
        this.object = object;
        this.location = location;
        this.problems = problems;
    }

    /**
     * The fields of {@code node}, which must be an object (else a problem at {@code here} and null), with an
     * "unknown field" problem for each field not in {@code known}.
     */
    static JsonFields object(JsonNode node, String location, String here, List<String> known, Problems problems) {
        if (!node.isObject()) {
            problems.add(here, Text.of("catalog.cost.jsonObject"));
            return null;
        }
        JsonFields fields = new JsonFields(node, location, problems);
        fields.rejectUnknown(known);
        return fields;
    }

    /** {@code activities} under {@code asIs} is {@code asIs.activities}; at the root it is {@code activities}. */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    String locationOf(String name) {
        return child(location, name);
    }

    boolean has(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    JsonNode get(String name) {
        return has(name) ? object.get(name) : null;
    }

    /** Adds an "unknown field" problem for every field not in {@code known}, in document order. */
    void rejectUnknown(List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(locationOf(name), Text.of("catalog.cost.unknownField", String.join(", ", known)));
            }
        }
    }

    BigDecimal requiredNumber(String name, NumberRule rule) {
        if (!has(name)) {
            problems.add(locationOf(name), Text.of("catalog.problem.required"));
            return null;
        }
        return number(name, rule);
    }

    BigDecimal optionalNumber(String name, NumberRule rule, BigDecimal whenAbsent) {
        return has(name) ? number(name, rule) : whenAbsent;
    }

    /** The number at {@code name}, which must be present. */
    BigDecimal number(String name, NumberRule rule) {
        JsonNode value = object.get(name);
        if (!value.isNumber()) {
            problems.add(locationOf(name), Text.of("catalog.cost.number"));
            return null;
        }
        BigDecimal number = value.decimalValue();
        return rule.check(locationOf(name), number, problems) ? Decimals.plain(number) : null;
    }

    String requiredText(String name, int maxLength) {
        if (!has(name)) {
            problems.add(locationOf(name), Text.of("catalog.problem.required"));
            return null;
        }
        JsonNode value = object.get(name);
        if (!value.isTextual()) {
            problems.add(locationOf(name), Text.of("catalog.cost.string"));
            return null;
        }
        String text = value.textValue();
        if (!problems.requireText(locationOf(name), text)) {
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(locationOf(name), Text.of("catalog.problem.notLonger", maxLength));
            return null;
        }
        return text;
    }
}
