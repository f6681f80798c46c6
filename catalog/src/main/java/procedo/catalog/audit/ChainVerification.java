package procedo.catalog.audit;

import procedo.catalog.text.Text;

/**
 * The result of walking the chain: how many records were found intact before the first break, and that break
 * (null when the whole chain is intact).
 */
public record ChainVerification(long intactRecords, Break firstBreak) {

    /** The first record that does not fit the chain, and what differs. */
    public record Break(long sequence, Text problem) {
    }

    public boolean intact() {
        return firstBreak == null;
    }

    /** "intact: N records", or the first broken record and what differs, in the reader's language. */
    public Text text() {
        return intact() ? Text.of("catalog.audit.intact", intactRecords)
                : Text.of("catalog.audit.broken", firstBreak.sequence(), firstBreak.problem());
    }

    /** {@link #text()} in English, for the command line and logs. */
    public String describe() {
        return text().toString();
    }
}
