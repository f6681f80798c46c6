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

    /**
     * Deletes the procedure stored under {@code code} with its dossier, fees, activities, versions, models and usage.
     * Never its simplification plans: while it has any, the database refuses and this is a
     * {@link procedo.catalog.error.ConflictException}. {@link ProcedureService#delete} calls {@link #remove}, which
     * deletes only what nothing depends on.
     */
    void delete(String code);

    /** What in the catalog depends on the procedure stored under {@code code}: its plans, models and usage figures. */
    Dependents dependents(String code);

    /**
     * In one transaction: deletes the procedure stored under {@code code} when neither the catalog nor
     * {@code outside} holds anything that depends on it; otherwise marks it withdrawn with {@code mark} (a
     * procedure already withdrawn keeps its first mark).
     */
    Removal remove(String code, Dependents outside, Withdrawal mark);

    /** The withdrawal mark of the procedure stored under {@code code}; empty when it is in the catalog. */
    Optional<Withdrawal> withdrawal(String code);

    /** Takes the withdrawal mark off; a {@link procedo.catalog.error.ConflictException} when there is none. */
    void reinstate(String code);

    /** Every stored state of the procedure now known as {@code code}, oldest first (it may have had other codes). */
    java.util.List<ProcedureVersion> versions(String code);

    /** The procedure as it was at {@code version}. */
    Optional<Procedure> version(String code, int version);
}
