package procedo.catalog.account;

import java.time.Instant;

/**
 * A sign-in that did not succeed. The message never says whether the username exists; {@code retryAfter} is set
 * while the account is locked after repeated failures.
 */
public final class SignInRefusedException extends RuntimeException {

    private final transient Instant retryAfter;

    public SignInRefusedException(String message, Instant retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
