package procedo.catalog.priority;

/**
 * One named reason to bring a procedure online early. Every criterion is a number per candidate where more
 * means "sooner"; its {@link Scale} says how raw values are transformed before they are normalised over the
 * candidate set. The declaration order is the order in which explanations list the criteria.
 */
public enum Criterion {

    /** Dossiers per year. */
    VOLUME(Scale.LOG, "Dossiers submitted per year"),
    /** Annual compliance cost of the procedure as it is today, VND. */
    ANNUAL_COST(Scale.LOG, "Annual compliance cost today (VND)"),
    /** Annual saving of a full-online to-be compared with today, VND. */
    SAVING_POTENTIAL(Scale.LOG, "Annual saving of a full-online to-be (VND)"),
    /** Share 0..1 of dossier components that can be reused from national databases (once-only). */
    READINESS(Scale.LINEAR, "Share of dossier components reusable from national databases (once-only)"),
    /** How far the procedure is from full online: NONE 1, PARTIAL 0.5, FULL 0. */
    ONLINE_GAP(Scale.LINEAR, "Distance to full online service: none 1, partial 0.5, full 0"),
    /**
     * The applicants' dissatisfaction 0..1: (5 − mean score) ÷ 4 of their ratings from 1 to 5; 0.5, neutral, for a
     * procedure nobody rated. Weighs 0 unless a profile gives it a weight.
     */
    DISSATISFACTION(Scale.LINEAR, "Applicants' dissatisfaction: (5 - mean rating) / 4; 0.5 (neutral) when unrated");

    /** How raw values of a criterion are transformed before min–max normalisation. */
    public enum Scale {
        /**
         * {@code x' = ln(1 + x)}: for quantities spread over orders of magnitude, so that one huge procedure
         * does not flatten all the others to zero.
         */
        LOG {
            @Override
            double transform(double raw) {
                return Math.log1p(raw);
            }
        },
        /** {@code x' = x}. */
        LINEAR {
            @Override
            double transform(double raw) {
                return raw;
            }
        };

        abstract double transform(double raw);
    }

    private final Scale scale;
    private final String description;

    Criterion(Scale scale, String description) {
        this.scale = scale;
        this.description = description;
    }

    public Scale scale() {
        return scale;
    }

    /** A short English description, fit for a column header's tooltip. */
    public String description() {
        return description;
    }
}
