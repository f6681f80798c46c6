package procedo.templates.adoption;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * Reads overrides from a request, refusing every part that local law does not let a locality change, each with
 * its reason.
 */
public final class OverridesReader {

    private static final Text DOSSIER = Text.of("templates.adoption.setByStandard.dossier");
    private static final Text FIELDS = Text.of("templates.adoption.setByStandard.fields");
    private static final Text PROCEDURE = Text.of("templates.adoption.setByStandard.procedure");

    /** Why a locality may not change each part of a package that a request may try to override. */
    private static final Map<String, Text> REFUSED = Map.ofEntries(
            Map.entry("components", DOSSIER),
            Map.entry("dossierComponents", DOSSIER),
            Map.entry("fees", Text.of("templates.adoption.setByStandard.fees")),
            Map.entry("forms", FIELDS),
            Map.entry("fields", FIELDS),
            Map.entry("name", PROCEDURE),
            Map.entry("code", PROCEDURE),
            Map.entry("field", PROCEDURE),
            Map.entry("level", PROCEDURE),
            Map.entry("legalBasis", PROCEDURE),
            Map.entry("onlineLevel", Text.of("templates.adoption.setByStandard.onlineLevel")));

    private OverridesReader() {
    }

    public static Overrides read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Overrides.NONE;
        }
        Problems problems = new Problems();
        if (!node.isObject()) {
            throw InvalidInputException.of("overrides",
                    Text.of("templates.adoption.notAnObject", String.join(", ", Overrides.ALLOWED)));
        }
        String agency = null;
        Integer days = null;
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        Map<String, String> help = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            switch (key) {
                case "agencyCode" -> {
                    if (!v.isNull() && !v.isTextual()) {
                        problems.add("overrides.agencyCode", Text.of("templates.adoption.agencyCode"));
                    } else if (v.isTextual()) {
                        agency = v.asText();
                    }
                }
                case "processingDays" -> {
                    if (!v.isNull() && !v.canConvertToExactIntegral()) {
                        problems.add("overrides.processingDays", Text.of("templates.adoption.wholeDays"));
                    } else if (!v.isNull()) {
                        days = v.asInt();
                    }
                }
                case "feeAmounts" -> members(v, "overrides.feeAmounts", Text.of("templates.adoption.feeMap"),
                        JsonNode::isNumber, Text.of("templates.adoption.feeValue"), JsonNode::decimalValue, fees,
                        problems);
                case "helpTexts" -> members(v, "overrides.helpTexts", Text.of("templates.adoption.helpMap"),
                        JsonNode::isTextual, Text.of("templates.adoption.helpValue"), JsonNode::asText, help, problems);
                default -> problems.add("overrides." + key, Text.of("templates.adoption.notChangeable", key,
                        REFUSED.getOrDefault(key, Text.of("templates.adoption.onlyAllowed",
                                String.join(", ", Overrides.ALLOWED)))));
            }
        }
        problems.throwIfAny();
        return new Overrides(agency, days, fees, help);
    }

    /**
     * The members of the object {@code node} into {@code into}, each value read by {@code value} when it is
     * {@code valid}; a problem at {@code location} when the node is no object, at the member when its value is wrong.
     */
    private static <T> void members(JsonNode node, String location, Text notAnObject, Predicate<JsonNode> valid,
                                    Text invalid, Function<JsonNode, T> value, Map<String, T> into, Problems problems) {
        if (!node.isObject()) {
            problems.add(location, notAnObject);
            return;
        }
        node.fields().forEachRemaining(member -> {
            if (!valid.test(member.getValue())) {
                problems.add(location + "." + member.getKey(), invalid);
            } else {
                into.put(member.getKey(), value.apply(member.getValue()));
            }
        });
    }
}
