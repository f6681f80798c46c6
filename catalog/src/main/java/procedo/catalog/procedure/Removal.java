package procedo.catalog.procedure;

/**
 * What {@link ProcedureService#delete} did: deleted the procedure because nothing depended on it, or withdrew it
 * (kept with its history) because something did.
 *
 * @param withdrawal the mark the procedure now carries; {@code null} when it was deleted
 */
public record Removal(String code, Outcome outcome, Dependents dependents, Withdrawal withdrawal) {

    /** Whether the procedure is gone or kept as withdrawn. */
    public enum Outcome {
        DELETED, WITHDRAWN
    }
}
