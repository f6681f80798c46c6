package procedo.catalog.cost;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * Reads cost inputs from JSON, exactly: every number is taken as a decimal (0.1 stays 0.1, never a double).
 * <p>
 * A cost input is
 * <pre>
 * { "tariffVndPerHour": 25000,
 *   "dossiersPerYear": 1000,                      -- or "population" and "frequencyPerYear"
 *   "feesVnd": 8000,                              -- optional, default 0
 *   "activities": [ { "name": "Travel to the one-stop shop", "kind": "TRAVEL",   -- kind optional, default OTHER
 *                     "hours": 1.5, "outOfPocketVnd": 20000, "share": 0.5 } ] } -- default 0 and 1
 * </pre>
 * and a comparison is {@code {"asIs": {...}, "toBe": {...}}}. Bad input is refused with one
 * {@link InvalidInputException} that lists every problem found, each located by its path
 * ({@code activities[2].share}, {@code asIs.tariffVndPerHour}), or at {@code body} when the text as a whole is not
 * a JSON object. Unknown fields, implausible sizes and more than 10 decimal places are refused too. Thread-safe.
 */
public final class CostInputReader {

    public static final int MAX_BODY_CHARS = 1_000_000;
    static final int MAX_ACTIVITIES = 500;
    static final int MAX_NAME_CHARS = 500;

    private static final String BODY = "body";
    private static final String TARIFF = "tariffVndPerHour";
    private static final String DOSSIERS = "dossiersPerYear";
    private static final String POPULATION = "population";
    private static final String FREQUENCY = "frequencyPerYear";
    private static final String FEES = "feesVnd";
    private static final String ACTIVITIES = "activities";
    private static final String NAME = "name";
    private static final String KIND = "kind";
    private static final String HOURS = "hours";
    private static final String OUT_OF_POCKET = "outOfPocketVnd";
    private static final String SHARE = "share";
    private static final String AS_IS = "asIs";
    private static final String TO_BE = "toBe";

    private static final List<String> INPUT_FIELDS = List.of(TARIFF, DOSSIERS, POPULATION, FREQUENCY, FEES, ACTIVITIES);
    private static final List<String> ACTIVITY_FIELDS = List.of(NAME, KIND, HOURS, OUT_OF_POCKET, SHARE);
    private static final List<String> COMPARISON_FIELDS = List.of(AS_IS, TO_BE);
    private static final String KINDS = Arrays.stream(ActivityKind.values())
            .map(ActivityKind::name)
            .collect(Collectors.joining(", "));

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads one scenario's cost input from a JSON text. */
    public CostInput readInput(String json) {
        return readInput(parse(json), "");
    }

    /** Reads the as-is and to-be inputs of a comparison; problems are located under {@code asIs.} and {@code toBe.} */
    public ComparisonRequest readComparison(String json) {
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw InvalidInputException.of(BODY, Text.of("catalog.cost.jsonObject"));
        }
        Problems problems = new Problems();
        JsonFields fields = new JsonFields(root, "", problems);
        fields.rejectUnknown(COMPARISON_FIELDS);
        CostInput asIs = readScenario(fields, AS_IS, problems);
        CostInput toBe = readScenario(fields, TO_BE, problems);
        problems.throwIfAny();
        return new ComparisonRequest(asIs, toBe);
    }

    /**
     * Reads a cost input that is part of a larger JSON document. For exact decimals, the document should have been
     * read with {@link DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS}.
     *
     * @param node the cost input object
     * @param locationPrefix where {@code node} sits in the document, e.g. {@code scenarios[1]} (a trailing dot is
     *     allowed), so that problems read {@code scenarios[1].activities[0].hours}; empty for a document of its own
     */
    public CostInput readInput(JsonNode node, String locationPrefix) {
        String location = locationPrefix.endsWith(".")
                ? locationPrefix.substring(0, locationPrefix.length() - 1)
                : locationPrefix;
        Problems problems = new Problems();
        CostInput input = read(node, location, problems);
        problems.throwIfAny();
        return input;
    }

    private JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of(BODY, Text.of("catalog.problem.required"));
        }
        if (json.length() > MAX_BODY_CHARS) {
            throw InvalidInputException.of(BODY, Text.of("catalog.problem.notLonger", MAX_BODY_CHARS));
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Text parser = Text.verbatim(e.getOriginalMessage());
            throw InvalidInputException.of(BODY, at == null || at.getLineNr() < 1
                    ? Text.of("catalog.cost.invalidJson", parser)
                    : Text.of("catalog.cost.invalidJsonAt", at.getLineNr(), at.getColumnNr(), parser));
        }
    }

    private CostInput readScenario(JsonFields comparison, String name, Problems problems) {
        if (!comparison.has(name)) {
            problems.add(name, Text.of("catalog.problem.required"));
            return null;
        }
        return read(comparison.get(name), name, problems);
    }

    /** The input at {@code location}, or null when it has problems (all of them added). */
    private static CostInput read(JsonNode node, String location, Problems problems) {
        String here = location.isEmpty() ? BODY : location;
        if (node == null || node.isMissingNode()) {
            problems.add(here, Text.of("catalog.problem.required"));
            return null;
        }
        int before = problems.count();
        JsonFields fields = JsonFields.object(node, location, here, INPUT_FIELDS, problems);
        if (fields == null) {
            return null;
        }
        BigDecimal tariff = fields.requiredNumber(TARIFF, NumberRule.TARIFF);
        Quantity quantity = readQuantity(fields, problems);
        BigDecimal fees = fields.optionalNumber(FEES, NumberRule.MONEY, BigDecimal.ZERO);
        List<Activity> activities = readActivities(fields, problems);
        return problems.count() > before ? null : new CostInput(tariff, quantity, fees, activities);
    }

    private static Quantity readQuantity(JsonFields fields, Problems problems) {
        boolean recorded = fields.has(DOSSIERS);
        boolean population = fields.has(POPULATION);
        boolean frequency = fields.has(FREQUENCY);
        BigDecimal dossiersPerYear = recorded ? fields.number(DOSSIERS, NumberRule.COUNT) : null;
        BigDecimal applicants = population ? fields.number(POPULATION, NumberRule.COUNT) : null;
        BigDecimal perYear = frequency ? fields.number(FREQUENCY, NumberRule.FREQUENCY) : null;
        if (recorded && (population || frequency)) {
            problems.add(fields.locationOf(DOSSIERS), Text.of("catalog.cost.eitherQuantity"));
            return null;
        }
        if (recorded) {
            return dossiersPerYear == null ? null : Quantity.recorded(dossiersPerYear);
        }
        if (!population && !frequency) {
            problems.add(fields.locationOf(DOSSIERS), Text.of("catalog.cost.quantityRequired"));
            return null;
        }
        if (!frequency) {
            problems.add(fields.locationOf(FREQUENCY), Text.of("catalog.cost.frequencyRequired"));
            return null;
        }
        if (!population) {
            problems.add(fields.locationOf(POPULATION), Text.of("catalog.cost.populationRequired"));
            return null;
        }
        return applicants == null || perYear == null ? null : Quantity.estimated(applicants, perYear);
    }

    private static List<Activity> readActivities(JsonFields fields, Problems problems) {
        String location = fields.locationOf(ACTIVITIES);
        JsonNode array = fields.get(ACTIVITIES);
        if (array == null) {
            problems.add(location, Text.of("catalog.cost.activitiesRequired"));
            return null;
        }
        if (!array.isArray()) {
            problems.add(location, Text.of("catalog.cost.array"));
            return null;
        }
        if (array.size() > MAX_ACTIVITIES) {
            problems.add(location, Text.of("catalog.cost.tooManyActivities", MAX_ACTIVITIES));
            return null;
        }
        List<Activity> activities = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            activities.add(readActivity(array.get(i), location + "[" + i + "]", problems));
        }
        return activities;
    }

    private static Activity readActivity(JsonNode node, String location, Problems problems) {
        int before = problems.count();
        JsonFields fields = JsonFields.object(node, location, location, ACTIVITY_FIELDS, problems);
        if (fields == null) {
            return null;
        }
        String name = fields.requiredText(NAME, MAX_NAME_CHARS);
        ActivityKind kind = readKind(fields, problems);
        BigDecimal hours = fields.requiredNumber(HOURS, NumberRule.HOURS);
        BigDecimal outOfPocket = fields.optionalNumber(OUT_OF_POCKET, NumberRule.MONEY, BigDecimal.ZERO);
        BigDecimal share = fields.optionalNumber(SHARE, NumberRule.SHARE, BigDecimal.ONE);
        return problems.count() > before ? null : new Activity(name, kind, hours, outOfPocket, share);
    }

    private static ActivityKind readKind(JsonFields fields, Problems problems) {
        JsonNode kind = fields.get(KIND);
        if (kind == null) {
            return ActivityKind.OTHER;
        }
        if (kind.isTextual()) {
            String name = kind.textValue().strip().toUpperCase(Locale.ROOT);
            for (ActivityKind candidate : ActivityKind.values()) {
                if (candidate.name().equals(name)) {
                    return candidate;
                }
            }
        }
        problems.add(fields.locationOf(KIND), Text.of("catalog.cost.kind", KINDS));
        return null;
    }
}
