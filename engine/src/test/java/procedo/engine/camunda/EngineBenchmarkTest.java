package procedo.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import procedo.engine.EngineDatabase;
import procedo.engine.EngineSettings;

/** The benchmark runs end to end; what it ran is read back from each engine's history, never its times. */
@Tag("bench")
class EngineBenchmarkTest {

    @Test
    void bothEnginesCompleteEveryCaseOfEveryRound() {
        EngineBenchmark.Options options = new EngineBenchmark.Options("H2", 24, 4, 2, 3);
        try (EngineDatabase.Pool bareDb = EngineDatabase.H2.create();
             EngineDatabase.Pool lookupDb = EngineDatabase.H2.create();
             EngineDatabase.Pool procedoDb = EngineDatabase.H2.create()) {
            EngineBenchmark.Result result = new EngineBenchmark(options).run(bareDb.dataSource(),
                    lookupDb.dataSource(), procedoDb.dataSource());

            assertThat(result.expectedCases()).isEqualTo(4 + 24);
            assertThat(result.bare().completedCases()).isEqualTo(28);
            assertThat(result.procedo().completedCases()).isEqualTo(28);
            assertThat(result.bare().completedTasks()).isEqualTo(28 * 5);
            assertThat(result.lookup().completedCases()).isEqualTo(28);
            assertThat(result.lookup().completedTasks()).isEqualTo(28 * 5);
            assertThat(result.lookup().slices()).hasSize(3);
            assertThat(result.procedo().completedTasks()).isEqualTo(28 * 5);
            assertThat(result.bare().slices()).hasSize(3);
            assertThat(result.procedo().slices()).hasSize(3);
            assertThat(EngineBenchmark.table(result)).contains("ratio Procedo / bare", "same lookup", "H2",
                    "2 threads", "3 slices", "bare, lookup");

            // Read again by engines opened afresh on each database: every case ended at the approval's end event;
            // the Procedo side ran with its additions (task due dates, assignees, on-time capture) and no job.
            ProcessEngine bare = reopen(bareDb);
            ProcessEngine procedo = reopen(procedoDb);
            try {
                HistoryService bareHistory = bare.getHistoryService();
                assertThat(bareHistory.createHistoricProcessInstanceQuery().processDefinitionKey(
                        EngineBenchmark.BARE_KEY).completed().count()).isEqualTo(28);
                assertThat(bareHistory.createHistoricActivityInstanceQuery().activityId("Done").count())
                        .isEqualTo(28);
                assertThat(bareHistory.createHistoricVariableInstanceQuery().variableName("onTime").count())
                        .isZero();
                assertThat(bare.getRuntimeService().createProcessInstanceQuery().count()).isZero();

                HistoryService history = procedo.getHistoryService();
                assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(
                        DeploymentWriter.key(EngineBenchmark.PROCEDURE_CODE)).completed().count()).isEqualTo(28);
                assertThat(history.createHistoricActivityInstanceQuery().activityId("Done").count()).isEqualTo(28);
                assertThat(history.createHistoricVariableInstanceQuery().variableName("onTime").count())
                        .isEqualTo(28);
                assertThat(history.createHistoricTaskInstanceQuery().taskAssignee(EngineBenchmark.USER).count())
                        .isEqualTo(28 * 5);
                assertThat(history.createHistoricTaskInstanceQuery().withoutTaskDueDate().count()).isZero();
                assertThat(procedo.getManagementService().createJobQuery().count()).isZero();
                assertThat(procedo.getRuntimeService().createProcessInstanceQuery().count()).isZero();
            } finally {
                bare.close();
                procedo.close();
            }
        }
    }

    @Test
    void refusesOptionsThatCannotRun() {
        assertThatThrownBy(() -> new EngineBenchmark.Options("H2", 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineBenchmark.Options("H2", 5, 0, 3, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few cases");
        assertThat(EngineBenchmark.Options.of("H2", 2000, 1)).isEqualTo(new EngineBenchmark.Options("H2", 2000, 200,
                1, 20));
    }

    private static ProcessEngine reopen(EngineDatabase.Pool pool) {
        return EngineConfiguration.bare(new EngineSettings(pool.dataSource(), "bench-check", false,
                EngineFixture.DUE_DATES, EngineFixture.VIETNAM)).buildProcessEngine();
    }
}
