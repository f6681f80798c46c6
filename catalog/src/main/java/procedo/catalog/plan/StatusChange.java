package procedo.catalog.plan;

import java.time.Instant;

/** One step of a plan's workflow: from which status to which, by whom and when. {@code from} is null at creation. */
public record StatusChange(PlanStatus from, PlanStatus to, String by, Instant at) {
}
