package procedo.catalog.plan;

import java.util.List;

/** What a client sends to create or change a plan; {@code version} is the version read (updates only). */
public record PlanRequest(String title, String note, String createdBy, List<Measure> measures,
                          List<ActivityEdit> edits, Integer version) {
}
