package procedo.catalog.audit;

import procedo.catalog.text.Digests;
import java.time.Instant;
import procedo.catalog.text.Text;

/**
 * The hash chain of the trail: a record's hash is SHA-256 (hex) over the previous record's hash and the record's
 * canonical text, where every field is written in a fixed order with its length, so that no two different records
 * share a text. The first record's previous hash is {@link #GENESIS}.
 */
public final class AuditChain {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash {@code record} must carry, computed from its fields and its previous hash (its own hash ignored). */
    public static String hashOf(AuditRecord r) {
        return hash(r.previousHash(), canonical(r.sequence(), r.at(), r.username(), r.displayName(), r.address(),
                r.action(), r.subjectType(), r.subjectId(), r.procedureCode(), r.provinceCode(), r.before(),
                r.after()));
    }

    /** {@code record} with the hash computed over its fields and previous hash. */
    public static AuditRecord sealed(AuditRecord r) {
        return new AuditRecord(r.sequence(), r.at(), r.username(), r.displayName(), r.address(), r.action(),
                r.subjectType(), r.subjectId(), r.procedureCode(), r.provinceCode(), r.before(), r.after(),
                r.previousHash(), hashOf(r));
    }

    private static String canonical(long sequence, Instant at, String... fields) {
        StringBuilder text = new StringBuilder("procedo-audit-1\n");
        field(text, Long.toString(sequence));
        field(text, at == null ? null : at.toString());
        for (String f : fields) {
            field(text, f);
        }
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-\n");
        } else {
            text.append(value.length()).append(':').append(value).append('\n');
        }
    }

    private static String hash(String previous, String canonical) {
        return Digests.sha256Hex(previous + "\n" + canonical);
    }

    /** Checks records handed in chain order, one at a time; {@link #result} says the first break or the count. */
    public static final class Walk {
        private final AuditLog.ChainHead head;
        private long count;
        private long lastSequence;
        private String lastHash = GENESIS;
        private ChainVerification.Break broken;

        /** @param head what the chain's head says the last record is */
        public Walk(AuditLog.ChainHead head) {
            this.head = head;
        }

        public void accept(AuditRecord r) {
            if (broken != null) {
                return;
            }
            if (r.sequence() != lastSequence + 1) {
                broken = new ChainVerification.Break(lastSequence + 1, r.sequence() > lastSequence + 1
                        ? Text.of("catalog.audit.missing", lastSequence + 1, r.sequence())
                        : Text.of("catalog.audit.outOfOrder", r.sequence(), lastSequence));
                return;
            }
            if (!r.previousHash().equals(lastHash)) {
                broken = new ChainVerification.Break(r.sequence(), Text.of("catalog.audit.previousHash",
                        r.previousHash(), lastSequence, lastHash));
                return;
            }
            String computed = hashOf(r);
            if (!computed.equals(r.hash())) {
                broken = new ChainVerification.Break(r.sequence(), Text.of("catalog.audit.contentHash", r.hash(),
                        computed));
                return;
            }
            count++;
            lastSequence = r.sequence();
            lastHash = r.hash();
        }

        public ChainVerification result() {
            if (broken == null && (head.sequence() != lastSequence || !head.hash().equals(lastHash))) {
                broken = head.sequence() > lastSequence
                        ? new ChainVerification.Break(lastSequence + 1, Text.of("catalog.audit.headMissing",
                                lastSequence + 1, head.sequence()))
                        : new ChainVerification.Break(lastSequence, Text.of("catalog.audit.headMismatch",
                                head.sequence(), head.hash()));
            }
            return new ChainVerification(count, broken);
        }
    }
}
