package procedo.modeler.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả) of a dossier, with the look-up code
 * issued for it.
 *
 * @param localityName  the receiving province as people call it
 * @param components    the dossier components received
 * @param dueAt         when the result is due (the appointment), null when the case has no due date
 * @param lookupCode    the code, with the dossier number, to follow the dossier on the public status page
 * @param statusPage    the path of the public status page
 */
public record Receipt(String caseId, String dossierNumber, String applicantName, String procedureCode,
                      String procedureName, String localityName, List<Component> components, Instant receivedAt,
                      Instant dueAt, int processingDays, String receiverName, String lookupCode,
                      String statusPage) {

    /** A dossier component handed in: its name, the case (trường hợp) it belongs to, originals and copies. */
    public record Component(String name, String caseName, int originals, int copies) {
    }
}
