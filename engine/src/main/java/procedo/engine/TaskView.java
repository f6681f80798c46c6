package procedo.engine;

import java.time.Instant;
import java.util.List;

/**
 * An open task of a case.
 *
 * @param activityId      the id of the task in the model
 * @param candidateGroups the groups (agencies, roles) that may work it
 * @param assignee        who claimed it, or null
 * @param form            the fields to fill in when completing it
 * @param applicant       a step of the applicant's lane: not agency work and absent from officers' lists (the
 *                        legal clock stands still while one that supplies additional documents is open)
 * @param dossierNumber   the case's dossier number, null for a case received before numbering
 * @param applicantName   who submitted the case's dossier, null when unknown
 */
public record TaskView(String id, String name, String activityId, String caseId, String procedureCode,
                       String locality, List<String> candidateGroups, String assignee, Instant createdAt,
                       Instant dueAt, boolean overdue, int priority, List<FormField> form, boolean applicant,
                       String dossierNumber, String applicantName) {

    /** A task as the engine knows it, before its case's dossier number and applicant are added. */
    public TaskView(String id, String name, String activityId, String caseId, String procedureCode, String locality,
                    List<String> candidateGroups, String assignee, Instant createdAt, Instant dueAt, boolean overdue,
                    int priority, List<FormField> form, boolean applicant) {
        this(id, name, activityId, caseId, procedureCode, locality, candidateGroups, assignee, createdAt, dueAt,
                overdue, priority, form, applicant, null, null);
    }

    /** An agency's task. */
    public TaskView(String id, String name, String activityId, String caseId, String procedureCode, String locality,
                    List<String> candidateGroups, String assignee, Instant createdAt, Instant dueAt, boolean overdue,
                    int priority, List<FormField> form) {
        this(id, name, activityId, caseId, procedureCode, locality, candidateGroups, assignee, createdAt, dueAt,
                overdue, priority, form, false);
    }

    /** This task with its case's dossier number and applicant's name. */
    public TaskView withDossier(String number, String applicant) {
        return new TaskView(id, name, activityId, caseId, procedureCode, locality, candidateGroups, assignee,
                createdAt, dueAt, overdue, priority, form, this.applicant, number, applicant);
    }
}
