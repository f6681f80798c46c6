package procedo.engine;

import java.time.Instant;

/**
 * A case (one dossier) in a list.
 *
 * @param channel           how the dossier came in; null for a case started outside Procedo
 * @param overdue           still open after its due date, or completed after it
 * @param training          a training case, which never counts in usage or KPIs
 * @param simulated         a case made by a load run, which never counts in usage or KPIs
 * @param dossierNumber     the human dossier number given at intake, null for a case received before numbering
 * @param applicantName     who submitted the dossier, as the start form names them; null when unknown
 * @param outcome           how it ended: null while it runs
 * @param outcomeReason     why it was refused, withdrawn or cancelled (shown to the applicant when refused)
 * @param pausedWorkingDays the working days the legal clock stood still while the applicant had to act (the due
 *                          date moved by as many)
 */
public record CaseSummary(String id, String procedureCode, String locality, Channel channel, int workflowVersion,
                          CaseState state, Instant startedAt, Instant endedAt, Instant dueAt, int processingDays,
                          boolean overdue, boolean escalated, String endName, boolean training, boolean simulated,
                          String dossierNumber, String applicantName, CaseOutcome outcome, String outcomeReason,
                          int pausedWorkingDays) {

    /** A real case (neither training nor simulated) without an outcome yet, whose clock never stood still. */
    public CaseSummary(String id, String procedureCode, String locality, Channel channel, int workflowVersion,
                       CaseState state, Instant startedAt, Instant endedAt, Instant dueAt, int processingDays,
                       boolean overdue, boolean escalated, String endName) {
        this(id, procedureCode, locality, channel, workflowVersion, state, startedAt, endedAt, dueAt, processingDays,
                overdue, escalated, endName, false, false, null, null, null, null, 0);
    }

    /** This case with its dossier number and applicant's name. */
    public CaseSummary withDossier(String number, String applicant) {
        return new CaseSummary(id, procedureCode, locality, channel, workflowVersion, state, startedAt, endedAt, dueAt,
                processingDays, overdue, escalated, endName, training, simulated, number, applicant, outcome,
                outcomeReason, pausedWorkingDays);
    }
}
