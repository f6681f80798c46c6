package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.ACCOUNTS;
import static procedo.catalog.persistence.jooq.Tables.ACCOUNT_ROLES;
import static procedo.catalog.persistence.jooq.Tables.API_TOKENS;
import static procedo.catalog.persistence.jooq.Tables.WEB_SESSIONS;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import procedo.catalog.account.Account;
import procedo.catalog.account.AccountRepository;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.ApiToken;
import procedo.catalog.account.Grant;

/** Accounts, roles, API tokens and browser sessions in the catalog's database. */
public final class JooqAccountRepository implements AccountRepository {

    private final DSLContext dsl;

    public JooqAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean isEmpty() {
        return !dsl.fetchExists(ACCOUNTS);
    }

    @Override
    public Optional<Stored> find(String username) {
        Record row = dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.USERNAME.eq(username)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Account account = account(row, grants(List.of(username)).getOrDefault(username, List.of()));
        return Optional.of(new Stored(account, row.get(ACCOUNTS.PASSWORD_HASH), row.get(ACCOUNTS.FAILED_SIGN_INS),
                instant(row.get(ACCOUNTS.LOCKED_UNTIL))));
    }

    @Override
    public List<Account> list() {
        var rows = dsl.selectFrom(ACCOUNTS).orderBy(ACCOUNTS.USERNAME).fetch();
        Map<String, List<Grant>> grants = grants(rows.getValues(ACCOUNTS.USERNAME));
        return rows.stream().map(r -> account(r, grants.getOrDefault(r.get(ACCOUNTS.USERNAME), List.of()))).toList();
    }

    @Override
    public void insert(Account account, String passwordHash, Instant at) {
        dsl.transaction(() -> {
            DSLContext db = dsl;
            db.insertInto(ACCOUNTS)
                    .set(ACCOUNTS.USERNAME, account.username())
                    .set(ACCOUNTS.DISPLAY_NAME, account.displayName())
                    .set(ACCOUNTS.PASSWORD_HASH, passwordHash)
                    .set(ACCOUNTS.MUST_CHANGE_PASSWORD, account.mustChangePassword())
                    .set(ACCOUNTS.DISABLED, account.disabled())
                    .set(ACCOUNTS.FAILED_SIGN_INS, 0)
                    .set(ACCOUNTS.CREATED_AT, time(account.createdAt()))
                    .set(ACCOUNTS.PASSWORD_CHANGED_AT, time(at))
                    .execute();
            insertGrants(db, account);
        });
    }

    @Override
    public void update(Account account) {
        dsl.transaction(() -> {
            DSLContext db = dsl;
            db.update(ACCOUNTS)
                    .set(ACCOUNTS.DISPLAY_NAME, account.displayName())
                    .set(ACCOUNTS.DISABLED, account.disabled())
                    .where(ACCOUNTS.USERNAME.eq(account.username()))
                    .execute();
            db.deleteFrom(ACCOUNT_ROLES).where(ACCOUNT_ROLES.USERNAME.eq(account.username())).execute();
            insertGrants(db, account);
        });
    }

    @Override
    public void setPassword(String username, String passwordHash, boolean mustChange, Instant at) {
        dsl.update(ACCOUNTS)
                .set(ACCOUNTS.PASSWORD_HASH, passwordHash)
                .set(ACCOUNTS.MUST_CHANGE_PASSWORD, mustChange)
                .set(ACCOUNTS.PASSWORD_CHANGED_AT, time(at))
                .where(ACCOUNTS.USERNAME.eq(username))
                .execute();
    }

    @Override
    public void recordFailedSignIn(String username, int failures, Instant lockedUntil) {
        dsl.update(ACCOUNTS)
                .set(ACCOUNTS.FAILED_SIGN_INS, failures)
                .set(ACCOUNTS.LOCKED_UNTIL, time(lockedUntil))
                .where(ACCOUNTS.USERNAME.eq(username))
                .execute();
    }

    @Override
    public void clearFailedSignIns(String username) {
        dsl.update(ACCOUNTS)
                .set(ACCOUNTS.FAILED_SIGN_INS, 0)
                .setNull(ACCOUNTS.LOCKED_UNTIL)
                .where(ACCOUNTS.USERNAME.eq(username))
                .execute();
    }

    @Override
    public long insertToken(String username, String label, String secretHash, Instant at) {
        return dsl.insertInto(API_TOKENS)
                .set(API_TOKENS.USERNAME, username)
                .set(API_TOKENS.LABEL, label)
                .set(API_TOKENS.SECRET_HASH, secretHash)
                .set(API_TOKENS.CREATED_AT, time(at))
                .returning(API_TOKENS.ID)
                .fetchOne()
                .getId();
    }

    @Override
    public Optional<ApiToken> activeToken(String secretHash) {
        return dsl.selectFrom(API_TOKENS)
                .where(API_TOKENS.SECRET_HASH.eq(secretHash).and(API_TOKENS.REVOKED_AT.isNull()))
                .fetchOptional()
                .map(JooqAccountRepository::token);
    }

    @Override
    public void touchToken(long id, Instant at) {
        dsl.update(API_TOKENS).set(API_TOKENS.LAST_USED_AT, time(at)).where(API_TOKENS.ID.eq(id)).execute();
    }

    @Override
    public List<ApiToken> tokens(String username) {
        return dsl.selectFrom(API_TOKENS).where(API_TOKENS.USERNAME.eq(username)).orderBy(API_TOKENS.ID)
                .fetch(JooqAccountRepository::token);
    }

    @Override
    public boolean revokeToken(String username, long id, Instant at) {
        return dsl.update(API_TOKENS)
                .set(API_TOKENS.REVOKED_AT, time(at))
                .where(API_TOKENS.ID.eq(id).and(API_TOKENS.USERNAME.eq(username)).and(API_TOKENS.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    @Override
    public void insertSession(Session session) {
        dsl.insertInto(WEB_SESSIONS)
                .set(WEB_SESSIONS.ID_HASH, session.idHash())
                .set(WEB_SESSIONS.USERNAME, session.username())
                .set(WEB_SESSIONS.CSRF_TOKEN, session.csrfToken())
                .set(WEB_SESSIONS.CREATED_AT, time(session.createdAt()))
                .set(WEB_SESSIONS.LAST_SEEN_AT, time(session.lastSeenAt()))
                .set(WEB_SESSIONS.EXPIRES_AT, time(session.expiresAt()))
                .execute();
    }

    @Override
    public Optional<Session> session(String idHash) {
        return dsl.selectFrom(WEB_SESSIONS).where(WEB_SESSIONS.ID_HASH.eq(idHash)).fetchOptional()
                .map(r -> new Session(r.getIdHash(), r.getUsername(), r.getCsrfToken(), instant(r.getCreatedAt()),
                        instant(r.getLastSeenAt()), instant(r.getExpiresAt())));
    }

    @Override
    public void touchSession(String idHash, Instant lastSeenAt, Instant expiresAt) {
        dsl.update(WEB_SESSIONS)
                .set(WEB_SESSIONS.LAST_SEEN_AT, time(lastSeenAt))
                .set(WEB_SESSIONS.EXPIRES_AT, time(expiresAt))
                .where(WEB_SESSIONS.ID_HASH.eq(idHash))
                .execute();
    }

    @Override
    public void deleteSession(String idHash) {
        dsl.deleteFrom(WEB_SESSIONS).where(WEB_SESSIONS.ID_HASH.eq(idHash)).execute();
    }

    @Override
    public void deleteSessions(String username) {
        dsl.deleteFrom(WEB_SESSIONS).where(WEB_SESSIONS.USERNAME.eq(username)).execute();
    }

    @Override
    public int deleteSessionsEndedBefore(Instant now) {
        return dsl.deleteFrom(WEB_SESSIONS).where(WEB_SESSIONS.EXPIRES_AT.le(time(now))).execute();
    }

    private static void insertGrants(DSLContext db, Account account) {
        for (Grant grant : account.grants()) {
            db.insertInto(ACCOUNT_ROLES)
                    .set(ACCOUNT_ROLES.USERNAME, account.username())
                    .set(ACCOUNT_ROLES.ROLE_NAME, grant.role().name())
                    .set(ACCOUNT_ROLES.LOCALITY_CODE, grant.locality())
                    .set(ACCOUNT_ROLES.CANDIDATE_GROUPS, grant.groups().isEmpty() ? null : String.join(",", grant.groups()))
                    .execute();
        }
    }

    private Map<String, List<Grant>> grants(List<String> usernames) {
        Map<String, List<Grant>> grants = new LinkedHashMap<>();
        dsl.selectFrom(ACCOUNT_ROLES).where(ACCOUNT_ROLES.USERNAME.in(usernames))
                .orderBy(ACCOUNT_ROLES.USERNAME, ACCOUNT_ROLES.ROLE_NAME)
                .forEach(r -> grants.computeIfAbsent(r.getUsername(), u -> new ArrayList<>()).add(new Grant(
                        AccountRole.valueOf(r.getRoleName()), r.getLocalityCode(),
                        r.getCandidateGroups() == null ? List.of() : Arrays.asList(r.getCandidateGroups().split(",")))));
        return grants;
    }

    private static Account account(Record row, List<Grant> grants) {
        return new Account(row.get(ACCOUNTS.USERNAME), row.get(ACCOUNTS.DISPLAY_NAME), grants,
                row.get(ACCOUNTS.DISABLED), row.get(ACCOUNTS.MUST_CHANGE_PASSWORD), instant(row.get(ACCOUNTS.CREATED_AT)));
    }

    private static ApiToken token(procedo.catalog.persistence.jooq.tables.records.ApiTokensRecord r) {
        return new ApiToken(r.getId(), r.getUsername(), r.getLabel(), instant(r.getCreatedAt()),
                instant(r.getLastUsedAt()), instant(r.getRevokedAt()));
    }

    private static LocalDateTime time(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
