package procedo.modeler.simulation.calibration;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import procedo.modeler.simulation.Distribution;
import procedo.modeler.simulation.SimulationParameters;

/**
 * Parameters of a procedure's to-be model fitted from the engine's history of its real cases, each beside the
 * model's hand-set value (its BPSim parameter, else the default) and the number of observations behind it. An element
 * with fewer than {@code minimumSample} observations is {@link Basis#TOO_FEW} and keeps its hand-set value.
 * <ul>
 *   <li>a task's duration: hours of work (the working hours of its role on working days) from the creation of each
 *       completed task to its completion, so the time it waited for an officer counts as work; fixed when the
 *       coefficient of variation is below 0.05, else the exponential, normal or log-normal with the least AIC;</li>
 *   <li>a branch: the share of the gateway's passes after which the flow's target started (at once); an exclusive
 *       gateway's shares sum to 1;</li>
 *   <li>arrivals: real cases started in the period ÷ its working days, counted from the period's first day or, when
 *       no workflow of the procedure could receive a case in the locality yet, from the day the first was deployed,
 *       up to today;</li>
 *   <li>a role's staff: the number of different people who completed its tasks in the period.</li>
 * </ul>
 *
 * @param modelVersion the version of the to-be model that the newest deployment for the locality was made from
 * @param cases        the real cases started in the period
 * @param countedFrom  the first day whose working days the arrivals are divided by: the period's first day, or the
 *                     day the first workflow able to receive the locality's cases was deployed when that is later
 * @param workingDays  the working days from {@code countedFrom} to the period's end, up to today
 * @param fitted       the fitted parameters only, to put over the model's own in a run
 */
public record Calibration(String procedureCode, String locality, LocalDate from, LocalDate to, int modelVersion,
                          int minimumSample, long cases, LocalDate countedFrom, int workingDays, ArrivalFit arrivals, List<TaskFit> tasks,
                          List<BranchFit> branches, List<RoleFit> roles, SimulationParameters fitted) {

    /** Whether a value was fitted or too few observations kept the hand-set one. */
    public enum Basis { FITTED, TOO_FEW }

    /** Cases per working day. */
    public record ArrivalFit(Double handSet, Double fitted, long n, Basis basis) {
    }

    /**
     * A task's duration in hours of work.
     *
     * @param cv  the coefficient of variation of the durations
     * @param aic each candidate distribution's AIC (empty when the durations were fixed)
     */
    public record TaskFit(String id, String name, String role, Distribution handSet, Distribution fitted, long n,
                          Double cv, SortedMap<Distribution.Kind, Double> aic, Basis basis) {
    }

    /** A flow leaving a gateway: its probability; {@code n} is the gateway's passes. */
    public record BranchFit(String flowId, String name, String gatewayId, String gatewayName, String targetId,
                            Double handSet, Double fitted, long taken, long n, Basis basis) {
    }

    /** A role's staff; {@code n} is the role's tasks completed. */
    public record RoleFit(String id, String name, Integer handSet, Integer fitted, long n, Basis basis) {
    }

    public Calibration {
        tasks = List.copyOf(tasks);
        branches = List.copyOf(branches);
        roles = List.copyOf(roles);
    }
}
