package procedo.modeler.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import procedo.engine.calendar.HolidayCalendar;

/** The defaults make every demo model simulate: each as-is and to-be model runs, and every case ends. */
class DemoModelsSimulationTest {

    @Test
    void everyDemoModelSimulatesWithTheDefaults() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/demo/models").toURI());
        List<Path> models;
        try (Stream<Path> files = Files.list(folder)) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).hasSizeGreaterThan(5);
        ModelSimulator simulator = new ModelSimulator(HolidayCalendar.vietnam());
        for (Path model : models) {
            SimulationResult result = simulator.simulate(Files.readAllBytes(model), SimulationParameters.none());
            assertThat(result.cases()).as(model.toString()).isEqualTo(SimulationDefaults.CASES);
            assertThat(result.measuredCases()).as(model.toString()).isEqualTo(SimulationDefaults.CASES * 9 / 10);
            assertThat(result.cycleTime().mean()).as(model.toString()).isPositive();
            assertThat(result.cycleTime().p95()).as(model.toString()).isGreaterThanOrEqualTo(result.cycleTime().p50());
            assertThat(result.tasks()).as(model.toString()).isNotEmpty();
        }
    }
}
