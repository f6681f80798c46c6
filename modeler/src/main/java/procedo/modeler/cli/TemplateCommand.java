package procedo.modeler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import procedo.templates.ImportResult;
import procedo.templates.excel.PackageWorkbookWriter;
import procedo.templates.load.ImportError;
import procedo.templates.load.PackageJson;
import procedo.templates.load.TemplateImportException;
import procedo.templates.model.TemplatePackage;

/** Template packages from the command line: the blank workbook, import (all or nothing), export. */
@Command(name = "template", description = "Template packages: blank workbook, import, export.",
        subcommands = {TemplateCommand.Blank.class, TemplateCommand.Import.class, TemplateCommand.Export.class})
public final class TemplateCommand implements Runnable {

    /** Who the imports and publications of this command are recorded as. */
    private static final Actor COMMAND = Actor.system("template command");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Writes the blank, documented workbook. */
    @Command(name = "blank", description = "Write the blank, documented package workbook.")
    static final class Blank implements Callable<Integer> {

        @Option(names = {"-o", "--out"}, defaultValue = "goi-mau-trong.xlsx", description = "File to write.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (OutputStream o = Files.newOutputStream(out)) {
                new PackageWorkbookWriter().write(null, o);
            }
            spec.commandLine().getOut().println("wrote " + out);
            return 0;
        }
    }

    /** Imports a workbook or JSON package; prints every problem with its sheet, row and column. */
    @Command(name = "import", description = "Import a package (.xlsx or .json); all or nothing, every error listed.")
    static final class Import implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Parameters(index = "0", description = "The workbook (.xlsx) or JSON package.")
        Path file;

        @Option(names = "--publish", description = "Publish the version as the national standard.")
        boolean publish;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (Application application = Application.open(database.settings());
                 InputStream in = Files.newInputStream(file)) {
                ImportResult result = application.templates().importFile(in, COMMAND);
                if (publish) {
                    application.templates().publish(result.version().code(), result.version().version(), COMMAND);
                }
                out.printf("%s %s version %s (%d fields)%s%n", result.created() ? "imported" : "unchanged:",
                        result.version().code(), result.version().version(), result.version().fieldCount(),
                        publish ? ", published" : "");
                return 0;
            } catch (NoSuchFileException e) {
                throw InvalidInputException.of(file.toString(), "no such file");
            } catch (TemplateImportException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("procedo: " + file + " was not imported (" + e.errors().size() + " problem(s), nothing written):");
                for (ImportError error : e.errors()) {
                    err.println("  " + error);
                }
                return 2;
            }
        }
    }

    /** Exports a stored version as a workbook or JSON. */
    @Command(name = "export", description = "Export a package version as .xlsx or .json (by the file's extension).")
    static final class Export implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Parameters(index = "0", description = "Package code, e.g. 1.001193.")
        String code;

        @Option(names = "--version", description = "Version (default: the latest published).")
        String version;

        @Option(names = {"-o", "--out"}, required = true, description = "File to write (.xlsx or .json).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Application application = Application.open(database.settings());
                 OutputStream o = Files.newOutputStream(out)) {
                TemplatePackage p = application.templates().get(code, version);
                if (out.toString().endsWith(".json")) {
                    PackageJson.write(p, o);
                } else {
                    new PackageWorkbookWriter().write(p, o);
                }
                spec.commandLine().getOut().printf("wrote %s version %s to %s%n", p.code(), p.version(), out);
                return 0;
            }
        }
    }
}
