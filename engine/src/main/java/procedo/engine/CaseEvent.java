package procedo.engine;

import java.time.Instant;

/**
 * One step a case went through: a task, an automatic step, an event.
 *
 * @param type     the BPMN type (userTask, serviceTask, startEvent, ...)
 * @param user     who completed a task, when it was a person
 * @param endedAt  null while the step is open
 * @param onBehalfOfApplicant a step of the applicant's lane that an officer recorded for the applicant
 */
public record CaseEvent(String activityId, String name, String type, Instant startedAt, Instant endedAt,
                        String user, boolean onBehalfOfApplicant) {

    /** A step done by whoever its user is. */
    public CaseEvent(String activityId, String name, String type, Instant startedAt, Instant endedAt, String user) {
        this(activityId, name, type, startedAt, endedAt, user, false);
    }
}
