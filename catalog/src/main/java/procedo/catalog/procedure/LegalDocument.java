package procedo.catalog.procedure;

import java.time.LocalDate;

/**
 * One document of a procedure's legal basis (căn cứ pháp lý): a law, decree or circular the procedure rests on.
 *
 * @param number   the document's number and symbol as published, e.g. {@code 123/2015/NĐ-CP}
 * @param title    its title, e.g. "Nghị định quy định chi tiết một số điều của Luật Hộ tịch"
 * @param issuedOn the day it was issued, or {@code null} when not known
 */
public record LegalDocument(String number, String title, LocalDate issuedOn) {

    public LegalDocument {
        number = number == null ? "" : number.strip();
        title = title == null ? "" : title.strip();
    }
}
