package procedo.catalog.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import procedo.catalog.procedure.Procedure;

/** A procedure as the JSON document its history keeps: exact decimals, ISO dates. */
final class ProcedureDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ProcedureDocuments() {
    }

    static String write(Procedure procedure) {
        try {
            return MAPPER.writeValueAsString(procedure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write procedure " + procedure.code() + " as JSON", e);
        }
    }

    static Procedure read(String document) {
        try {
            return MAPPER.readValue(document, Procedure.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored procedure version is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
