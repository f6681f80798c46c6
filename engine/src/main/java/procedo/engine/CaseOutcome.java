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
