package procedo.catalog.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts, their roles, API tokens and browser sessions are kept. */
public interface AccountRepository {

    /** An account with what is kept beside it for signing in. */
    record Stored(Account account, String passwordHash, int failedSignIns, Instant lockedUntil) {
    }

    /** A browser session; only a digest of the cookie's value is kept. */
    record Session(String idHash, String username, String csrfToken, Instant createdAt, Instant lastSeenAt,
                   Instant expiresAt) {
    }

    boolean isEmpty();

    Optional<Stored> find(String username);

    List<Account> list();

    void insert(Account account, String passwordHash, Instant at);

    /** Replaces the display name, the disabled mark and the roles of an existing account. */
    void update(Account account);

    void setPassword(String username, String passwordHash, boolean mustChange, Instant at);

    void recordFailedSignIn(String username, int failures, Instant lockedUntil);

    void clearFailedSignIns(String username);

    long insertToken(String username, String label, String secretHash, Instant at);

    /** A token that is not revoked, by the digest of its secret. */
    Optional<ApiToken> activeToken(String secretHash);

    void touchToken(long id, Instant at);

    List<ApiToken> tokens(String username);

    /** Revokes one of the user's tokens; false when the user has no such token. */
    boolean revokeToken(String username, long id, Instant at);

    void insertSession(Session session);

    Optional<Session> session(String idHash);

    void touchSession(String idHash, Instant lastSeenAt, Instant expiresAt);

    void deleteSession(String idHash);

    void deleteSessions(String username);

    int deleteSessionsEndedBefore(Instant now);
}
