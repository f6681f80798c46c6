package procedo.engine;

import java.util.List;
import java.util.Map;

/** A case with its data, its open tasks and its history (oldest first). */
public record CaseView(CaseSummary summary, Map<String, Object> data, List<TaskView> openTasks,
                       List<CaseEvent> history) {
}
