package procedo.catalog.audit;

/**
 * The result of walking the chain: how many records were found intact before the first break, and that break
 * (null when the whole chain is intact).
 */
public record ChainVerification(long intactRecords, Break firstBreak) {

    /** The first record that does not fit the chain, and what differs. */
    public record Break(long sequence, String problem) {
    }

    public boolean intact() {
        return firstBreak == null;
    }

    /** "intact: N records", or the first broken record and what differs. */
    public String describe() {
        return intact() ? "intact: " + intactRecords + " records"
                : "broken at record " + firstBreak.sequence() + ": " + firstBreak.problem();
    }
}
