package procedo.modeler.dossier;

import java.time.Instant;

/**
 * A dossier to number: the case started for it, where and when it was received, by whom, for whom, and the hash of
 * its look-up code.
 */
public record NewDossier(String caseId, String procedureCode, String locality, String applicantName,
                         String receivedBy, String receiverName, Instant receivedAt, String lookupHash) {
}
