package procedo.engine.camunda;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import procedo.engine.CaseOutcome;

/**
 * Which outcome an end event of a model means, and which user tasks are the applicant's, as Procedo's extension
 * attributes say on the model ({@value #NAMESPACE}): {@code procedo:outcome="GRANTED|REFUSED|WITHDRAWN|CANCELLED"}
 * on an end event, {@code procedo:applicant="true"} on a user task (written at deployment from the model analysis's
 * applicant lane). An end event without the attribute means {@link CaseOutcome#GRANTED}, unless its name says
 * refusal ("từ chối", "không cấp", "không đủ điều kiện", "refuse", "reject"): then {@link CaseOutcome#REFUSED}.
 */
final class EndOutcomes {

    /** The namespace of Procedo's extension attributes in BPMN. */
    static final String NAMESPACE = "http://procedo.vn/schema/bpmn";
    static final String OUTCOME = "outcome";
    static final String APPLICANT = "applicant";

    /** Folded words of an end event's name that mean a refusal. */
    private static final List<String> REFUSAL_WORDS = List.of("tu choi", "khong cap", "khong du dieu kien",
            "khong chap thuan", "refus", "reject", "denied");

    private EndOutcomes() {
    }

    /** The outcome of an end event with that attribute value (null when absent) and that name. */
    static CaseOutcome of(String attribute, String name) {
        return CaseOutcome.parse(attribute).orElseGet(() -> refusalByName(name) ? CaseOutcome.REFUSED
                : CaseOutcome.GRANTED);
    }

    private static boolean refusalByName(String name) {
        if (name == null) {
            return false;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return REFUSAL_WORDS.stream().anyMatch(folded::contains);
    }
}
