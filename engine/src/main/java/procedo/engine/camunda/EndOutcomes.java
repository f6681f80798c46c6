package procedo.engine.camunda;

import procedo.engine.CaseOutcome;

/**
 * Procedo's extension attributes on a model ({@value #NAMESPACE}): {@code procedo:outcome} on an end event (what
 * reaching it means, see {@link CaseOutcome#ofEndEvent}), {@code procedo:applicant="true"} on a user task (a step of
 * the applicant's lane, written at deployment from the model analysis).
 */
final class EndOutcomes {

    static final String NAMESPACE = CaseOutcome.BPMN_NAMESPACE;
    static final String OUTCOME = "outcome";
    static final String APPLICANT = "applicant";

    private EndOutcomes() {
    }

    /** The outcome of an end event with that attribute value (null when absent) and that name. */
    static CaseOutcome of(String attribute, String name) {
        return CaseOutcome.ofEndEvent(attribute, name);
    }
}
