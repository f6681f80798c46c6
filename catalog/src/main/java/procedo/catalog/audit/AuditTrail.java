package procedo.catalog.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import procedo.catalog.account.Actor;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * Records every change in the append-only, hash-chained {@link AuditLog}, reads it with filters and verifies its
 * chain. Services run a change and its record in one transaction ({@link #inTransaction} around the change and
 * {@link #record}); changes made outside the catalog's database (the engine's) are recorded after they succeeded.
 */
public final class AuditTrail {

    public static final int MAX_PAGE = 500;

    /** Runs work in one database transaction; a call made inside one joins it. */
    @FunctionalInterface
    public interface Transactions {
        <T> T inTransaction(Supplier<T> work);
    }

    private final AuditLog log;
    private final Transactions transactions;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    public AuditTrail(AuditLog log, Transactions transactions, Clock clock) {
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs {@code change} in one transaction, so that the records it makes commit or roll back with it. */
    public <T> T inTransaction(Supplier<T> change) {
        return transactions.inTransaction(change);
    }

    /**
     * Appends {@code entry} (inside the transaction in progress, if any) and returns the stored record. The append
     * holds the chain's head until the transaction ends, so a change records itself after its own writes: rows are
     * always locked before the head, never after it.
     */
    public AuditRecord record(AuditEntry entry) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return log.append(entry, text(entry.before()), text(entry.after()), at);
    }

    /** The one-line form: {@code actor} did {@code action} to {@code subject}, from {@code before} to {@code after}. */
    public AuditRecord record(Actor actor, AuditAction action, AuditSubject subject, Object before, Object after) {
        return record(AuditEntry.of(actor, action, subject).before(before).after(after));
    }

    public AuditPage find(AuditFilter filter, int offset, int limit) {
        Problems problems = new Problems();
        if (offset < 0) {
            problems.add("offset", Text.of("catalog.problem.negative"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add("limit", Text.of("catalog.problem.between", 1, MAX_PAGE));
        }
        problems.throwIfAny();
        return log.find(filter, offset, limit);
    }

    /** Every record matching {@code filter}, newest first, one at a time. */
    public void forEach(AuditFilter filter, Consumer<AuditRecord> sink) {
        log.forEachNewestFirst(filter, sink);
    }

    /** Walks the whole chain from the first record: intact with its count, or the first broken record. */
    public ChainVerification verify() {
        AuditLog.ChainHead head = log.head();
        AuditChain.Walk walk = new AuditChain.Walk(head);
        log.forEachInOrder(head.sequence(), walk::accept);
        return walk.result();
    }

    private String text(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audited state of " + state.getClass().getName(), e);
        }
    }
}
