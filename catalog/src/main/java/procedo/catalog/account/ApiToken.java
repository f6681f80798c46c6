package procedo.catalog.account;

import java.time.Instant;

/** A personal API token as listed to its owner (the secret itself is shown once, when created). */
public record ApiToken(long id, String username, String label, Instant createdAt, Instant lastUsedAt,
                       Instant revokedAt) {
}
