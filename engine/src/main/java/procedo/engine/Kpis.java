package procedo.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Figures measured from the history of a procedure's cases. Cycle time is from the start of a case to its end, in
 * hours; the median and the 90th percentile use the nearest-rank method over completed cases. On-time rate is the
 * share of completed cases that ended by their due date. Null where no case completed.
 */
public record Kpis(String procedureCode, String locality, Instant measuredAt, long casesStarted,
                   long casesCompleted, long casesOpen, long casesOverdueOpen, long casesCompletedOnTime,
                   BigDecimal medianCycleTimeHours, BigDecimal p90CycleTimeHours, BigDecimal onTimeRate,
                   List<TaskKpi> tasks) {

    /**
     * Per task of the model: completions and their durations (creation to completion, hours), and how many wait
     * now with the age of the oldest. {@code shareOfWork} is this task's part of all completed task time.
     */
    public record TaskKpi(String activityId, String name, long completed, BigDecimal medianHours,
                          BigDecimal p90Hours, BigDecimal totalHours, BigDecimal shareOfWork, long waiting,
                          BigDecimal oldestWaitingHours) {
    }
}
