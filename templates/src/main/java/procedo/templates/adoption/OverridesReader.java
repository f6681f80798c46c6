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

/**
 * Reads overrides from a request, refusing every part that local law does not let a locality change, each with
 * its reason.
 */
public final class OverridesReader {

    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("components", "the dossier is set by the national standard: a locality may not ask for other documents"),
            Map.entry("dossierComponents", "the dossier is set by the national standard: a locality may not ask for other documents"),
            Map.entry("fees", "a locality sets the amounts of the standard's fees (feeAmounts by fee id); it may not add or remove fees"),
            Map.entry("forms", "form fields are set by the national standard; a locality may only add local help texts (helpTexts)"),
            Map.entry("fields", "form fields are set by the national standard; a locality may only add local help texts (helpTexts)"),
            Map.entry("name", "the procedure's data is set by the central agency"),
            Map.entry("code", "the procedure's data is set by the central agency"),
            Map.entry("field", "the procedure's data is set by the central agency"),
            Map.entry("level", "the procedure's data is set by the central agency"),
            Map.entry("legalBasis", "the procedure's data is set by the central agency"),
            Map.entry("onlineLevel", "the online level is set by the central agency"));

    private OverridesReader() {
    }

    public static Overrides read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Overrides.NONE;
        }
        Problems problems = new Problems();
        if (!node.isObject()) {
            throw InvalidInputException.of("overrides", "must be an object with " + String.join(", ", Overrides.ALLOWED));
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
                        problems.add("overrides.agencyCode", "must be an agency code");
                    } else if (v.isTextual()) {
                        agency = v.asText();
                    }
                }
                case "processingDays" -> {
                    if (!v.isNull() && !v.canConvertToExactIntegral()) {
                        problems.add("overrides.processingDays", "must be a whole number of working days");
                    } else if (!v.isNull()) {
                        days = v.asInt();
                    }
                }
                case "feeAmounts" -> members(v, "overrides.feeAmounts", "must map fee ids to amounts in đồng",
                        JsonNode::isNumber, "must be an amount in đồng", JsonNode::decimalValue, fees, problems);
                case "helpTexts" -> members(v, "overrides.helpTexts", "must map field ids to texts",
                        JsonNode::isTextual, "must be a text", JsonNode::asText, help, problems);
                default -> problems.add("overrides." + key, "a locality may not change '" + key + "': "
                        + REFUSED.getOrDefault(key, "only " + String.join(", ", Overrides.ALLOWED)
                        + " may be overridden"));
            }
        }
        problems.throwIfAny();
        return new Overrides(agency, days, fees, help);
    }

    /**
     * The members of the object {@code node} into {@code into}, each value read by {@code value} when it is
     * {@code valid}; a problem at {@code location} when the node is no object, at the member when its value is wrong.
     */
    private static <T> void members(JsonNode node, String location, String notAnObject, Predicate<JsonNode> valid,
                                    String invalid, Function<JsonNode, T> value, Map<String, T> into, Problems problems) {
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
