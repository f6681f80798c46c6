package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.engine.Coverage;
import procedo.modeler.Application;

class DeployCommandTest extends CliTest {

    @Test
    void deploysAPilotInOneProvinceAndRefusesAnUnknownCoverage() {
        int code = run("deploy", "--data", dir.toString(), "--procedure", "1.001193", "--locality", "79",
                "--coverage", "pilot");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("deployed 1.001193 as version 1 (locality 79, coverage PILOT)");
        try (Application app = Application.open(DatabaseSettings.embedded(dir))) {
            assertThat(app.workflows().deployments("1.001193")).singleElement().satisfies(w -> {
                assertThat(w.workflow().locality()).isEqualTo("79");
                assertThat(w.workflow().coverage()).isEqualTo(Coverage.PILOT);
            });
        }
        assertThat(run("deploy", "--data", dir.toString(), "--procedure", "1.001193")).isZero();
        assertThat(out.toString()).contains("(nationwide, coverage ALL)");
        assertThat(run("deploy", "--data", dir.toString(), "--procedure", "1.001193", "--coverage", "SOME"))
                .isNotZero();
        assertThat(err.toString()).contains("--coverage must be ALL or PILOT");
    }
}
