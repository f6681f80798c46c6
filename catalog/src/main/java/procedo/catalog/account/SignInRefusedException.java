package procedo.catalog.account;

import java.time.Instant;
import procedo.catalog.error.ProcedoException;
import procedo.catalog.text.Text;

/**
 * A sign-in that did not succeed. The reason never says whether the username exists; {@code retryAfter} is set
 * while the account is locked after repeated failures.
 */
public final class SignInRefusedException extends ProcedoException {

    private final transient Instant retryAfter;

    public SignInRefusedException(Text reason, Instant retryAfter) {
        super(reason);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
