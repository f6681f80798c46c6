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

    /** Folded words of an end event's name that mean a refusal. */
    private static final java.util.List<String> REFUSAL_WORDS = java.util.List.of("tu choi", "khong cap",
            "khong du dieu kien", "khong chap thuan", "refus", "reject", "denied");

    /**
     * What reaching an end event means: its {@code procedo:outcome} attribute ({@code attribute}, null when absent)
     * when it names an outcome; else {@link #REFUSED} when its name says refusal ("từ chối", "không cấp", "không đủ
     * điều kiện", "không chấp thuận", "refuse", "reject", "denied"), and {@link #GRANTED} otherwise.
     */
    public static CaseOutcome ofEndEvent(String attribute, String name) {
        return parse(attribute).orElseGet(() -> refusalByName(name) ? REFUSED : GRANTED);
    }

    private static boolean refusalByName(String name) {
        if (name == null) {
            return false;
        }
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
        return REFUSAL_WORDS.stream().anyMatch(folded::contains);
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
