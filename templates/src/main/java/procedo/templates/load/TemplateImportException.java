package procedo.templates.load;

import java.util.List;
import java.util.stream.Collectors;
import procedo.catalog.error.ProcedoException;

/** An import refused: every problem found, each located. Nothing was written (HTTP 400). */
public final class TemplateImportException extends ProcedoException {

    private final List<ImportError> errors;

    public TemplateImportException(List<ImportError> errors) {
        super(errors.size() + " problem(s) in the package: "
                + errors.stream().limit(5).map(ImportError::toString).collect(Collectors.joining("; "))
                + (errors.size() > 5 ? "; ..." : ""));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refused import has at least one problem");
        }
        this.errors = List.copyOf(errors);
    }

    public static TemplateImportException of(String sheet, Integer row, String column, String message) {
        return new TemplateImportException(List.of(new ImportError(sheet, row, column, message)));
    }

    public List<ImportError> errors() {
        return errors;
    }
}
