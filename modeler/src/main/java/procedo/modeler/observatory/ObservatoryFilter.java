package procedo.modeler.observatory;

/**
 * What the observatory shows; each {@code null} member means all: the procedures of one field (lĩnh vực) or one
 * implementing agency, the figures of one province, and the statistics of one year (else each procedure's latest).
 */
public record ObservatoryFilter(String field, String agencyCode, String province, Integer year) {

    public static ObservatoryFilter none() {
        return new ObservatoryFilter(null, null, null, null);
    }
}
