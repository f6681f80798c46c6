package procedo.catalog.procedure;

import procedo.catalog.locality.Level;

/**
 * Filters of the catalog; every {@code null} member matches everything. {@code text} is matched
 * diacritics-insensitively against code, name and field, every word having to occur.
 */
public record ProcedureFilter(String text, String field, Level level, String agencyCode, String localityCode,
                              OnlineLevel onlineLevel, ApplicantType applicantType, ProcedureStatus status) {

    public static ProcedureFilter none() {
        return new ProcedureFilter(null, null, null, null, null, null, null, null);
    }

    public ProcedureFilter withText(String newText) {
        return new ProcedureFilter(newText, field, level, agencyCode, localityCode, onlineLevel, applicantType, status);
    }
}
