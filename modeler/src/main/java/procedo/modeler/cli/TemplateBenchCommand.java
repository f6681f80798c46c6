package procedo.modeler.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import procedo.catalog.account.Actor;
import procedo.catalog.locality.Agency;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.locality.Level;
import procedo.modeler.Application;
import procedo.templates.bench.LargePackage;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.model.TemplatePackage;

/**
 * Imports a synthetic package of many field rows through the whole import path (streaming read, validation,
 * storage) into a fresh embedded H2 database in a temporary directory, and prints the time and rows per second. Run it under a small heap,
 * e.g. {@code PROCEDO_JAVA_OPTS=-Xmx256m ./procedo bench-templates}.
 */
@Command(name = "bench-templates", description = "Benchmark importing a package workbook with many field rows.")
public final class TemplateBenchCommand implements Callable<Integer> {

    @Option(names = "--fields", defaultValue = "50000", description = "Field rows in the package (default 50000).")
    int fields;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured imports (each of a new version).")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        TemplatePackage base = LargePackage.of(fields);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long writeStart = System.nanoTime();
        new PackageWorkbookWriter().write(base, bytes);
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        out.printf("wrote the workbook: %d field rows, %.1f MB, in %.2f s (%.0f rows/s); max heap %d MB%n", fields,
                bytes.size() / 1e6, writeSeconds, fields / writeSeconds, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path data = Files.createTempDirectory("procedo-bench-templates");
        try (Application application = Application.open(DatabaseSettings.embedded(data))) {
            application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
            for (int round = 0; round <= rounds; round++) {
                byte[] file = round == 0 ? bytes.toByteArray() : versioned(base, round);
                long parseStart = System.nanoTime();
                application.templates().parse(new ByteArrayInputStream(file));
                double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
                long start = System.nanoTime();
                var result = application.templates().importFile(new ByteArrayInputStream(file),
                        Actor.system("template bench"));
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("%s import of %d field rows (version %s): %.2f s, %.0f rows/s"
                                + " (a read-and-validate pass just before it: %.2f s)%n",
                        round == 0 ? "first (warm-up)" : "round " + round, result.version().fieldCount(),
                        result.version().version(), seconds, fields / seconds, parseSeconds);
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static byte[] versioned(TemplatePackage base, int round) {
        TemplatePackage p = new TemplatePackage(base.code(), "1." + round, base.name(), base.field(), base.level(),
                base.agencyCode(), base.processingDays(), base.onlineLevel(), base.legalBasis(), base.fees(),
                base.components(), base.forms());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PackageWorkbookWriter().write(p, bytes);
        return bytes.toByteArray();
    }
}
