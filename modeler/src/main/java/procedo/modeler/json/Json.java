package procedo.modeler.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.json.JsonPaths;
import procedo.catalog.text.Text;
import procedo.engine.FormFieldType;

/** The JSON conventions of the API: exact decimals written plainly, ISO dates, unknown fields refused. */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("engine-wire-names")
                        .addSerializer(FormFieldType.class, wireName(FormFieldType::wireName)))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Writes an enum by its wire name rather than its constant's name (a task form's field type: "boolean"). */
    private static <E extends Enum<E>> JsonSerializer<E> wireName(Function<E, String> name) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(E value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(name.apply(value));
            }
        };
    }

    /**
     * Reads {@code body}, a JSON object, as {@code type}, turning every Jackson failure into a located invalid-input
     * error in the reader's words (where: the field's path, or the line and column of a syntax error; never a Java
     * type's name); a body that is JSON but not an object ({@code null}, a list, a string, a number) is refused as
     * such.
     */
    public static <T> T read(ObjectMapper mapper, String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", Text.of("modeler.json.empty"));
        }
        Text kind = notAnObject(body.strip());
        if (kind != null) {
            throw InvalidInputException.of("body", Text.of("modeler.json.notObject", kind));
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw InvalidInputException.of("body", Text.of("modeler.json.notObject", "null"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /** The tree of a body that {@link #read} already accepted. */
    public static JsonNode tree(ObjectMapper mapper, String body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /** What a JSON value other than an object is ("null", "a list" ...); null for an object or for what is not JSON. */
    private static Text notAnObject(String json) {
        char first = json.charAt(0);
        if (first == '{') {
            return null;
        }
        if (first == '[') {
            return Text.of("modeler.json.kind.list");
        }
        if (first == '"') {
            return Text.of("modeler.json.kind.string");
        }
        if (first == '-' || Character.isDigit(first)) {
            return Text.of("modeler.json.kind.number");
        }
        for (String literal : new String[] {"null", "true", "false"}) {
            if (json.equals(literal)) {
                return Text.verbatim(literal);
            }
        }
        return null;
    }

    public static InvalidInputException invalid(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String location = JsonPaths.of(mapping);
            if (e instanceof UnrecognizedPropertyException) {
                return InvalidInputException.of(location, Text.of("modeler.json.unknownField"));
            }
            if (e instanceof InvalidFormatException format) {
                return InvalidInputException.of(location, expectation(format.getTargetType(), format.getValue()));
            }
            if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidInputException invalid) {
                return new InvalidInputException(invalid.problems().stream()
                        .map(p -> new Problem(location + "." + p.location(), p.text())).toList());
            }
            if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException missing
                    && missing.getMessage() != null && missing.getMessage().matches("[A-Za-z]\\w*")) {
                return InvalidInputException.of(location + "." + missing.getMessage(),
                        Text.of("catalog.problem.required"));
            }
            if (e instanceof ValueInstantiationException && e.getCause() != null
                    && !(e.getCause() instanceof NullPointerException) && e.getCause().getMessage() != null) {
                return InvalidInputException.of(location, Text.of("modeler.json.refusedValue",
                        Text.verbatim(e.getCause().getMessage())));
            }
            if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                return InvalidInputException.of(location, expectation(mismatched.getTargetType(), null));
            }
            return InvalidInputException.of(location, Text.of("modeler.json.unreadable"));
        }
        JsonLocation at = e.getLocation();
        Text detail = detail(e.getOriginalMessage());
        return InvalidInputException.of("body", at == null || at.getLineNr() < 1
                ? Text.of("modeler.json.syntax", detail)
                : Text.of("modeler.json.syntaxAt", at.getLineNr(), at.getColumnNr(), detail));
    }

    /** The parser's own words on a syntax error, first line only, without the character codes it adds. */
    private static Text detail(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return Text.verbatim(first.replaceAll(" \\(code \\d+\\)", "").strip());
    }

    private static Text expectation(Class<?> type, Object value) {
        if (type.isEnum()) {
            String choices = Arrays.toString(type.getEnumConstants());
            return value == null ? Text.of("modeler.json.oneOf", choices)
                    : Text.of("modeler.json.oneOfNot", choices, String.valueOf(value));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return value == null ? Text.of("modeler.json.number") : Text.of("modeler.json.numberNot", String.valueOf(value));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Text.of("modeler.json.flag");
        }
        if (type == java.time.LocalDate.class) {
            return Text.of("modeler.json.date");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Text.of("modeler.json.list");
        }
        if (type == String.class) {
            return Text.of("modeler.json.text");
        }
        return Text.of("modeler.json.object");
    }

    /** Writes {@code value} as indented JSON, as the command line prints its results. */
    public static void print(java.io.PrintWriter out, Object value) {
        try {
            out.println(mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON: " + value.getClass().getName(), e);
        }
    }
}
