package procedo.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.engine.camunda.EngineFixture.at;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import procedo.engine.CaseEvent;
import procedo.engine.CaseState;
import procedo.engine.CaseSummary;
import procedo.engine.CaseView;
import procedo.engine.Channel;
import procedo.engine.DeployRequest;
import procedo.engine.EngineDatabase;
import procedo.engine.EngineSettings;
import procedo.engine.Kpis;
import procedo.engine.StartCase;
import procedo.engine.TaskFilter;
import procedo.engine.TaskView;
import procedo.engine.WorkflowEngine;

/**
 * Two nodes on one PostgreSQL schema, each with its own connection pool and its job executor on: Camunda's
 * cluster mode. Cases start on either node; when their due dates pass, both nodes' escalation sweeps race for the
 * overdue cases, and each case is escalated exactly once; every task is then completed on alternating nodes, and both
 * nodes see the same cases and the same KPIs. One engine clock serves both nodes (it is static in the JVM).
 */
@Tag("cluster")
@Isolated("sets the engine clock, which is static in the JVM")
class ClusterTest {

    private static final String CODE = "9.200001";
    private static final int CASES = 40;
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void twoNodesShareTheCasesAndEscalateEachOnce() throws Exception {
        try (EngineDatabase.Pool poolA = EngineDatabase.POSTGRESQL.create();
             HikariDataSource poolB = samePlace(poolA.dataSource())) {
            CamundaWorkflowEngine a = node(poolA.dataSource(), "node-a");
            CamundaWorkflowEngine b = null;
            try {
                b = node(poolB, "node-b");
                List<CamundaWorkflowEngine> nodes = List.of(a, b);
                a.deploy(new DeployRequest(CODE, null, EngineFixture.fiveTaskModel(), 1, Set.of(), "analyst"));

                // Monday 2 March 2026, 09:00: cases of 1 to 5 working days, all due by Monday 9 March 17:00.
                Instant start = at(MONDAY, 9);
                a.setClock(start);
                List<CaseSummary> started = new ArrayList<>();
                for (int i = 0; i < CASES; i++) {
                    WorkflowEngine on = nodes.get(i % 2);
                    started.add(on.startCase(new StartCase(CODE, i % 3 == 0 ? "01" : "79", Channel.ONLINE, 1 + i % 5,
                            Map.of("applicantName", "Người nộp " + i), "officer-" + (i % 2 == 0 ? "a" : "b"))));
                }
                assertThat(started).allSatisfy(c -> assertThat(c.dueAt()).isBefore(at(MONDAY.plusDays(7), 18)));
                ManagementService jobs = a.processEngine().getManagementService();
                assertThat(jobs.createJobQuery().count()).as("a running case costs no job").isZero();

                // Ten days later every due date has passed. Both nodes' sweeps look for overdue cases every tenth
                // of a second, and the test makes both sweep at the same moment on top: every case is escalated
                // once, by whichever node commits first.
                a.setClock(at(MONDAY.plusDays(10), 9));
                CountDownLatch go = new CountDownLatch(1);
                ExecutorService racers = Executors.newFixedThreadPool(2);
                List<Future<Integer>> swept = new ArrayList<>();
                for (CamundaWorkflowEngine node : nodes) {
                    swept.add(racers.submit(() -> {
                        go.await();
                        return node.runDueJobs();
                    }));
                }
                go.countDown();
                for (Future<Integer> f : swept) {
                    f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                }
                racers.shutdown();
                HistoryService history = b.processEngine().getHistoryService();
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                while (escalations(history).size() < CASES && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(500); // more sweeps on both nodes, which must find nothing left to do

                // One update of the escalated variable per case: no case escalated twice, none forgotten.
                Map<String, Long> escalations = escalations(history);
                assertThat(escalations).hasSize(CASES).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
                assertThat(escalations.keySet()).isEqualTo(started.stream().map(CaseSummary::id)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)));
                assertThat(a.runDueJobs()).isZero();
                assertThat(b.runDueJobs()).isZero();

                // Every task completed, each complete on the other node than the one before.
                int turn = 0;
                for (CaseSummary c : started) {
                    for (int step = 0; step < 5; step++) {
                        WorkflowEngine on = nodes.get(turn++ % 2);
                        List<TaskView> open = on.tasks(new TaskFilter(null, null, null, null, c.id(), 10));
                        assertThat(open).as("open tasks of case %s at step %d", c.id(), step + 1).hasSize(1);
                        TaskView task = open.get(0);
                        assertThat(task.priority()).isEqualTo(Escalation.PRIORITY);
                        on.complete(task.id(), "officer", task.activityId().equals("Review")
                                ? Map.of("approved", true) : Map.of());
                    }
                }

                for (WorkflowEngine on : nodes) {
                    List<CaseSummary> cases = on.cases(CODE, null, 1000);
                    assertThat(cases).hasSize(CASES).allSatisfy(c -> {
                        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
                        assertThat(c.escalated()).isTrue();
                        assertThat(c.overdue()).isTrue();
                    });
                }
                for (int i = 0; i < CASES; i++) {
                    CaseView view = nodes.get(i % 2).findCase(started.get(i).id()).orElseThrow();
                    assertThat(view.history()).extracting(CaseEvent::activityId).containsOnlyOnce("Procedo_Escalate");
                    assertThat(view.summary().endName()).isEqualTo("Đã trả kết quả");
                }
                Kpis onA = a.kpis(CODE, null);
                Kpis onB = b.kpis(CODE, null);
                assertThat(onB).isEqualTo(onA);
                assertThat(onA.casesStarted()).isEqualTo(CASES);
                assertThat(onA.casesCompleted()).isEqualTo(CASES);
                assertThat(onA.casesCompletedOnTime()).isZero();
                assertThat(b.kpis(CODE, "01")).isEqualTo(a.kpis(CODE, "01"));
                assertThat(a.kpis(CODE, "01").casesStarted()).isEqualTo(14);
            } finally {
                if (b != null) {
                    b.close();
                }
                a.close();
            }
        }
    }

    /** Per case, how many times its escalated variable was written. */
    private static Map<String, Long> escalations(HistoryService history) {
        return history.createHistoricDetailQuery().variableUpdates().list().stream()
                .filter(d -> d instanceof HistoricVariableUpdate u && u.getVariableName().equals("escalated"))
                .collect(Collectors.groupingBy(HistoricDetail::getProcessInstanceId, TreeMap::new,
                        Collectors.counting()));
    }

    /**
     * A node: its own engine on its own pool, its job executor on and polling every tenth of a second, its
     * escalation sweep every tenth of a second.
     */
    private static CamundaWorkflowEngine node(javax.sql.DataSource pool, String name) {
        return CamundaWorkflowEngine.start(new EngineSettings(pool, name, true, EngineFixture.DUE_DATES,
                EngineFixture.VIETNAM, Duration.ofMillis(100)), c -> {
                    c.getJobExecutor().setWaitTimeInMillis(100);
                    c.getJobExecutor().setMaxWait(200);
                });
    }

    /** A second pool on the same database and schema, as a second JVM would have. */
    private static HikariDataSource samePlace(HikariDataSource first) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(first.getJdbcUrl());
        config.setUsername(first.getUsername());
        config.setPassword(first.getPassword());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
