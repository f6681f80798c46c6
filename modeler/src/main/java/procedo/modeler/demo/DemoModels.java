package procedo.modeler.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import procedo.catalog.account.Actor;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;

/**
 * The demo BPMN models (as-is and to-be of several demo procedures) listed in {@code /demo/models/index.json},
 * stored as the first version of each model when a new database gets the demo catalog.
 */
public final class DemoModels {

    private static final String FOLDER = "/demo/models/";

    private final ModelService models;

    public DemoModels(ModelService models) {
        this.models = models;
    }

    /** Stores every listed model; returns how many were stored. */
    public int load() {
        JsonNode index = read("index.json", in -> new ObjectMapper().readTree(in));
        int stored = 0;
        for (JsonNode entry : index) {
            byte[] xml = read(entry.get("file").asText(), InputStream::readAllBytes);
            Actor author = new Actor(entry.path("author").asText("Demo"), "Dữ liệu mẫu", "local");
            models.save(entry.get("code").asText(), ModelKind.parse(entry.get("kind").asText()), xml, null,
                    author, entry.path("comment").asText(""));
            stored++;
        }
        return stored;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String name, Reader<T> reader) {
        try (InputStream in = DemoModels.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("demo model resource missing: " + FOLDER + name);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
