package procedo.engine;

/** Where a case stands: still running, ended at one of its model's ends, or ended by cancellation. */
public enum CaseState {
    ACTIVE,
    COMPLETED,
    CANCELLED
}
