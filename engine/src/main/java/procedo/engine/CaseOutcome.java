package procedo.engine;

/**
 * How a case (dossier) ended. A case ends {@link #GRANTED} (the result issued) or {@link #REFUSED} (with a reason
 * shown to the applicant) at an end event of its model — the model says which ({@code procedo:outcome} on the end
 * event) — or is ended before that: {@link #WITHDRAWN} by the applicant, or {@link #CANCELLED} (with a reason).
 */
public enum CaseOutcome {
    GRANTED,
    REFUSED,
    WITHDRAWN,
    CANCELLED;

    /** Granted or refused: the agency decided the dossier, and the legal clock judges when it did. */
    public boolean decided() {
        return this == GRANTED || this == REFUSED;
    }

    /** The namespace of Procedo's extension attributes in BPMN ({@code procedo:outcome} on an end event). */
    public static final String BPMN_NAMESPACE = "http://procedo.vn/schema/bpmn";

    /**
     * What reaching an end event means: its {@code procedo:outcome} attribute ({@code attribute}, null when absent)
     * when it names an outcome; else {@link #REFUSED} when its name says refusal ({@link StepNames#saysRefusal}:
     * "từ chối", "không cấp", "không đủ điều kiện", "không chấp thuận", "refuse", "reject", "denied"), and
     * {@link #GRANTED} otherwise.
     */
    public static CaseOutcome ofEndEvent(String attribute, String name) {
        return parse(attribute).orElseGet(() -> StepNames.saysRefusal(name) ? REFUSED : GRANTED);
    }

    /** The outcome named {@code name} (case-insensitive), if it is one. */
    public static java.util.Optional<CaseOutcome> parse(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (CaseOutcome o : values()) {
            if (o.name().equalsIgnoreCase(name.strip())) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }
}
