package procedo.catalog.procedure;

import java.util.Arrays;
import java.util.List;
import procedo.catalog.text.Fold;

/** Diacritics-insensitive search: a procedure's searchable text and a query's words, both folded by {@link Fold}. */
public final class SearchText {

    private SearchText() {
    }

    /** The folded words of a query, each of which must occur. */
    public static List<String> words(String query) {
        String folded = Fold.fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    public static String of(Procedure procedure) {
        return Fold.fold(procedure.code() + " " + procedure.name() + " " + procedure.field());
    }
}
