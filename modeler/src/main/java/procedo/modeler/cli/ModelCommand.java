package procedo.modeler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import procedo.catalog.account.Actor;
import procedo.catalog.error.InvalidInputException;
import procedo.modeler.Application;
import procedo.modeler.model.BpmnAnalyser;
import procedo.modeler.model.BpmnAnalysis;
import procedo.modeler.model.BpmnReader;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelVersion;
import procedo.modeler.model.StoredModel;
import procedo.modeler.json.Json;

/** BPMN models from the command line: import a file as a new version, export a version, analyse a file. */
@Command(name = "model", description = "BPMN models of procedures: import, export, analyse.",
        subcommands = {ModelCommand.Import.class, ModelCommand.Export.class, ModelCommand.Analyse.class})
public final class ModelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The model a command works on: its procedure and its kind. */
    static final class ModelOptions {
        @Option(names = "--procedure", required = true, paramLabel = "CODE")
        String code;

        @Option(names = "--kind", required = true, description = "AS_IS or TO_BE.")
        String kind;

        ModelKind kind() {
            return ModelKind.parse(kind);
        }
    }

    @Command(name = "import", description = "Store FILE.bpmn as the next version of a procedure's model.")
    static final class Import implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Mixin
        ModelOptions model;

        @Option(names = "--expected-version", paramLabel = "N",
                description = "The version this file was based on; without it, the latest version.")
        Integer expectedVersion;

        @Option(names = "--author", defaultValue = "${env:USER:-anonymous}")
        String author;

        @Option(names = "--comment", defaultValue = "")
        String comment;

        @Parameters(paramLabel = "FILE.bpmn")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ModelKind modelKind = model.kind();
            byte[] xml = InputFiles.read(file, BpmnReader.MAX_BYTES);
            try (Application application = database.openWithDemo()) {
                Integer basedOn = expectedVersion != null ? expectedVersion
                        : application.models().latest(model.code, modelKind).map(m -> m.version().version()).orElse(null);
                ModelVersion saved;
                try {
                    saved = application.models().save(model.code, modelKind, xml, basedOn,
                            new Actor("system:model command", author, "local"), comment);
                } catch (InvalidInputException e) {
                    throw InputFiles.locatedIn(file, e);
                }
                spec.commandLine().getOut().printf("%s %s version %d saved (%d bytes)%n", model.code, saved.kind(),
                        saved.version(), xml.length);
            }
            return 0;
        }
    }

    @Command(name = "export", description = "Write a procedure's model (latest or --version) to --out, byte for byte.")
    static final class Export implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Mixin
        ModelOptions model;

        @Option(names = "--version", paramLabel = "N")
        Integer version;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ModelKind modelKind = model.kind();
            try (Application application = Application.open(database.settings())) {
                StoredModel stored = application.models().get(model.code, modelKind, version);
                Files.write(out, stored.xml());
                spec.commandLine().getOut().printf("%s %s version %d written to %s%n", model.code, modelKind,
                        stored.version().version(), out);
            }
            return 0;
        }
    }

    @Command(name = "analyse", aliases = "analyze", description = "Print the analysis of FILE.bpmn (counts, lanes, lint).")
    static final class Analyse implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.bpmn")
        Path file;

        @Option(names = "--json", description = "Print JSON as POST /api/bpmn/analysis does.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            BpmnAnalysis analysis;
            try {
                analysis = new BpmnAnalyser().analyse(InputFiles.read(file, BpmnReader.MAX_BYTES));
            } catch (InvalidInputException e) {
                throw InputFiles.locatedIn(file, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, analysis);
                return 0;
            }
            for (Map.Entry<String, Integer> metric : analysis.metrics().entrySet()) {
                out.printf("%-22s %6d%n", metric.getKey(), metric.getValue());
            }
            for (BpmnAnalysis.Pool pool : analysis.pools()) {
                out.printf("pool %s \"%s\"%s: %d activities%n", pool.id(), pool.name(),
                        pool.applicant() ? " (applicant)" : "", pool.activities());
            }
            for (BpmnAnalysis.Lane lane : analysis.lanes()) {
                out.printf("lane %s \"%s\"%s: %d activities%n", lane.id(), lane.name(),
                        lane.applicant() ? " (applicant)" : "", lane.activities());
            }
            out.printf("lint: %d finding(s)%n", analysis.lint().size());
            for (BpmnAnalysis.LintFinding finding : analysis.lint()) {
                out.printf("  %-28s %-24s %s%n", finding.rule(), finding.elementId(), finding.message());
            }
            return 0;
        }
    }
}
