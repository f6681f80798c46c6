package procedo.catalog.procedure;

import procedo.catalog.locality.Level;

/**
 * One row of the catalog list: the procedure without its dossier, fees and activities.
 *
 * @param withdrawal the mark of a withdrawn procedure; {@code null} for one in the catalog
 */
public record ProcedureSummary(String code, String name, String field, Level level, String agencyCode,
                               String agencyName, String localityCode, ApplicantType applicantType,
                               int processingDays, OnlineLevel onlineLevel, ProcedureStatus status, int version,
                               Withdrawal withdrawal) {
}
