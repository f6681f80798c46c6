package procedo.modeler.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import procedo.catalog.account.Actor;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.excel.CatalogWorkbookImport;
import procedo.modeler.Application;

/** Imports a catalog workbook, all or nothing. */
@Command(name = "import", description = "Import a catalog workbook (the layout 'export' writes), all or nothing;"
        + " every problem is listed by sheet, row and column.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE.xlsx")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application application = Application.open(database.settings())) {
            long start = System.nanoTime();
            CatalogWorkbookImport.Result result = application.importCatalog(file, Actor.system("import command"));
            spec.commandLine().getOut().printf("Imported %d procedures (%s) in %.1f s%n", result.procedures(),
                    result.rows(), (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (InvalidInputException e) {
            throw namingTheFile(e);
        }
    }

    /** The same refusal, with a problem of the whole file located at the file the command was given. */
    private InvalidInputException namingTheFile(InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> p.location().isEmpty() ? new Problem(file.toString(), p.text()) : p).toList());
    }
}
