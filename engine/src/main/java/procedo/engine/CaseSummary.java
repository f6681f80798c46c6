package procedo.engine;

import java.time.Instant;

/**
 * A case (one dossier) in a list.
 *
 * @param state   ACTIVE, COMPLETED (reached an end) or CANCELLED
 * @param overdue still open after its due date, or completed after it
 */
public record CaseSummary(String id, String procedureCode, String locality, String channel, int workflowVersion,
                          String state, Instant startedAt, Instant endedAt, Instant dueAt, int processingDays,
                          boolean overdue, boolean escalated, String endName) {
}
