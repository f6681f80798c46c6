package procedo.catalog;

import java.util.function.Supplier;
import procedo.catalog.assessment.CatalogSnapshotSource;
import procedo.catalog.assessment.PriorityProfileRepository;
import procedo.catalog.assessment.TariffRepository;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.ProcedureRepository;
import procedo.catalog.usage.UsageRepository;

/**
 * The catalog's storage: its repositories and a way to run several of their calls as one transaction.
 * Implemented over jOOQ in {@code procedo.catalog.persistence}; closing it releases the database.
 */
public interface CatalogStore extends AutoCloseable {

    ProcedureRepository procedures();

    LocalityRepository localities();

    UsageRepository usage();

    TariffRepository tariffs();

    PriorityProfileRepository profiles();

    CatalogSnapshotSource snapshots();

    /**
     * Writes many new procedures and their usage in one transaction with batched statements, for generators and
     * imports. The procedures must be valid already.
     */
    void writeBulk(java.util.List<procedo.catalog.procedure.Procedure> procedures,
                   java.util.List<procedo.catalog.usage.UsageStat> usage);

    /** Runs {@code work} in one transaction: every repository call inside it commits or rolls back together. */
    <T> T inTransaction(Supplier<T> work);

    /** Whether the catalog holds no procedure yet (a new database). */
    boolean isEmpty();

    @Override
    void close();
}
