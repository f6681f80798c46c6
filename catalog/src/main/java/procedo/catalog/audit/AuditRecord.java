package procedo.catalog.audit;

import java.time.Instant;

/**
 * One record of the trail as stored: its place in the chain ({@code sequence}, from 1), when (UTC, milliseconds),
 * who and from where, what, on which subject, the procedure and province when the change has them, the state
 * before and after as JSON text (null where there is none), the previous record's hash and its own.
 */
public record AuditRecord(long sequence, Instant at, String username, String displayName, String address,
                          String action, String subjectType, String subjectId, String procedureCode,
                          String provinceCode, String before, String after, String previousHash, String hash) {
}
