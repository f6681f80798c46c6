package procedo.catalog.procedure;

import procedo.catalog.locality.Level;

/**
 * Filters of the catalog; every {@code null} member matches everything. {@code text} is matched
 * diacritics-insensitively against code, name and field, every word having to occur. Withdrawn procedures are left
 * out unless {@code withdrawn} asks for them.
 */
public record ProcedureFilter(String text, String field, Level level, String agencyCode, String localityCode,
                              OnlineLevel onlineLevel, ApplicantType applicantType, ProcedureStatus status,
                              WithdrawnFilter withdrawn) {

    public ProcedureFilter {
        withdrawn = withdrawn == null ? WithdrawnFilter.EXCLUDE : withdrawn;
    }

    /** A filter that leaves withdrawn procedures out. */
    public ProcedureFilter(String text, String field, Level level, String agencyCode, String localityCode,
                           OnlineLevel onlineLevel, ApplicantType applicantType, ProcedureStatus status) {
        this(text, field, level, agencyCode, localityCode, onlineLevel, applicantType, status, WithdrawnFilter.EXCLUDE);
    }

    public static ProcedureFilter none() {
        return new ProcedureFilter(null, null, null, null, null, null, null, null);
    }

    public ProcedureFilter withText(String newText) {
        return new ProcedureFilter(newText, field, level, agencyCode, localityCode, onlineLevel, applicantType, status,
                withdrawn);
    }
}
