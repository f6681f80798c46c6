package procedo.modeler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import procedo.catalog.generate.SyntheticCatalog;
import procedo.modeler.Application;

/** Fills a database with a national-scale synthetic catalog. */
@Command(name = "generate", description = "Generate a synthetic catalog of localized procedures (for benchmarks).")
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--procedures", defaultValue = "100000", description = "How many procedures (default 100000).")
    int procedures;

    @Option(names = "--seed", defaultValue = "2025", description = "Random seed; the same seed gives the same catalog.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application application = Application.open(database.settings())) {
            long start = System.nanoTime();
            int written = new SyntheticCatalog(application.store()).generate(procedures, seed, 2024);
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf("Generated %d procedures in %.1f s into %s%n", written, seconds,
                    database.settings().describe());
            return 0;
        }
    }
}
