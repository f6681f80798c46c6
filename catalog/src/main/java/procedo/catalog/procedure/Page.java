package procedo.catalog.procedure;

import java.util.List;

/** A page of results and the total number of matches. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
