package procedo.templates.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;
import procedo.catalog.json.JsonPaths;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;

/**
 * The package as JSON: the exchange twin of the workbook, and the document stored for every version. Empty and
 * absent members are left out (a 50,000-field package stays about half as large); reading restores them.
 */
public final class PackageJson {

    private static final ObjectMapper MAPPER = mapper();
    private static final Pattern SOURCE =
            Pattern.compile("\\s*(\\(start marker at )?\\[Source: .*?; line: \\d+, column: \\d+]\\)?");

    private PackageJson() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(100_000).maxNestingDepth(64).build());
        return mapper;
    }

    public static String write(TemplatePackage p) {
        try {
            return MAPPER.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write package " + p.code() + " as JSON", e);
        }
    }

    public static void write(TemplatePackage p, OutputStream out) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stored document (written by {@link #write(TemplatePackage)}). */
    public static TemplatePackage readStored(String document) {
        try {
            return MAPPER.readValue(document, TemplatePackage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored template package is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads an uploaded JSON package; a malformed one yields a located problem instead of a package. */
    public static ParsedPackage read(InputStream in) {
        return read(in, ImportLimits.DEFAULT);
    }

    /** As {@link #read(InputStream)}, listing at most {@code limits.maxErrors()} problems. */
    public static ParsedPackage read(InputStream in, ImportLimits limits) {
        Problems problems = Problems.keepingAtMost(limits.maxErrors());
        try {
            TemplatePackage p = MAPPER.readValue(in, TemplatePackage.class);
            if (p == null) {
                problems.add("", Text.of("templates.json.atLine", 1, Text.of("templates.json.empty")));
                return new ParsedPackage(null, SourceMap.forJson(), problems);
            }
            return new ParsedPackage(p, sourceMap(p), problems);
        } catch (JsonMappingException e) {
            String path = JsonPaths.of(e);
            problems.add(path, at(e.getLocation(), problem(e)));
            return new ParsedPackage(null, SourceMap.forJson(), problems);
        } catch (JsonProcessingException e) {
            problems.add("", at(e.getLocation(),
                    Text.of("templates.json.malformed", Text.verbatim(withoutSource(e.getOriginalMessage())))));
            return new ParsedPackage(null, SourceMap.forJson(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with a member that does not fit the package, in the reader's words where Procedo knows them. */
    private static Text problem(JsonMappingException e) {
        if (e.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
            return Text.of("templates.json.required", npe.getMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Text.of("templates.json.unknownMember", unknown.getPropertyName());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Optional<Text> kind = kind(mismatch.getTargetType());
            if (kind.isPresent()) {
                return Text.of("templates.json.wrongKind", kind.get());
            }
        }
        return Text.verbatim(e.getOriginalMessage().replaceAll("\\(class procedo[^)]*\\)", "").trim());
    }

    /** The parser's words without the place it names in its own notation (the line is said apart). */
    private static String withoutSource(String message) {
        return SOURCE.matcher(String.valueOf(message)).replaceAll("").trim();
    }

    /** How a person names the kind of value {@code type} holds. */
    private static Optional<Text> kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Optional.of(Text.of("templates.json.kind.wholeNumber"));
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return Optional.of(Text.of("templates.json.kind.number"));
        }
        if (type == String.class) {
            return Optional.of(Text.of("templates.json.kind.text"));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(Text.of("templates.json.kind.yesNo"));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Optional.of(Text.of("templates.json.kind.list"));
        }
        if (type.isEnum()) {
            return Optional.of(Text.of("templates.json.kind.oneOf", String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList())));
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return Optional.of(Text.of("templates.json.kind.object"));
        }
        return Optional.empty();
    }

    private static Text at(JsonLocation location, Text problem) {
        return location == null || location.getLineNr() < 0 ? problem
                : Text.of("templates.json.atLine", location.getLineNr(), problem);
    }

    private static SourceMap sourceMap(TemplatePackage p) {
        SourceMap where = SourceMap.forJson();
        for (String key : List.of("code", "version", "name", "level", "processing_days", "agency_code")) {
            where.put("package:" + key, new SourceMap.Origin(null, null, "", Map.of()));
        }
        for (int i = 0; i < p.fees().size(); i++) {
            where.put("fee:" + p.fees().get(i).id(), new SourceMap.Origin(null, null, "fees[" + i + "]", Map.of()));
        }
        for (int i = 0; i < p.components().size(); i++) {
            where.put("component:" + p.components().get(i).id(),
                    new SourceMap.Origin(null, null, "components[" + i + "]", Map.of()));
        }
        for (int i = 0; i < p.forms().size(); i++) {
            FormTemplate form = p.forms().get(i);
            where.put("form:" + form.code(), new SourceMap.Origin(null, null, "forms[" + i + "]", Map.of()));
            for (int j = 0; j < form.sections().size(); j++) {
                FormSection section = form.sections().get(j);
                for (int k = 0; k < section.fields().size(); k++) {
                    putField(where, section.fields().get(k), "forms[" + i + "].sections[" + j + "].fields[" + k + "]");
                }
            }
        }
        return where;
    }

    private static void putField(SourceMap where, FormField field, String path) {
        where.put("field:" + field.id(), new SourceMap.Origin(null, null, path, Map.of()));
        for (int c = 0; c < field.columns().size(); c++) {
            putField(where, field.columns().get(c), path + ".columns[" + c + "]");
        }
    }
}
