package procedo.catalog.priority;

/** How a criterion's raw value is transformed before min-max normalisation. */
public enum Scale {
    /** x' = x. */
    LINEAR,
    /** x' = ln(1 + x), for heavy-tailed values such as volumes and costs. */
    LOG;

    double apply(double raw) {
        return this == LOG ? Math.log1p(raw) : raw;
    }
}
