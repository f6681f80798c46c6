package procedo.catalog.audit;

import java.util.Map;
import procedo.catalog.account.Account;
import procedo.catalog.account.AccountListener;
import procedo.catalog.account.Actor;

/** Records every change to accounts and API tokens in the audit trail (never a password or a token's secret). */
public final class AccountAudit implements AccountListener {

    private final AuditTrail audit;

    public AccountAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** The change and its audit record commit together, or neither does. */
    @Override
    public <T> T together(java.util.function.Supplier<T> change) {
        return audit.inTransaction(change);
    }

    @Override
    public void created(Actor by, Account account) {
        audit.record(by, AuditAction.USER_CREATED, AuditSubject.of("user", account.username()), null, account);
    }

    @Override
    public void changed(Actor by, Account before, Account after, boolean passwordReset) {
        AuditAction action = passwordReset ? AuditAction.USER_PASSWORD_RESET
                : after.disabled() && !before.disabled() ? AuditAction.USER_DISABLED : AuditAction.USER_UPDATED;
        audit.record(by, action, AuditSubject.of("user", after.username()), before, after);
    }

    @Override
    public void passwordChanged(Actor by, String username) {
        audit.record(by, AuditAction.USER_PASSWORD_CHANGED, AuditSubject.of("user", username), null, null);
    }

    @Override
    public void tokenCreated(Actor by, String username, long id, String label) {
        audit.record(by, AuditAction.TOKEN_CREATED, AuditSubject.of("token", Long.toString(id)), null,
                Map.of("username", username, "label", label));
    }

    @Override
    public void tokenRevoked(Actor by, String username, long id) {
        audit.record(by, AuditAction.TOKEN_REVOKED, AuditSubject.of("token", Long.toString(id)),
                Map.of("username", username), null);
    }
}
