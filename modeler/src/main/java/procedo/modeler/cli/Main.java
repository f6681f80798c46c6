package procedo.modeler.cli;

import picocli.CommandLine;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.engine.WorkflowException;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.WorkflowValidationException;

/** The {@code procedo} command line. Domain errors map once to exit codes: 2 invalid input, 3 not found, 4 conflict. */
@CommandLine.Command(name = "procedo", mixinStandardHelpOptions = true, version = "Procedo 0.1",
        description = "Workbench for administrative procedure reform.",
        subcommands = {ServeCommand.class, CostCommand.class, RankCommand.class, PortfolioCommand.class,
            GenerateCommand.class, BenchCommand.class, ModelCommand.class, TemplateCommand.class, TemplateBenchCommand.class,
            ReportCommand.class,
            ExportCommand.class, ImportCommand.class, BenchReportCommand.class, LoadCommand.class,
            EngineBenchCommand.class, UserCommand.class, LoadTestCommand.class, AuditCommand.class,
            BackupCommand.class, RestoreCommand.class, DeployCommand.class, SimulateCommand.class,
            SimulationBenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("procedo: " + e.getMessage());
            if (e instanceof InvalidInputException || e instanceof WorkflowValidationException) {
                return 2;
            }
            if (e instanceof NotFoundException || e instanceof WorkflowNotFoundException) {
                return 3;
            }
            if (e instanceof ConflictException || e instanceof WorkflowException) {
                return 4;
            }
            e.printStackTrace(cmd.getErr());
            return 1;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
