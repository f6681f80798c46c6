package procedo.catalog.procedure;

import java.util.Optional;

/** Keeps procedures. Implementations map {@link procedo.catalog.error} exceptions for stale or missing rows. */
public interface ProcedureRepository {

    Page<ProcedureSummary> find(ProcedureFilter filter, int offset, int limit);

    Optional<Procedure> findByCode(String code);

    /** The names of those of {@code codes} that exist, by code, read at once. */
    java.util.Map<String, String> names(java.util.Collection<String> codes);

    /** Stores a new procedure with version 1; a code already in use is a conflict. Every stored state is kept. */
    Procedure create(Procedure procedure);

    /**
     * Replaces the procedure stored under {@code code} when its version is still {@code expectedVersion};
     * otherwise a {@link procedo.catalog.error.ConflictException}. Returns it with its new version.
     */
    Procedure update(String code, Procedure procedure, int expectedVersion);

    void delete(String code);

    /** Every stored state of the procedure now known as {@code code}, oldest first (it may have had other codes). */
    java.util.List<ProcedureVersion> versions(String code);

    /** The procedure as it was at {@code version}. */
    Optional<Procedure> version(String code, int version);
}
