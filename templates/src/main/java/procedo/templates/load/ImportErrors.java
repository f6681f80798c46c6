package procedo.templates.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.Problem;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * The problems an import collected in a {@link Problems}, read back as the located errors the import reports: a
 * workbook problem at its cell with the column named by its header, a JSON problem at its path, a problem of the
 * whole file nowhere in particular.
 */
final class ImportErrors {

    /** One collected problem: its cell when it has one, else its path (empty for the whole file). */
    record Located(CellLocation cell, String path, Text text) {
    }

    private ImportErrors() {
    }

    /** The problems of {@code problems} in the order they were found, each with its cell when it was given one. */
    static List<Located> of(Problems problems) {
        List<Problems.CellProblem> cells = problems.cellProblems();
        List<Located> located = new ArrayList<>();
        int next = 0;
        for (Problem p : problems.list()) {
            // a problem recorded at a cell is listed with its place's label, and its text is the cell problem's own
            if (next < cells.size() && p.label() != null && cells.get(next).text() == p.text()) {
                located.add(new Located(cells.get(next++).cell(), p.location(), p.text()));
            } else {
                located.add(new Located(null, p.location(), p.text()));
            }
        }
        return located;
    }

    /** The problems as {@code locale}'s reader sees them; {@code where} names the columns and tells JSON apart. */
    static List<ImportError> render(List<Located> problems, SourceMap where, Locale locale) {
        return problems.stream().map(p -> p.cell() != null ? cell(p, where, locale) : path(p, where, locale)).toList();
    }

    private static ImportError cell(Located p, SourceMap where, Locale locale) {
        CellLocation c = p.cell();
        String header = c.name() == null ? null : where == null ? c.name() : where.header(c.sheet(), c.name());
        CellLocation seen = new CellLocation(c.sheet(), c.row(), c.column(), header);
        String message = Messages.render(p.text(), locale);
        return new ImportError(c.sheet(), c.row(), c.column(), c.name(), Messages.render(seen.label(), locale),
                header == null ? message : header + ": " + message, code(p.text()));
    }

    private static ImportError path(Located p, SourceMap where, Locale locale) {
        String path = p.path().isEmpty() ? null : p.path();
        return new ImportError(where != null && where.isJson() ? SourceMap.JSON : null, null, path, path,
                Messages.label(path, locale, "templates").orElse(null), Messages.render(p.text(), locale), code(p.text()));
    }

    private static String code(Text text) {
        return text.isVerbatim() ? null : text.key();
    }
}
