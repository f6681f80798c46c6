package procedo.templates.load;

import java.util.List;
import java.util.Locale;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Messages;
import procedo.templates.model.TemplatePackage;

/**
 * The outcome of reading a file: the package when it could be assembled, where its parts came from, and the
 * problems found so far, collected in {@code problems} (the validation of the package adds its own there).
 */
public record ParsedPackage(TemplatePackage pkg, SourceMap where, Problems problems) {

    /** The problems found, located, in English. */
    public List<ImportError> errors() {
        return errors(Messages.ENGLISH);
    }

    /** The problems found, located, as {@code locale}'s reader sees them. */
    public List<ImportError> errors(Locale locale) {
        return ImportErrors.render(ImportErrors.of(problems), where, locale);
    }

    /** Refuses the package when any problem was found. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new TemplateImportException(problems, where);
        }
    }
}
