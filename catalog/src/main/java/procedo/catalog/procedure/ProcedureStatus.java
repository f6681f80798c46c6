package procedo.catalog.procedure;

/** Whether a procedure is in force. */
public enum ProcedureStatus {
    ACTIVE, SUSPENDED, ABOLISHED
}
