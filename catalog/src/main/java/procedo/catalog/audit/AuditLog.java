package procedo.catalog.audit;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the trail is stored. It only appends and reads: no record is ever changed or removed. Appends are
 * serialised so that the chain never forks, whatever the number of concurrent writers or nodes; an append joins
 * the transaction in progress, so that a change and its record commit or roll back together.
 */
public interface AuditLog {

    /**
     * Appends {@code entry} at {@code at} after the current last record, with its before and after already
     * written as JSON text, and returns the record as stored.
     */
    AuditRecord append(AuditEntry entry, String beforeJson, String afterJson, Instant at);

    /** The records matching {@code filter}, newest first. */
    AuditPage find(AuditFilter filter, int offset, int limit);

    /** Every record matching {@code filter}, newest first, handed one at a time (for exports). */
    void forEachNewestFirst(AuditFilter filter, Consumer<AuditRecord> sink);

    /** Every record up to sequence {@code last}, in chain order (oldest first), handed one at a time. */
    void forEachInOrder(long last, Consumer<AuditRecord> sink);

    /** The sequence number and hash the chain's head says the last record has. */
    ChainHead head();

    /** The head of the chain: the last record's sequence number and hash (0 and {@link AuditChain#GENESIS}). */
    record ChainHead(long sequence, String hash) {
    }
}
