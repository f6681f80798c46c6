package procedo.modeler.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run found, over its measured cases (those after the warm-up). Days are working days of the office hours;
 * hours are hours of work; money is VND, whole đồng.
 *
 * @param cases           cases that arrived
 * @param measuredCases   cases counted in the figures
 * @param events          events the simulator handled
 * @param firstDay        the run's first day
 * @param lastDay         the day its last case ended
 * @param cycleTime       from arrival to end, per case
 * @param processingDays  mean time of work on a case (every task's duration, in working days; parallel work adds up)
 * @param waitingDays     mean of the rest of the cycle time: in queues, waits and after hours (never below zero)
 * @param throughputPerDay measured cases ended per working day
 * @param agencyCostPerCase the agency's cost of a case: hours of each role's work times its cost per hour
 * @param applicant       the applicant's burden per case, from the tasks of the applicant's lane
 * @param tasks           per task
 * @param roles           per role that performs tasks
 * @param parameters      every parameter the run used, defaults included
 */
public record SimulationResult(int cases, int measuredCases, long events, LocalDate firstDay, LocalDate lastDay,
                               CycleTime cycleTime, double processingDays, double waitingDays, double throughputPerDay,
                               BigDecimal agencyCostPerCase, ApplicantBurden applicant, List<TaskFigures> tasks,
                               List<RoleFigures> roles, SimulationParameters parameters) {

    /** Cycle time in working days: mean and percentiles (nearest rank). */
    public record CycleTime(double mean, double p50, double p90, double p95) {
    }

    /** The applicant's hours, visits in person and out-of-pocket cost (VND) per case. */
    public record ApplicantBurden(double hours, double visits, BigDecimal outOfPocket) {
    }

    /**
     * One task.
     *
     * @param perCase       times it was done per measured case
     * @param meanHours     mean duration, hours of work
     * @param meanWaitHours mean time in its role's queue before work began, office hours
     * @param utilisation   share of its role's staff hours spent on it over the measured period
     * @param meanQueue     instances of it waiting for its role, averaged over the measured period
     */
    public record TaskFigures(String id, String name, String role, long executions, double perCase, double meanHours,
                              double meanWaitHours, double utilisation, double meanQueue) {
    }

    /**
     * One role.
     *
     * @param utilisation  share of its staff's working hours spent on tasks, over the measured period
     * @param meanQueue    tasks waiting for it, averaged over the measured period
     * @param maxQueue     the most tasks that waited for it at once
     * @param costPerCase  its share of the agency's cost of a case
     */
    public record RoleFigures(String id, String name, int count, double utilisation, double meanQueue, int maxQueue,
                              BigDecimal costPerCase) {
    }
}
