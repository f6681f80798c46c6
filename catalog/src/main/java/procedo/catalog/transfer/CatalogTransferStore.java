package procedo.catalog.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import procedo.catalog.procedure.Procedure;
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

    /** The codes of the procedures that {@code withdrawn} admits. */
    Set<String> procedureCodes(WithdrawnFilter withdrawn);

    Set<String> agencyCodes();

    Set<String> localityCodes();

    /** The localities' names by code. */
    Map<String, String> localityNames();

    /**
     * The stored rows of those of {@code codes} that name a procedure (withdrawn ones too), each table's rows in the
     * order {@link #forEachRow} gives them, read with one query per table whatever the number of codes.
     */
    Map<String, StoredProcedure> stored(Collection<String> codes);

    /** A stored procedure as exchange rows: its optimistic-locking version, whether it is withdrawn, its rows. */
    record StoredProcedure(int version, boolean withdrawn, Map<CatalogTable, List<List<Object>>> rows) {
    }

    /** Accepts rows table by table, procedures before the rows that name them. */
    interface RowWriter {
        /** Adds a row of the agencies table: an agency added or renamed. */
        void add(CatalogTable table, List<Object> values);

        /**
         * Adds a new procedure from its rows by table (its {@link CatalogTable#PROCEDURES} row and the rows that name
         * it, each table's in the order they are kept), with its first stored version.
         */
        void add(Map<CatalogTable, List<List<Object>>> procedure);

        /**
         * Stores {@code after} as the next version of the stored procedure {@code code}, which must still be at
         * {@code expectedVersion}; returns what it replaced.
         */
        Procedure replace(String code, Procedure after, int expectedVersion);

        /** Adds the usage rows of an existing procedure, or updates those of the same locality, year and source. */
        void putUsage(String code, List<List<Object>> rows);
    }

    /**
     * Runs {@code feed} inside one transaction that writes every row it adds (agencies are added or renamed,
     * procedures are new, each gets its first stored version) and every replacement; nothing is written if
     * anything fails. Returns the number of procedures added.
     */
    int write(Consumer<RowWriter> feed);
}
