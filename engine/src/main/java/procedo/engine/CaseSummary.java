package procedo.engine;

import java.time.Instant;

/**
 * A case (one dossier) in a list.
 *
 * @param channel how the dossier came in; null for a case started outside Procedo
 * @param overdue still open after its due date, or completed after it
 * @param training  a training case, which never counts in usage or KPIs
 * @param simulated a case made by a load run, which never counts in usage or KPIs
 */
public record CaseSummary(String id, String procedureCode, String locality, Channel channel, int workflowVersion,
                          CaseState state, Instant startedAt, Instant endedAt, Instant dueAt, int processingDays,
                          boolean overdue, boolean escalated, String endName, boolean training, boolean simulated) {
}
