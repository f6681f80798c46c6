package procedo.modeler.dossier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dossier as received: the case it started, its human number, and who submitted and received it.
 *
 * @param locality      the province code of the receiving locality, or {@link DossierNumbers#CENTRAL}
 * @param receivedOn    the day of receipt in Vietnam's time zone, the day its number counts in
 * @param applicantName the applicant as the start form names them; null when the form has no such field
 * @param receivedBy    the user name of the officer who received it
 * @param receiverName  that officer's name as printed on the receipt
 */
public record Dossier(String caseId, String dossierNumber, String procedureCode, String locality,
                     LocalDate receivedOn, String applicantName, String receivedBy, String receiverName,
                     Instant receivedAt) {
}
