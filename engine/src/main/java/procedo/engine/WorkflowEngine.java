package procedo.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Procedo asks of its workflow engine: deploy a procedure's to-be model, start cases (dossiers), work their
 * tasks, read their history and the KPIs measured from it. Only types of this package cross this interface; the
 * engine behind it (Camunda 7, embedded, on the catalog's database) stays inside this module.
 */
public interface WorkflowEngine extends AutoCloseable {

    /**
     * Checks a to-be model and deploys it as the next version of the procedure's workflow (for one locality
     * when {@code locality} is set, else nationally).
     *
     * @throws WorkflowValidationException naming every element that would fail or misbehave at run time;
     *                                     nothing is deployed then
     */
    DeployedWorkflow deploy(DeployRequest request);

    /** Checks a model as {@link #deploy} would, without deploying: the problems found, empty when none. */
    List<ElementProblem> validate(DeployRequest request);

    /** Every deployed version of a procedure's workflow, for every locality, newest first. */
    List<DeployedWorkflow> deployments(String procedureCode);

    /** Every procedure that has a deployed workflow, newest deployment first (one row per procedure and locality). */
    List<DeployedWorkflow> latestDeployments();

    /**
     * Suspends a deployed version: no new case can start on it; cases already running go on. Suspending a
     * suspended version changes nothing.
     *
     * @throws WorkflowNotFoundException when no such version exists
     */
    DeployedWorkflow suspend(String workflowId);

    /**
     * Resumes a suspended version: cases can start on it again. Resuming an active version changes nothing.
     *
     * @throws WorkflowNotFoundException when no such version exists
     */
    DeployedWorkflow resume(String workflowId);

    /**
     * Starts a case on the latest active version deployed for the case's locality, or else the national one. The
     * due date is the legal processing time in working days from now.
     *
     * @throws WorkflowNotFoundException  when the procedure has no deployed workflow
     * @throws WorkflowConflictException   when that workflow is suspended
     * @throws WorkflowValidationException when the data cannot be stored as case variables
     */
    CaseSummary startCase(StartCase request);

    /** A case with its history, if it exists. */
    Optional<CaseView> findCase(String caseId);

    /**
     * The summaries of these cases, in the order asked for, read together (one query for the cases, one for their
     * variables) where {@link #findCase} reads each with its whole history; ids of no case are left out.
     */
    List<CaseSummary> caseSummaries(List<String> caseIds);

    /** Cases of a procedure (newest first), optionally of one locality, at most {@code limit}. */
    List<CaseSummary> cases(String procedureCode, String locality, int limit);

    /**
     * Cases of a procedure started from {@code from} (included) to {@code to} (excluded), newest first, optionally of
     * one locality, at most {@code limit}.
     */
    List<CaseSummary> casesStarted(String procedureCode, String locality, java.time.Instant from, java.time.Instant to,
                                   int limit);

    /** How many cases of the procedure were ever started (open and ended, on every version and locality). */
    long caseCount(String procedureCode);

    /** Open tasks matching the filter, the most urgent (earliest due) first. */
    List<TaskView> tasks(TaskFilter filter);

    /**
     * The open tasks of these cases matching the filter otherwise (its case aside), the applicant's steps included
     * as in a case's own list; at most 1,000, in no particular order. One query for all the cases.
     */
    List<TaskView> tasksOfCases(List<String> caseIds, TaskFilter filter);

    /** @throws WorkflowNotFoundException when no open task has that id */
    TaskView task(String taskId);

    /**
     * Makes {@code user} the assignee of an open task.
     *
     * @throws WorkflowConflictException when another user has claimed it
     */
    TaskView claim(String taskId, String user);

    /** Gives a claimed task back to its candidate groups. */
    TaskView unclaim(String taskId, String user);

    /**
     * Completes an open task with the data of its form; the case moves on. The user becomes the task's assignee
     * when nobody had claimed it.
     *
     * @throws WorkflowValidationException naming each form field that is missing or of the wrong type
     * @throws WorkflowConflictException   when another user has claimed the task
     */
    void complete(String taskId, String user, Map<String, Object> data);

    /**
     * Ends a running case before its model's end: {@link CaseOutcome#WITHDRAWN} by the applicant (a reason
     * optional) or {@link CaseOutcome#CANCELLED} (a reason required), by {@code user}. Its open tasks go, and it is
     * not judged by the legal clock.
     *
     * @throws WorkflowValidationException for another outcome, or a cancellation without a reason (nothing changes)
     * @throws WorkflowNotFoundException   when there is no such case
     * @throws WorkflowConflictException   when the case has ended already
     */
    CaseSummary endCase(String caseId, CaseOutcome outcome, String reason, String user);

    /**
     * KPIs measured from the history of a procedure's real cases (training and simulated cases left out), for one
     * locality or (null) all.
     */
    Kpis kpis(String procedureCode, String locality);

    /** KPIs as {@link #kpis(String, String)}, counting also the cases carrying one of the {@code included} marks. */
    Kpis kpis(String procedureCode, String locality, Set<CaseMark> included);

    /**
     * Case counts per locality and year of start, the figures fed back into the catalog as measured usage. Training
     * and simulated cases never count.
     */
    List<MeasuredVolume> measuredVolumes(String procedureCode);

    /** The case counts of one locality and year (counted by the database, however many cases there are). */
    MeasuredVolume measuredVolume(String procedureCode, String locality, int year);

    /**
     * Cases of the procedure started in each month from {@code from} to {@code to} (both included, in the engine's
     * zone), for one locality or (null) all: one entry per month, in order, months without a case counted 0.
     */
    List<MonthlyCases> monthlyCases(String procedureCode, String locality, java.time.YearMonth from,
                                    java.time.YearMonth to);

    /**
     * One page of the history of the real cases started in {@code period} (training and simulated cases never
     * appear): each case with its steps. Read page after page from offset 0, following {@link CaseHistory#next()},
     * so that no more than one page sits in memory.
     */
    CaseHistory caseHistory(CaseHistory.Period period, int offset);

    /**
     * Cases of the procedure started plus cases ended, on any node sharing the database: a number that changes
     * whenever a case starts or ends, cheap to read.
     */
    long caseEvents(String procedureCode);

    /**
     * Escalates the cases past their due date and runs the jobs due now (timers of the models), as a node's
     * escalation sweep and job executor would; returns how many cases and jobs it did.
     */
    int runDueJobs();

    /**
     * Sets the engine's clock (for load runs and tests that need durations); {@code null} gives back the real
     * clock. The clock is the engine's: it applies to every engine in this JVM.
     */
    void setClock(Instant now);

    /** The engine's current time. */
    Instant now();

    @Override
    void close();
}
