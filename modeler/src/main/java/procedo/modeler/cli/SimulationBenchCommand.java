package procedo.modeler.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.engine.EngineSettings;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;
import procedo.engine.calendar.HolidayCalendar;
import procedo.engine.camunda.CamundaEngines;
import procedo.modeler.simulation.SimulationBenchmark;

/**
 * Cases per second and events per second of the simulator on a 30-activity model with 5 roles, and the ratio to
 * executing the same model's cases on the embedded workflow engine (H2 in memory, job executor off) in the same run.
 */
@Command(name = "bench-simulation", description = "Benchmark the simulator against the workflow engine.")
public final class SimulationBenchCommand implements Callable<Integer> {

    @Option(names = "--cases", defaultValue = "10000", description = "Simulated cases per round (default 10000).")
    int cases;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds, after two warm-up rounds.")
    int rounds;

    @Option(names = "--engine-cases", defaultValue = "50",
            description = "Cases executed on the engine (default 50, after 10 warm-up cases).")
    int engineCases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long cold = System.nanoTime();
        SimulationBenchmark.Simulated first = SimulationBenchmark.simulate(cases, 0, 1, HolidayCalendar.vietnam());
        double coldSeconds = (System.nanoTime() - cold) / 1e9;
        SimulationBenchmark.Simulated simulated = SimulationBenchmark.simulate(cases, 2, rounds,
                HolidayCalendar.vietnam());
        out.printf("simulator: %d cases through %d activities in %d roles, %d events%n", cases,
                SimulationBenchmark.ACTIVITIES, SimulationBenchmark.ROLES, simulated.events());
        out.printf("  first run (cold JVM): %.3f s%n", coldSeconds);
        out.printf("  warm, median of %d rounds: %.3f s (min %.3f, max %.3f)  [floor < 2 s]%n", rounds,
                simulated.seconds(), simulated.minSeconds(), simulated.maxSeconds());
        out.printf("  in processor time: %.3f s; running a model read before: %.3f s%n", simulated.cpuSeconds(),
                simulated.runSeconds());
        out.printf("  %.0f cases/s, %.0f events/s%n", simulated.casesPerSecond(), simulated.eventsPerSecond());
        out.printf("  mean cycle time %.2f working days, same result as the first run: %s%n",
                simulated.result().cycleTime().mean(), simulated.result().equals(first.result()));
        out.flush();

        String name = "bench_sim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        SimulationBenchmark.Executed executed;
        try (HikariDataSource pool = new HikariDataSource(config);
             WorkflowEngine engine = CamundaEngines.embedded(new EngineSettings(pool, "bench-simulation", false,
                     Deadlines.vietnam()::due, Deadlines.VIETNAM_ZONE))) {
            executed = SimulationBenchmark.execute(engine, engineCases, Math.min(10, engineCases));
        } finally {
            shutdown(url);
        }
        out.printf("engine (embedded Camunda, H2 in memory, job executor off): %d cases, %d tasks completed in"
                + " %.2f s: %.1f cases/s%n", executed.cases(), executed.tasks(), executed.seconds(),
                executed.casesPerSecond());
        out.printf("ratio simulated / executed cases per second: %.0f%n",
                simulated.casesPerSecond() / executed.casesPerSecond());
        out.flush();
        return executed.tasks() == (long) executed.cases() * SimulationBenchmark.ACTIVITIES
                && simulated.result().measuredCases() == cases ? 0 : 1;
    }

    private static void shutdown(String url) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the benchmark's database: " + e.getMessage(), e);
        }
    }
}
