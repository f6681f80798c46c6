package procedo.catalog.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A simplification plan of one procedure: its measures in the order the analyst listed them, the hand edits of
 * the to-be activities, its status with the history of changes (who, when), and an optimistic-locking version.
 * {@code id} and {@code version} are 0 before the plan is stored.
 */
public record SimplificationPlan(long id, String procedureCode, String title, String note, PlanStatus status,
                                 List<Measure> measures, List<ActivityEdit> edits, List<StatusChange> history,
                                 String createdBy, Instant createdAt, Instant updatedAt, int version) {

    public SimplificationPlan {
        note = note == null ? "" : note;
        status = status == null ? PlanStatus.DRAFT : status;
        measures = List.copyOf(Objects.requireNonNullElse(measures, List.of()));
        edits = List.copyOf(Objects.requireNonNullElse(edits, List.of()));
        history = List.copyOf(Objects.requireNonNullElse(history, List.of()));
    }
}
