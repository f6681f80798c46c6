package procedo.catalog.priority;

/**
 * The criteria of the priority score. Each raw value is transformed by its {@link Scale} and normalised over
 * the candidate set to 0..1 by min-max.
 */
public enum Criterion {
    VOLUME(Scale.LOG, "Dossiers per year"),
    ANNUAL_COST(Scale.LOG, "Annual compliance cost (VND)"),
    SAVING_POTENTIAL(Scale.LOG, "Annual saving of the to-be (designed, or full online) (VND)"),
    READINESS(Scale.LINEAR, "Share of dossier components reusable from national databases"),
    ONLINE_GAP(Scale.LINEAR, "How far from full online: NONE 1, PARTIAL 0.5, FULL 0");

    private final Scale scale;
    private final String description;

    Criterion(Scale scale, String description) {
        this.scale = scale;
        this.description = description;
    }

    public Scale scale() {
        return scale;
    }

    public String description() {
        return description;
    }
}
