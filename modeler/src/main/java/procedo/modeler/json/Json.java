package procedo.modeler.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
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
     * error; a body that is JSON but not an object ({@code null}, a list, a string, a number) is refused as such.
     */
    public static <T> T read(ObjectMapper mapper, String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "is empty: a JSON object is expected");
        }
        String kind = notAnObject(body.strip());
        if (kind != null) {
            throw InvalidInputException.of("body", "must be a JSON object {...}, not " + kind);
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw InvalidInputException.of("body", "must be a JSON object {...}, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /** What a JSON value other than an object is ("null", "a list" ...); null for an object or for what is not JSON. */
    private static String notAnObject(String json) {
        char first = json.charAt(0);
        if (first == '{') {
            return null;
        }
        if (first == '[') {
            return "a list [...]";
        }
        if (first == '"') {
            return "a string";
        }
        if (first == '-' || Character.isDigit(first)) {
            return "a number";
        }
        for (String literal : new String[] {"null", "true", "false"}) {
            if (json.equals(literal)) {
                return literal;
            }
        }
        return null;
    }

    public static InvalidInputException invalid(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String location = JsonPaths.of(mapping);
            if (e instanceof UnrecognizedPropertyException) {
                return InvalidInputException.of(location, "unknown field");
            }
            if (e instanceof InvalidFormatException format) {
                return InvalidInputException.of(location, expectation(format.getTargetType(), format.getValue()));
            }
            if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidInputException invalid) {
                return new InvalidInputException(invalid.problems().stream()
                        .map(p -> new Problem(location + "." + p.location(), p.message())).toList());
            }
            if (e instanceof ValueInstantiationException && e.getCause() != null) {
                return InvalidInputException.of(location, e.getCause().getMessage());
            }
            if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                return InvalidInputException.of(location, expectation(mismatched.getTargetType(), null));
            }
            return InvalidInputException.of(location, e.getOriginalMessage());
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return InvalidInputException.of("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    private static String expectation(Class<?> type, Object value) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants())
                    + (value == null ? "" : ", not '" + value + "'");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number" + (value == null ? "" : ", not '" + value + "'");
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be a " + type.getSimpleName();
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
