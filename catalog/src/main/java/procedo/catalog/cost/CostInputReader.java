package procedo.catalog.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

/**
 * Reads the JSON of the stateless cost calls, reporting every problem with the field it concerns (for instance
 * {@code activities[2].share} or {@code toBe.feesVnd}). Numbers are read as exact decimals, never as doubles.
 *
 * <pre>{"tariffVndPerHour": 25000, "dossiersPerYear": 1000, "feesVnd": 8000,
 *  "activities": [{"name": "...", "hours": 1.5, "outOfPocketVnd": 20000, "share": 0.5}]}</pre>
 * {@code dossiersPerYear} may be replaced by {@code population} and {@code frequencyPerYear}.
 */
public final class CostInputReader {

    public static final int MAX_BODY_CHARS = 1_000_000;
    public static final int MAX_ACTIVITIES = 500;
    private static final int MAX_NAME = 500;
    private static final int MAX_DECIMALS = 10;
    private static final BigDecimal MAX_TARIFF = new BigDecimal("10000000");
    private static final BigDecimal MAX_COUNT = new BigDecimal("10000000000");
    private static final BigDecimal MAX_FREQUENCY = new BigDecimal("10000");
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");
    private static final BigDecimal MAX_VND = new BigDecimal("1000000000000");
    private static final Set<String> INPUT_FIELDS = Set.of("tariffVndPerHour", "dossiersPerYear", "population",
            "frequencyPerYear", "feesVnd", "activities");
    private static final Set<String> ACTIVITY_FIELDS = Set.of("name", "kind", "hours", "outOfPocketVnd", "share");

    /** An as-is and a to-be input to compare. */
    public record ComparisonRequest(CostInput asIs, CostInput toBe) {
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public CostInput readInput(String json) {
        JsonNode root = parse(json);
        List<Problem> problems = new ArrayList<>();
        CostInput input = readInput(root, "", problems);
        failOn(problems);
        return input;
    }

    public ComparisonRequest readComparison(String json) {
        JsonNode root = parse(json);
        List<Problem> problems = new ArrayList<>();
        unknownFields(root, Set.of("asIs", "toBe"), "", problems);
        CostInput asIs = scenario(root, "asIs", problems);
        CostInput toBe = scenario(root, "toBe", problems);
        failOn(problems);
        return new ComparisonRequest(asIs, toBe);
    }

    /** Reads one input from a parsed node, adding its problems (located under {@code prefix}) to {@code problems}. */
    public CostInput readInput(JsonNode node, String prefix, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(prefix.isEmpty() ? "body" : strip(prefix), "must be a JSON object"));
            return null;
        }
        int before = problems.size();
        unknownFields(node, INPUT_FIELDS, prefix, problems);
        BigDecimal tariff = number(node, "tariffVndPerHour", prefix, MAX_TARIFF, Presence.REQUIRED, problems);
        Quantity quantity = quantity(node, prefix, problems);
        BigDecimal fees = number(node, "feesVnd", prefix, MAX_VND, Presence.OPTIONAL, problems);
        List<Activity> activities = activities(node, prefix, problems);
        if (problems.size() > before) {
            return null;
        }
        return new CostInput(tariff, quantity, fees, activities);
    }

    private CostInput scenario(JsonNode root, String name, List<Problem> problems) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            problems.add(new Problem(name, "is required"));
            return null;
        }
        return readInput(node, name + ".", problems);
    }

    private JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of("body", "is empty: a JSON object is expected");
        }
        if (json.length() > MAX_BODY_CHARS) {
            throw InvalidInputException.of("body", "is longer than " + MAX_BODY_CHARS + " characters");
        }
        try {
            JsonNode root = mapper.readTree(json);
            if (!root.isObject()) {
                throw InvalidInputException.of("body", "must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw InvalidInputException.of("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private Quantity quantity(JsonNode node, String prefix, List<Problem> problems) {
        boolean recorded = present(node, "dossiersPerYear");
        boolean population = present(node, "population");
        boolean frequency = present(node, "frequencyPerYear");
        if (recorded && (population || frequency)) {
            problems.add(new Problem(prefix + "dossiersPerYear",
                    "give either dossiersPerYear or population and frequencyPerYear, not both"));
            return null;
        }
        if (recorded) {
            BigDecimal count = number(node, "dossiersPerYear", prefix, MAX_COUNT, Presence.REQUIRED, problems);
            return count == null ? null : Quantity.recorded(count);
        }
        if (!population && !frequency) {
            problems.add(new Problem(prefix + "dossiersPerYear", "is required (or population and frequencyPerYear)"));
            return null;
        }
        BigDecimal people = number(node, "population", prefix, MAX_COUNT, Presence.REQUIRED, problems);
        BigDecimal perYear = number(node, "frequencyPerYear", prefix, MAX_FREQUENCY, Presence.REQUIRED, problems);
        return people == null || perYear == null ? null : Quantity.ofPopulation(people, perYear);
    }

    private List<Activity> activities(JsonNode node, String prefix, List<Problem> problems) {
        JsonNode list = node.get("activities");
        if (list == null || list.isNull()) {
            problems.add(new Problem(prefix + "activities", "is required (a list, possibly empty)"));
            return List.of();
        }
        if (!list.isArray()) {
            problems.add(new Problem(prefix + "activities", "must be a list"));
            return List.of();
        }
        if (list.size() > MAX_ACTIVITIES) {
            problems.add(new Problem(prefix + "activities", "must have at most " + MAX_ACTIVITIES + " activities"));
            return List.of();
        }
        List<Activity> activities = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String at = prefix + "activities[" + i + "].";
            JsonNode a = list.get(i);
            if (!a.isObject()) {
                problems.add(new Problem(strip(at), "must be an object"));
                continue;
            }
            unknownFields(a, ACTIVITY_FIELDS, at, problems);
            String name = name(a, at, problems);
            ActivityKind kind = kind(a, at, problems);
            BigDecimal hours = number(a, "hours", at, MAX_HOURS, Presence.REQUIRED, problems);
            BigDecimal outOfPocket = number(a, "outOfPocketVnd", at, MAX_VND, Presence.OPTIONAL, problems);
            BigDecimal share = number(a, "share", at, BigDecimal.ONE, Presence.OPTIONAL, problems);
            if (name != null && hours != null) {
                activities.add(new Activity(name, kind, hours, outOfPocket, share));
            }
        }
        return activities;
    }

    private static String name(JsonNode a, String at, List<Problem> problems) {
        JsonNode name = a.get("name");
        if (name == null || name.isNull() || (name.isTextual() && name.asText().isBlank())) {
            problems.add(new Problem(at + "name", "is required"));
            return null;
        }
        if (!name.isTextual()) {
            problems.add(new Problem(at + "name", "must be text"));
            return null;
        }
        if (name.asText().length() > MAX_NAME) {
            problems.add(new Problem(at + "name", "must be at most " + MAX_NAME + " characters"));
            return null;
        }
        return name.asText();
    }

    private static ActivityKind kind(JsonNode a, String at, List<Problem> problems) {
        JsonNode kind = a.get("kind");
        if (kind == null || kind.isNull()) {
            return ActivityKind.OTHER;
        }
        try {
            return ActivityKind.valueOf(kind.asText());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(at + "kind", "must be one of " + Arrays.toString(ActivityKind.values())));
            return ActivityKind.OTHER;
        }
    }

    private enum Presence { REQUIRED, OPTIONAL }

    private static BigDecimal number(JsonNode node, String field, String prefix, BigDecimal max, Presence presence,
                                     List<Problem> problems) {
        JsonNode value = node.get(field);
        String location = prefix + field;
        if (value == null || value.isNull()) {
            if (presence == Presence.REQUIRED) {
                problems.add(new Problem(location, "is required"));
            }
            return null;
        }
        if (!value.isNumber()) {
            problems.add(new Problem(location, "must be a number"));
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() < 0) {
            problems.add(new Problem(location, "must not be negative"));
        } else if (number.compareTo(max) > 0) {
            problems.add(new Problem(location, max.equals(BigDecimal.ONE) ? "must be between 0 and 1"
                    : "must be at most " + max.toPlainString()));
        } else if (number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(new Problem(location, "must have at most " + MAX_DECIMALS + " decimals"));
        } else {
            return number;
        }
        return null;
    }

    private static boolean present(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<Problem> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(new Problem(prefix + name, "unknown field"));
            }
        }
    }

    private static String strip(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private static void failOn(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
