package procedo.templates.load;

import java.util.List;
import procedo.templates.model.TemplatePackage;

/** The outcome of reading a file: the package when it could be assembled, where its parts came from, the problems. */
public record ParsedPackage(TemplatePackage pkg, SourceMap where, List<ImportError> errors) {

    public ParsedPackage {
        errors = List.copyOf(errors);
    }
}
