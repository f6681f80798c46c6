package procedo.modeler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import procedo.catalog.account.Principal;
import procedo.engine.Coverage;
import procedo.modeler.Application;
import procedo.modeler.workflow.NamedWorkflow;

/**
 * Deploys a procedure's latest to-be model from a script, as the operations page does: nationwide or for one
 * province, covering all its dossiers or a pilot, with the reason for deploying despite lint warnings.
 */
@Command(name = "deploy", description = "Deploy the latest to-be model of a procedure as a new workflow version "
        + "(nationwide, or in one province with --locality), covering all dossiers or a pilot (--coverage).")
public final class DeployCommand implements Callable<Integer> {

    /** Who the command's deployments are recorded as. */
    private static final Principal CLI = Principal.system("cli");

    @Mixin
    DatabaseOptions database;

    @Option(names = "--procedure", required = true, description = "Procedure code, e.g. 1.001193.")
    String procedure;

    @Option(names = "--locality", description = "Province code (e.g. 79) for a workflow of that province only; "
            + "nationwide when left out.")
    String locality;

    @Option(names = "--coverage", defaultValue = "ALL", description = "ALL (every dossier of the procedure in the "
            + "scope; the default) or PILOT (some dossiers only: what it measures is shown beside the usage "
            + "statistics, never instead of them).")
    String coverage;

    @Option(names = "--reason", description = "Why the model is deployed despite its lint warnings (needed only then).")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Coverage covered = Coverage.parse(coverage).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "--coverage must be ALL or PILOT, not " + coverage));
        try (Application app = database.openWithDemo()) {
            NamedWorkflow deployed = app.workflows().deploy(procedure, locality, covered, reason, CLI);
            spec.commandLine().getOut().printf("deployed %s as version %d (%s, coverage %s)%n", procedure,
                    deployed.workflow().version(), locality == null ? "nationwide" : "locality " + locality,
                    deployed.workflow().coverage());
            return 0;
        }
    }
}
