package procedo.engine;

import java.time.Instant;

/**
 * A case (one dossier) in a list.
 *
 * @param channel how the dossier came in; null for a case started outside Procedo
 * @param overdue still open after its due date, or completed after it
 * @param outcome how it ended: null while it runs
 * @param outcomeReason why it was refused, withdrawn or cancelled (shown to the applicant when refused)
 * @param pausedWorkingDays the working days the legal clock stood still while the applicant had to act (the due
 *                          date moved by as many)
 */
public record CaseSummary(String id, String procedureCode, String locality, Channel channel, int workflowVersion,
                          CaseState state, Instant startedAt, Instant endedAt, Instant dueAt, int processingDays,
                          boolean overdue, boolean escalated, String endName, CaseOutcome outcome,
                          String outcomeReason, int pausedWorkingDays) {

    /** A case without an outcome yet and whose clock never stood still. */
    public CaseSummary(String id, String procedureCode, String locality, Channel channel, int workflowVersion,
                       CaseState state, Instant startedAt, Instant endedAt, Instant dueAt, int processingDays,
                       boolean overdue, boolean escalated, String endName) {
        this(id, procedureCode, locality, channel, workflowVersion, state, startedAt, endedAt, dueAt, processingDays,
                overdue, escalated, endName, null, null, 0);
    }
}
