package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.usage.UsageSource;
import java.util.Set;
import procedo.engine.CaseMark;
import procedo.engine.Kpis;
import procedo.modeler.Application;

@Tag("load")
@Isolated("sets the engine clock, which is static in the JVM")
class LoadCommandTest extends CliTest {

    @Test
    void runsSimulatedCasesThroughTheWorkflowThatCountInNoUsageNorKpis() {
        int code = run("load", "--data", dir.toString(), "--procedure", "1.001193", "--cases", "12", "--days", "20",
                "--locality", "01,79", "--seed", "7");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("deployed 1.001193 as version 1").contains("12 cases started")
                .contains("KPIs of 1.001193").contains("measured usage recorded");
        try (Application app = Application.open(DatabaseSettings.embedded(dir))) {
            Kpis kpis = app.workflows().kpis("1.001193", null, Set.of(CaseMark.SIMULATED));
            assertThat(kpis.casesStarted()).isEqualTo(12);
            assertThat(kpis.casesCompleted()).isPositive();
            assertThat(kpis.medianCycleTimeHours()).isPositive();
            assertThat(app.workflows().kpis("1.001193", null).casesStarted()).as("simulated cases in the KPIs")
                    .isZero();
            assertThat(app.engine().cases("1.001193", null, 100)).hasSize(12).allSatisfy(c -> {
                assertThat(c.simulated()).isTrue();
                assertThat(c.locality()).isIn("01", "79");
            });
            assertThat(app.usage().of("1.001193")).as("simulated cases in the usage")
                    .noneMatch(u -> u.source() == UsageSource.MEASURED);
            assertThat(app.measurements().of("1.001193")).as("simulated cases measured").isEmpty();
        }

        assertThat(run("load", "--data", dir.toString(), "--procedure", "1.001193", "--cases", "0")).isNotZero();
        assertThat(run("load", "--data", dir.toString(), "--procedure", "9.999999", "--cases", "1")).isNotZero();
        assertThat(err.toString()).contains("9.999999");
    }
}
