package procedo.modeler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import procedo.catalog.account.Actor;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.excel.CatalogWorkbookImport;
import procedo.catalog.transfer.FieldChange;
import procedo.catalog.transfer.ProcedureChange;
import procedo.modeler.Application;

/**
 * Imports a catalog workbook, all or nothing: new procedures are added, those it names updated, those it does not
 * name removed only with {@code --remove-missing}; {@code --preview} lists what would change and writes nothing.
 */
@Command(name = "import", description = "Import a catalog workbook (the layout 'export' writes), all or nothing:"
        + " new codes are added, named procedures updated (a new version each); every problem is listed by sheet, row"
        + " and column.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE.xlsx")
    Path file;

    @Option(names = "--preview", description = "List what the import would change (added, changed field by field,"
            + " removed, unchanged) and write nothing.")
    boolean preview;

    @Option(names = "--remove-missing", description = "Remove (withdraw) the catalog's procedures that the workbook"
            + " does not name.")
    boolean removeMissing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application application = Application.open(database.settings())) {
            long start = System.nanoTime();
            CatalogWorkbookImport.Missing missing = removeMissing ? CatalogWorkbookImport.Missing.REMOVE
                    : CatalogWorkbookImport.Missing.KEEP;
            CatalogWorkbookImport.Result result = preview ? application.previewCatalogImport(file, missing)
                    : application.importCatalog(file, missing, Actor.system("import command"));
            PrintWriter out = spec.commandLine().getOut();
            for (String code : result.added()) {
                out.printf("+ %s%n", code);
            }
            for (ProcedureChange change : result.changed()) {
                out.printf("~ %s%n", change.code());
                for (FieldChange c : change.changes()) {
                    out.printf("    %s: %s -> %s%n", c.label(), shown(c.before()), shown(c.after()));
                }
            }
            for (String code : result.removed()) {
                out.printf("- %s%n", code);
            }
            out.printf(Locale.ROOT, "%s: %d added, %d changed, %d removed, %d unchanged, %d agencies added or renamed"
                            + " (%s) in %.1f s%n", preview ? "Preview, nothing written" : "Imported", result.added().size(),
                    result.changed().size(), result.removed().size(), result.unchanged(), result.agencies(), result.rows(),
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (InvalidInputException e) {
            throw namingTheFile(e);
        }
    }

    private static String shown(Object value) {
        return value == null ? "(none)" : value.toString();
    }

    /** The same refusal, with a problem of the whole file located at the file the command was given. */
    private InvalidInputException namingTheFile(InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> p.location().isEmpty() ? new Problem(file.toString(), p.text()) : p).toList());
    }
}
