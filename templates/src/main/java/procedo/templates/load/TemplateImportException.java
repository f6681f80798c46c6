package procedo.templates.load;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.ProcedoException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * An import refused: every problem found, each located, in the reader's language. Nothing was written (HTTP 400).
 * Its text says that the package was not imported and how many problems it has; {@link #getMessage()} adds the
 * first few problems in English, for logs.
 */
public final class TemplateImportException extends ProcedoException {

    private static final int IN_MESSAGE = 5;

    private final transient List<ImportErrors.Located> problems;
    private final transient SourceMap where;

    /** Refuses a package with the problems collected while reading it from the source {@code where} describes. */
    public TemplateImportException(Problems problems, SourceMap where) {
        this(ImportErrors.of(problems), where);
    }

    private TemplateImportException(List<ImportErrors.Located> problems, SourceMap where) {
        super(Text.of("templates.import.notImported", problems.size()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused import has at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.where = where;
    }

    /** A refusal of the whole file (empty, of an unknown kind, too large). */
    public static TemplateImportException ofFile(Text message) {
        Problems problems = new Problems();
        problems.at(CellLocation.file(), message);
        return new TemplateImportException(problems, null);
    }

    /** The problems, located, in English. */
    public List<ImportError> errors() {
        return errors(Messages.ENGLISH);
    }

    /** The problems, located, as {@code locale}'s reader sees them. */
    public List<ImportError> errors(Locale locale) {
        return ImportErrors.render(problems, where, locale);
    }

    @Override
    public String getMessage() {
        List<ImportError> errors = errors();
        return super.getMessage() + ": " + errors.stream().limit(IN_MESSAGE).map(ImportError::toString)
                .collect(Collectors.joining("; ")) + (errors.size() > IN_MESSAGE ? "; ..." : "");
    }
}
