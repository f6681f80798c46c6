package procedo.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Figures measured from the history of a procedure's cases. Cycle time is from the start of a case to its end, in
 * hours; the median and the 90th percentile use the nearest-rank method over decided cases (granted or refused).
 * {@code casesCompleted} counts the cases granted (result issued), {@code casesCompletedOnTime} those granted by their
 * due date; refused, withdrawn and cancelled cases are counted apart. On-time rate is the share of decided cases
 * (granted + refused) decided by their due date; withdrawn and cancelled cases are not judged by the legal clock.
 * Agency time is a decided case's cycle time less the time its applicant's steps were open (applicant time); both
 * are medians over decided cases, in hours. Null where no case was decided.
 */
public record Kpis(String procedureCode, String locality, Instant measuredAt, long casesStarted,
                   long casesCompleted, long casesOpen, long casesOverdueOpen, long casesCompletedOnTime,
                   BigDecimal medianCycleTimeHours, BigDecimal p90CycleTimeHours, BigDecimal onTimeRate,
                   List<TaskKpi> tasks, long casesRefused, long casesWithdrawn, long casesCancelled,
                   long casesDecided, long casesDecidedOnTime, BigDecimal medianAgencyTimeHours,
                   BigDecimal medianApplicantTimeHours) {

    /**
     * Per task of the model: completions and their durations (creation to completion, hours), and how many wait
     * now with the age of the oldest. {@code shareOfWork} is this task's part of all completed task time;
     * {@code applicant} marks a step of the applicant's lane, whose time is the applicant's and not the agency's.
     */
    public record TaskKpi(String activityId, String name, long completed, BigDecimal medianHours,
                          BigDecimal p90Hours, BigDecimal totalHours, BigDecimal shareOfWork, long waiting,
                          BigDecimal oldestWaitingHours, boolean applicant) {
    }
}
