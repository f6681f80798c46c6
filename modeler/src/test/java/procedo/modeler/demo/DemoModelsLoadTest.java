package procedo.modeler.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;
import procedo.modeler.model.ModelComparison;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelVersion;

/** A new database gets the demo models with the demo catalog, and their analysis shows the simplification. */
class DemoModelsLoadTest {

    @Test
    void theFirstStartStoresEveryDemoModelAsVersionOneAndTheAnalysisShowsTheSimplification() throws Exception {
        try (Application application = Application.open(DatabaseSettings.inMemory("demo-models-" + UUID.randomUUID()))) {
            application.loadDemoIfEmpty();

            JsonNode index = new ObjectMapper().readTree(DemoModelsLoadTest.class.getResourceAsStream("/demo/models/index.json"));
            assertThat(index.size()).isGreaterThanOrEqualTo(12);
            for (JsonNode entry : index) {
                ModelVersion latest = application.models().latest(entry.get("code").asText(),
                        ModelKind.valueOf(entry.get("kind").asText())).orElseThrow().version();
                assertThat(latest.version()).as(entry.get("file").asText()).isEqualTo(1);
                assertThat(latest.author()).isEqualTo("Demo");
                assertThat(latest.comment()).isEqualTo(entry.get("comment").asText());
            }
            ModelComparison birth = application.models().compare("1.001193", null, null);
            assertThat(birth.asIs().metrics().get("inPersonVisits")).isEqualTo(7);
            assertThat(birth.toBe().metrics().get("inPersonVisits")).isEqualTo(1);
            assertThat(birth.deltas().get("documentsRequested")).isEqualTo(-7);
            assertThat(birth.deltas().get("handOffs")).isEqualTo(-3);
            assertThat(application.loadDemoIfEmpty()).isZero();
        }
    }
}
