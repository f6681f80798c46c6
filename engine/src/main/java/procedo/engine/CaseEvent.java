package procedo.engine;

import java.time.Instant;

/**
 * One step a case went through: a task, an automatic step, an event.
 *
 * @param type     the BPMN type (userTask, serviceTask, startEvent, ...)
 * @param user     who completed a task, when it was a person
 * @param endedAt  null while the step is open
 */
public record CaseEvent(String activityId, String name, String type, Instant startedAt, Instant endedAt,
                        String user) {
}
