package procedo.catalog.assessment;

import java.util.Optional;
import java.util.function.Consumer;

/** Reads the condensed form of the catalog that ranking and portfolios work on. */
public interface CatalogSnapshotSource {

    /** Streams every procedure's entry to {@code sink}, in code order. */
    void forEach(Consumer<SnapshotEntry> sink);

    Optional<SnapshotEntry> load(String code);
}
