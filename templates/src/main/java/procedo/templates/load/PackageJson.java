package procedo.templates.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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
        try {
            TemplatePackage p = MAPPER.readValue(in, TemplatePackage.class);
            if (p == null) {
                return new ParsedPackage(null, SourceMap.forJson(), List.of(new ImportError("JSON", 1, null, "is empty")));
            }
            return new ParsedPackage(p, sourceMap(p), List.of());
        } catch (JsonMappingException e) {
            String path = JsonPaths.of(e);
            path = path.isEmpty() ? null : path;
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            if (e.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
                message = npe.getMessage() + " is required";
            }
            return failed(at, path, message.replaceAll("\\(class procedo[^)]*\\)", "").trim());
        } catch (JsonProcessingException e) {
            return failed(e.getLocation(), null, "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedPackage failed(JsonLocation at, String path, String message) {
        Integer line = at == null || at.getLineNr() < 0 ? null : at.getLineNr();
        return new ParsedPackage(null, SourceMap.forJson(), List.of(new ImportError("JSON", line, path, message)));
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
