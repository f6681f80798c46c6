package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The simulation benchmark, small: both sides run every case; what it measured is printed, never asserted. */
@Tag("bench")
class SimulationBenchCommandTest extends CliTest {

    @Test
    void simulatesAndExecutesTheSameModelAndPrintsTheRatio() {
        int code = run("bench-simulation", "--cases", "300", "--rounds", "1", "--engine-cases", "3");

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("300 cases through 30 activities in 5 roles")
                .contains("cases/s").contains("events/s").contains("same result as the first run: true")
                .contains("3 cases, 90 tasks completed").contains("ratio simulated / executed cases per second");
    }
}
