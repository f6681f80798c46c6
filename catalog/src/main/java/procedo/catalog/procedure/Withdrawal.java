package procedo.catalog.procedure;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The mark of a withdrawn procedure (thủ tục đã bãi bỏ): kept with its history because others depend on it, but out
 * of rankings, portfolios and the default lists until it is reinstated.
 *
 * @param at     when it was withdrawn
 * @param by     the username of the person who withdrew it
 * @param reason why, as that person wrote it; empty when none was given
 */
public record Withdrawal(LocalDateTime at, String by, String reason) {

    public Withdrawal {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        reason = reason == null ? "" : reason.strip();
    }
}
