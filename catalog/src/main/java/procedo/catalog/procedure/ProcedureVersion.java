package procedo.catalog.procedure;

import java.time.LocalDateTime;

/** One stored state of a procedure: its version, the code it had then, and when it was saved. */
public record ProcedureVersion(int version, String code, String name, String decision, LocalDateTime changedAt) {
}
