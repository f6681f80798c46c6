package procedo.catalog.transfer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import procedo.catalog.procedure.WithdrawnFilter;

/** The storage side of catalog export and import. */
public interface CatalogTransferStore {

    /**
     * Streams the rows of {@code table} in a stable order (values in the table's column order), of the procedures
     * in the catalog: withdrawn ones are left out.
     */
    default void forEachRow(CatalogTable table, Consumer<List<Object>> sink) {
        forEachRow(table, WithdrawnFilter.EXCLUDE, sink);
    }

    /** Streams the rows of {@code table} of the procedures that {@code withdrawn} admits, in a stable order. */
    void forEachRow(CatalogTable table, WithdrawnFilter withdrawn, Consumer<List<Object>> sink);

    Set<String> procedureCodes();

    Set<String> agencyCodes();

    Set<String> localityCodes();

    /** The localities' names by code. */
    Map<String, String> localityNames();

    /** Accepts rows table by table, procedures before the rows that name them. */
    interface RowWriter {
        void add(CatalogTable table, List<Object> values);
    }

    /**
     * Runs {@code feed} inside one transaction that writes every row it adds (agencies are added or renamed,
     * procedures are new, each gets its first stored version); nothing is written if anything fails.
     * Returns the number of procedures written.
     */
    int write(Consumer<RowWriter> feed);
}
