package procedo.modeler.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import procedo.catalog.excel.CatalogWorkbookForm;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.modeler.Application;

/** Writes the catalog as a workbook, in Vietnamese unless the code form is asked for; withdrawn procedures only when asked. */
@Command(name = "export", description = "Export the catalog to an XLSX workbook (--out FILE.xlsx), in Vietnamese"
        + " with a guide sheet, or --form CODES for English sheet names, snake_case headers and codes; withdrawn"
        + " procedures with --withdrawn INCLUDE or ONLY.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--out", required = true, description = "The workbook to write.")
    Path out;

    @Option(names = "--withdrawn", defaultValue = "EXCLUDE",
            description = "Withdrawn procedures: EXCLUDE (default), INCLUDE or ONLY.")
    WithdrawnFilter withdrawn;

    @Option(names = "--form", defaultValue = "VIETNAMESE",
            description = "VIETNAMESE (default: names, drop-down lists, a guide sheet) or CODES (the exchange codes).")
    CatalogWorkbookForm form;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Application application = Application.open(database.settings())) {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            long start = System.nanoTime();
            long rows;
            try (OutputStream stream = Files.newOutputStream(out)) {
                rows = application.exportCatalog(stream, withdrawn, form);
            }
            spec.commandLine().getOut().printf("Exported %d rows to %s in %.1f s%n", rows, out,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
