package procedo.catalog.account;

/** Told of every change to accounts and tokens, with who made it (the audit trail records them). */
public interface AccountListener {

    AccountListener NONE = new AccountListener() {
    };

    /** Runs a change to accounts together with what this listener does about it (one transaction, when it keeps one). */
    default <T> T together(java.util.function.Supplier<T> change) {
        return change.get();
    }

    default void created(Actor by, Account account) {
    }

    default void changed(Actor by, Account before, Account after, boolean passwordReset) {
    }

    default void passwordChanged(Actor by, String username) {
    }

    default void tokenCreated(Actor by, String username, long id, String label) {
    }

    default void tokenRevoked(Actor by, String username, long id) {
    }
}
