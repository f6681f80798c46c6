package procedo.modeler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import procedo.catalog.account.Actor;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.Application;
import procedo.modeler.json.Json;
import procedo.modeler.model.BpmnReader;
import procedo.modeler.model.ModelKind;
import procedo.modeler.simulation.ModelSimulator;
import procedo.modeler.simulation.SimulationParameters;
import procedo.modeler.simulation.SimulationRequest;
import procedo.modeler.simulation.SimulationResult;
import procedo.modeler.simulation.StoredSimulation;

/**
 * Simulates a procedure's stored model (and stores the run with its version), or a BPMN file; prints the results in
 * Vietnamese (vi-VN numbers, dates dd/MM/yyyy), in English with {@code --language en}, or as JSON.
 */
@Command(name = "simulate", description = "Simulate a procedure's model (--procedure, --kind) or a BPMN file (--file).")
public final class SimulateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--procedure", paramLabel = "CODE", description = "The procedure whose stored model to simulate.")
    String code;

    @Option(names = "--kind", defaultValue = "TO_BE", description = "AS_IS or TO_BE (default TO_BE).")
    String kind;

    @Option(names = "--version", paramLabel = "N", description = "The model version (default: the latest).")
    Integer version;

    @Option(names = "--file", paramLabel = "FILE.bpmn", description = "A BPMN file to simulate instead (not stored).")
    Path file;

    @Option(names = "--parameters", paramLabel = "FILE.json",
            description = "Parameters over the model's own BPSim ones (the JSON of the API's 'parameters').")
    Path parameters;

    @Option(names = "--cases", paramLabel = "N")
    Integer cases;

    @Option(names = "--seed", paramLabel = "N")
    Long seed;

    @Option(names = "--language", defaultValue = "vi", description = "vi (default) or en.")
    String language;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean asJson;

    @Option(names = "--author", defaultValue = "${env:USER:-anonymous}")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((code == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), "give either --procedure CODE or --file FILE.bpmn");
        }
        Locale locale = "en".equalsIgnoreCase(language) ? Messages.ENGLISH : Messages.VIETNAMESE;
        ObjectMapper json = Json.mapper();
        SimulationParameters given = parameters == null ? SimulationParameters.none()
                : Json.read(json, new String(InputFiles.read(parameters, 1024 * 1024), StandardCharsets.UTF_8),
                SimulationParameters.class);
        PrintWriter out = spec.commandLine().getOut();
        SimulationResult result;
        try {
            if (file != null) {
                byte[] xml = InputFiles.read(file, BpmnReader.MAX_BYTES);
                result = new ModelSimulator(HolidayCalendar.vietnam()).simulate(xml,
                        new SimulationRequest(null, null, null, cases, seed, given).givenParameters());
            } else {
                try (Application application = database.openWithDemo()) {
                    StoredSimulation stored = application.simulations().simulate(new SimulationRequest(code,
                            ModelKind.parse(kind), version, cases, seed, given),
                            new Actor("system:simulate command", author, "local"));
                    out.println(Messages.render(Text.of("modeler.simulation.report.stored", stored.id(), code,
                            stored.kind(), stored.modelVersion()), locale));
                    result = stored.result();
                }
            }
        } catch (InvalidInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            for (Problem problem : e.problems()) {
                err.println("procedo: " + problem.location() + ": " + Messages.render(problem.text(), locale));
            }
            return 2;
        }
        if (asJson) {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            out.print(report(result, locale));
        }
        out.flush();
        return 0;
    }

    /** The results as lines for a person. */
    static String report(SimulationResult r, Locale locale) {
        StringBuilder s = new StringBuilder();
        line(s, locale, "cases", BigDecimal.valueOf(r.cases()), BigDecimal.valueOf(r.measuredCases()), r.firstDay(),
                r.lastDay(), BigDecimal.valueOf(r.events()));
        line(s, locale, "cycle", two(r.cycleTime().mean()), two(r.cycleTime().p50()), two(r.cycleTime().p90()),
                two(r.cycleTime().p95()));
        line(s, locale, "split", two(r.processingDays()), two(r.waitingDays()));
        line(s, locale, "throughput", two(r.throughputPerDay()));
        line(s, locale, "agencyCost", r.agencyCostPerCase());
        line(s, locale, "applicant", two(r.applicant().hours()), two(r.applicant().visits()),
                r.applicant().outOfPocket());
        line(s, locale, "roles");
        for (SimulationResult.RoleFigures role : r.roles()) {
            line(s, locale, "role", role.name(), role.count(), two(role.utilisation() * 100), two(role.meanQueue()),
                    role.maxQueue(), role.costPerCase());
        }
        line(s, locale, "tasks");
        for (SimulationResult.TaskFigures task : r.tasks()) {
            line(s, locale, "task", task.name(), two(task.perCase()), two(task.meanHours()), two(task.meanWaitHours()));
        }
        return s.toString();
    }

    private static void line(StringBuilder s, Locale locale, String key, Object... args) {
        s.append(Messages.render(Text.of("modeler.simulation.report." + key, args), locale)).append('\n');
    }

    private static BigDecimal two(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
