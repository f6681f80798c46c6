package procedo.catalog.procedure;

import java.time.LocalDate;

/**
 * Where the values of one part of a procedure's record come from and when they were last checked against it, so
 * that an analyst can tell a value verified on the national portal last month from one copied years ago.
 *
 * @param source    the source as a text or an address (a decision, a page of the national public service portal)
 * @param checkedOn the day the values were checked against the source; never in the future
 */
public record SourceCheck(RecordPart part, String source, LocalDate checkedOn) {

    public SourceCheck {
        source = source == null ? "" : source.strip();
    }
}
