package procedo.catalog.audit;

import java.util.Objects;
import procedo.catalog.account.Actor;

/**
 * One change to record: who, what, on which subject, the procedure and province it concerns when it has them,
 * and the state before and after (any value, written as JSON; null where there is none). The trail adds the
 * sequence number, the time and the hashes.
 */
public record AuditEntry(Actor actor, AuditAction action, AuditSubject subject, String procedureCode,
                         String provinceCode, Object before, Object after) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }

    /** An entry with no procedure, province, before or after yet. */
    public static AuditEntry of(Actor actor, AuditAction action, AuditSubject subject) {
        return new AuditEntry(actor, action, subject, null, null, null, null);
    }

    public AuditEntry procedure(String code) {
        return new AuditEntry(actor, action, subject, code, provinceCode, before, after);
    }

    public AuditEntry province(String code) {
        return new AuditEntry(actor, action, subject, procedureCode, code, before, after);
    }

    public AuditEntry before(Object state) {
        return new AuditEntry(actor, action, subject, procedureCode, provinceCode, state, after);
    }

    public AuditEntry after(Object state) {
        return new AuditEntry(actor, action, subject, procedureCode, provinceCode, before, state);
    }
}
