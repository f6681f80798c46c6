package procedo.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One page of the history of a procedure's real cases (training and simulated cases left out) started in a period:
 * each case with the steps it went through, so that a reader can measure durations, branches taken and arrivals one
 * page at a time.
 *
 * @param cases the cases of this page, in the engine's order
 * @param next  the offset to ask for the next page, or null when this is the last one
 */
public record CaseHistory(List<Case> cases, Integer next) {

    public CaseHistory {
        cases = List.copyOf(cases);
    }

    /**
     * The cases asked for: those of a procedure (of one locality, or all when null) started from {@code from} to
     * {@code to}, both days included in the engine's zone.
     */
    public record Period(String procedureCode, String locality, LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
            }
        }
    }

    /**
     * A case: where it was received, when it started and ended (null while open), and its steps in the order they
     * started.
     */
    public record Case(String caseId, String locality, Instant started, Instant ended, List<Step> steps) {
        public Case {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One element a case passed: a task, a gateway, an event. Steps cancelled (by a boundary event or the case's
     * end) are left out.
     *
     * @param activityId   the element's id in the model
     * @param activityType the engine's type of the element ({@code userTask}, {@code exclusiveGateway}, ...)
     * @param ended        when it ended, or null while it goes on
     * @param assignee     who worked it, for a task
     */
    public record Step(String activityId, String activityType, Instant started, Instant ended, String assignee) {
    }
}
