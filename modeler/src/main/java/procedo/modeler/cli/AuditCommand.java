package procedo.modeler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import procedo.catalog.audit.ChainVerification;
import procedo.modeler.Application;

/** The audit trail from the command line: {@code audit verify} walks the hash chain. */
@Command(name = "audit", description = "The audit trail of every change.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Walks the chain from the first record: exit 0 and "intact: N records", or exit 1 and the first break. */
    @Command(name = "verify", description = "Check that no record of the audit trail was changed, removed or inserted:"
            + " prints 'intact: N records' (exit 0) or the first broken record and what differs (exit 1).")
    static final class Verify implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Application application = Application.open(database.settings())) {
                ChainVerification result = application.audit().verify();
                spec.commandLine().getOut().println(result.describe());
                return result.intact() ? 0 : 1;
            }
        }
    }
}
