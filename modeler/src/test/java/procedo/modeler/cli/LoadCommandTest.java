package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.usage.UsageSource;
import procedo.engine.Kpis;
import procedo.modeler.Application;

@Tag("load")
@Isolated("sets the engine clock, which is static in the JVM")
class LoadCommandTest extends CliTest {

    @Test
    void runsCasesThroughTheWorkflowAndRecordsWhatItMeasured() {
        int code = run("load", "--data", dir.toString(), "--procedure", "1.001193", "--cases", "12", "--days", "20",
                "--locality", "01,79", "--seed", "7");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("deployed 1.001193 as version 1").contains("12 cases started")
                .contains("KPIs of 1.001193").contains("measured usage recorded");
        try (Application app = Application.open(DatabaseSettings.embedded(dir))) {
            Kpis kpis = app.workflows().kpis("1.001193", null);
            assertThat(kpis.casesStarted()).isEqualTo(12);
            assertThat(kpis.casesCompleted()).isPositive();
            assertThat(kpis.medianCycleTimeHours()).isPositive();
            long measured = app.usage().of("1.001193").stream().filter(u -> u.source() == UsageSource.MEASURED)
                    .mapToLong(u -> u.dossiersTotal()).sum();
            assertThat(measured).isEqualTo(12);
            assertThat(app.usage().of("1.001193")).filteredOn(u -> u.source() == UsageSource.MEASURED)
                    .allSatisfy(u -> assertThat(u.localityCode()).isIn("01", "79"));
        }

        assertThat(run("load", "--data", dir.toString(), "--procedure", "1.001193", "--cases", "0")).isNotZero();
        assertThat(run("load", "--data", dir.toString(), "--procedure", "9.999999", "--cases", "1")).isNotZero();
        assertThat(err.toString()).contains("9.999999");
    }
}
