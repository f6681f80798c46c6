package procedo.modeler.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * What a simulation run assumes. Every part is optional: what is not given comes from the model's own BPSim
 * parameters, and then from the defaults ({@link SimulationDefaults}); a run's result carries the parameters in full.
 * Times are in hours of work (of the performing role's working hours), money in VND.
 *
 * @param arrivals how cases arrive
 * @param run      how many cases, over what horizon, warm-up, seed, first day and office hours
 * @param tasks    per task id: duration, performing role, and for the applicant's tasks their burden
 * @param roles    per role (the id of a lane, or of a pool without lanes): staff, working hours, cost per hour
 * @param branches per sequence flow leaving an exclusive, inclusive or event-based gateway: its probability
 * @param events   per intermediate catch event (or receive task) or boundary event: its delay (hours of office
 *                 time before it happens; for a boundary event, from the start of its task), and for a boundary
 *                 event the probability that it happens at all
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SimulationParameters(Arrivals arrivals, RunSettings run, SortedMap<String, TaskParameters> tasks,
                                   SortedMap<String, RoleParameters> roles, SortedMap<String, Double> branches,
                                   SortedMap<String, EventParameters> events) {

    /** Poisson arrivals (exponential gaps in office hours) or a fixed schedule (equal gaps from the opening). */
    public enum ArrivalKind { POISSON, FIXED }

    /** Cases per working day, arriving in office hours. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Arrivals(ArrivalKind kind, Double casesPerDay) {
        Arrivals over(Arrivals base) {
            return base == null ? this : new Arrivals(first(kind, base.kind), first(casesPerDay, base.casesPerDay));
        }
    }

    /**
     * The run itself.
     *
     * @param cases       cases that arrive (all of them when a horizon is also given and comes later)
     * @param horizonDays working days after which no more cases arrive
     * @param warmupCases the first cases, left out of every figure
     * @param seed        the seed of the random draws: the same seed and parameters give the same results
     * @param startDate   the first day of the run (its working days and holidays come from the calendar)
     * @param officeHours the hours in which cases arrive, working days are counted, and every role works by default
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunSettings(Integer cases, Integer horizonDays, Integer warmupCases, Long seed, LocalDate startDate,
                              WorkingHours officeHours) {
        RunSettings over(RunSettings base) {
            return base == null ? this : new RunSettings(first(cases, base.cases), first(horizonDays, base.horizonDays),
                    first(warmupCases, base.warmupCases), first(seed, base.seed), first(startDate, base.startDate),
                    first(officeHours, base.officeHours));
        }
    }

    /**
     * A task: its duration and who performs it; for a task of the applicant's lane, the applicant's hours, visits
     * in person and out-of-pocket cost each time it is done.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskParameters(Distribution duration, String role, Double applicantHours, Integer visits,
                                 BigDecimal outOfPocket) {
        TaskParameters over(TaskParameters base) {
            return base == null ? this : new TaskParameters(first(duration, base.duration), first(role, base.role),
                    first(applicantHours, base.applicantHours), first(visits, base.visits),
                    first(outOfPocket, base.outOfPocket));
        }
    }

    /** A role: how many people, in what hours, at what cost per hour (VND). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoleParameters(Integer count, WorkingHours hours, BigDecimal costPerHour) {
        RoleParameters over(RoleParameters base) {
            return base == null ? this : new RoleParameters(first(count, base.count), first(hours, base.hours),
                    first(costPerHour, base.costPerHour));
        }
    }

    /** A delay (hours of office time) and, for a boundary event, the probability that it happens. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventParameters(Distribution delay, Double probability) {
        EventParameters over(EventParameters base) {
            return base == null ? this : new EventParameters(first(delay, base.delay),
                    first(probability, base.probability));
        }
    }

    public SimulationParameters {
        tasks = sorted(tasks);
        roles = sorted(roles);
        branches = sorted(branches);
        events = sorted(events);
    }

    /** No parameters: everything from the model and the defaults. */
    public static SimulationParameters none() {
        return new SimulationParameters(null, null, null, null, null, null);
    }

    /** These parameters, each one given taking the place of the same one in {@code base}. */
    public SimulationParameters over(SimulationParameters base) {
        if (base == null) {
            return this;
        }
        return new SimulationParameters(arrivals == null ? base.arrivals : arrivals.over(base.arrivals),
                run == null ? base.run : run.over(base.run),
                merged(base.tasks, tasks, TaskParameters::over), merged(base.roles, roles, RoleParameters::over),
                merged(base.branches, branches, (mine, theirs) -> mine),
                merged(base.events, events, EventParameters::over));
    }

    private static <V> SortedMap<String, V> merged(Map<String, V> base, Map<String, V> top, BinaryOperator<V> over) {
        TreeMap<String, V> result = new TreeMap<>(base);
        top.forEach((key, value) -> result.merge(key, value, (old, mine) -> over.apply(mine, old)));
        return result;
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        if (map == null) {
            return Collections.emptySortedMap();
        }
        for (Map.Entry<String, V> entry : map.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new IllegalArgumentException("a parameter needs an element id and a value: " + entry);
            }
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    static <T> T first(T mine, T base) {
        return mine != null ? mine : base;
    }
}
