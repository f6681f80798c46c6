package procedo.catalog.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * Accounts and how people prove who they are: creating and changing users (administrators), signing in with a
 * password (with a growing lock-out after repeated failures), browser sessions and personal API tokens.
 */
public final class AccountService {

    /** The first administrator's username, created on the first start of an empty database. */
    public static final String FIRST_ADMIN = "admin";
    /** Consecutive failed sign-ins after which an account is locked for a while. */
    public static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** A session ends after this long without a request… */
    public static final Duration SESSION_IDLE = Duration.ofHours(8);
    /** …and in any case this long after sign-in. */
    public static final Duration SESSION_LONGEST = Duration.ofHours(24);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Text REFUSED = Text.of("catalog.account.signInRefused");

    private final AccountRepository accounts;
    private final Predicate<String> knownLocality;
    private final Clock clock;
    private final AccountListener listener;
    private final Passwords.Cost hashing;

    /** Accounts whose passwords are hashed at the standard cost. */
    public AccountService(AccountRepository accounts, Predicate<String> knownLocality, Clock clock,
                          AccountListener listener) {
        this(accounts, knownLocality, clock, listener, Passwords.Cost.STANDARD);
    }

    /** Accounts whose new passwords are hashed at {@code hashing} (tests use a small one; servers the standard). */
    public AccountService(AccountRepository accounts, Predicate<String> knownLocality, Clock clock,
                          AccountListener listener, Passwords.Cost hashing) {
        this.accounts = accounts;
        this.knownLocality = knownLocality;
        this.clock = clock;
        this.listener = listener;
        this.hashing = hashing;
    }

    /**
     * On a database without accounts, creates the administrator {@value #FIRST_ADMIN}: with {@code password} when
     * one is configured, otherwise with a one-time password (returned, to be printed) that must be changed at first
     * sign-in. Returns empty when accounts exist already or the configured password was used.
     */
    public synchronized Optional<String> ensureFirstAdmin(Optional<String> password) {
        if (!accounts.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Account admin = new Account(FIRST_ADMIN, "Quản trị viên", List.of(Grant.of(AccountRole.ADMIN)), false,
                password.isEmpty(), now);
        String secret = password.orElseGet(() -> Passwords.randomSecret(12));
        password.ifPresent(p -> PasswordPolicy.problem(p, FIRST_ADMIN, admin.displayName()).ifPresent(problem -> {
            throw InvalidInputException.of("PROCEDO_ADMIN_PASSWORD", problem);
        }));
        String hash = Passwords.hash(secret, hashing);
        listener.together(() -> {
            accounts.insert(admin, hash, now);
            listener.created(Actor.system("first start"), admin);
            return admin;
        });
        return password.isPresent() ? Optional.empty() : Optional.of(secret);
    }

    public List<Account> list() {
        return accounts.list();
    }

    public Account get(String username) {
        return stored(username).account();
    }

    public Account create(AccountRequest request, Actor by) {
        Problems problems = new Problems();
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("username", Text.of("catalog.account.username"));
        }
        String displayName = displayName(request.displayName(), problems);
        List<Grant> grants = grants(request.roles(), problems);
        PasswordPolicy.problem(request.password(), username, displayName)
                .ifPresent(problem -> problems.add("password", problem));
        problems.throwIfAny();
        if (accounts.find(username).isPresent()) {
            throw new ConflictException(Text.of("catalog.account.exists", username));
        }
        Instant now = clock.instant();
        Account account = new Account(username, displayName, grants, Boolean.TRUE.equals(request.disabled()),
                true, now);
        String hash = Passwords.hash(request.password(), hashing);
        return listener.together(() -> {
            accounts.insert(account, hash, now);
            listener.created(by, account);
            return account;
        });
    }

    /** Changes a user's name, roles, disabled mark, or (a reset) password; the last active administrator stays. */
    public Account update(String username, AccountRequest request, Actor by) {
        Account before = get(username);
        Problems problems = new Problems();
        String displayName = request.displayName() == null ? before.displayName()
                : displayName(request.displayName(), problems);
        List<Grant> grants = request.roles() == null ? before.grants() : grants(request.roles(), problems);
        boolean disabled = request.disabled() == null ? before.disabled() : request.disabled();
        if (request.password() != null) {
            PasswordPolicy.problem(request.password(), username, displayName)
                    .ifPresent(problem -> problems.add("password", problem));
        }
        problems.throwIfAny();
        boolean staysAdmin = !disabled && grants.stream().anyMatch(g -> g.role() == AccountRole.ADMIN);
        if (!staysAdmin && isActiveAdmin(before) && activeAdmins() == 1) {
            throw new ConflictException(Text.of("catalog.account.lastAdmin", username));
        }
        Account after = new Account(username, displayName, grants, disabled,
                request.password() != null || before.mustChangePassword(), before.createdAt());
        String hash = request.password() == null ? null : Passwords.hash(request.password(), hashing);
        return listener.together(() -> {
            accounts.update(after);
            if (hash != null) {
                accounts.setPassword(username, hash, true, clock.instant());
                accounts.clearFailedSignIns(username);
            }
            if (disabled || hash != null) {
                accounts.deleteSessions(username);
            }
            listener.changed(by, before, after, hash != null);
            return after;
        });
    }

    /**
     * Checks a username and password. Failures are counted per account; from the {@value #FAILURES_BEFORE_LOCK}th
     * on, the account is locked for 30 s, doubling with each further failure up to 15 minutes. The message is the
     * same whether the user exists or not.
     */
    public Principal signIn(String username, String password, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<AccountRepository.Stored> found = accounts.find(name);
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().account().disabled()) {
            Passwords.verifyDecoy(password, hashing);
            throw new SignInRefusedException(REFUSED, null);
        }
        AccountRepository.Stored stored = found.get();
        if (stored.lockedUntil() != null && stored.lockedUntil().isAfter(now)) {
            throw new SignInRefusedException(Text.of("catalog.account.locked", waiting(now, stored.lockedUntil())),
                    stored.lockedUntil());
        }
        if (!Passwords.verify(password, stored.passwordHash())) {
            int failures = stored.failedSignIns() + 1;
            Instant lockedUntil = null;
            if (failures >= FAILURES_BEFORE_LOCK) {
                long factor = 1L << Math.min(failures - FAILURES_BEFORE_LOCK, 10);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            accounts.recordFailedSignIn(name, failures, lockedUntil);
            throw new SignInRefusedException(lockedUntil == null ? REFUSED
                    : Text.of("catalog.account.lockedNow", waiting(now, lockedUntil)), lockedUntil);
        }
        if (stored.failedSignIns() > 0) {
            accounts.clearFailedSignIns(name);
        }
        return principal(stored.account(), address);
    }

    /**
     * Changes one's own password, proving the current one; ends the user's sessions. Returns the person as they now
     * are (no longer bound to change their password).
     */
    public Principal changePassword(String username, String current, String next, Actor by) {
        AccountRepository.Stored stored = stored(username);
        if (!Passwords.verify(current, stored.passwordHash())) {
            throw InvalidInputException.of("currentPassword", Text.of("catalog.account.notCurrentPassword"));
        }
        PasswordPolicy.problem(next, username, stored.account().displayName()).ifPresent(problem -> {
            throw InvalidInputException.of("newPassword", problem);
        });
        if (Passwords.verify(next, stored.passwordHash())) {
            throw InvalidInputException.of("newPassword", Text.of("catalog.account.samePassword"));
        }
        String hash = Passwords.hash(next, hashing);
        listener.together(() -> {
            accounts.setPassword(username, hash, false, clock.instant());
            accounts.deleteSessions(username);
            listener.passwordChanged(by, username);
            return username;
        });
        return principal(get(username), by.address());
    }

    public BrowserSession startSession(Principal principal) {
        String cookie = Passwords.randomSecret(32);
        String csrf = Passwords.randomSecret(32);
        Instant now = clock.instant();
        accounts.deleteSessionsEndedBefore(now);
        accounts.insertSession(new AccountRepository.Session(Passwords.digest(cookie), principal.username(), csrf,
                now, now, now.plus(SESSION_IDLE)));
        return new BrowserSession(cookie, csrf, principal);
    }

    /** The session a cookie names while it lasts, with its person (refreshed, so role changes apply at once). */
    public Optional<BrowserSession> session(String cookie, String address) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        String hash = Passwords.digest(cookie);
        Instant now = clock.instant();
        Optional<AccountRepository.Session> found = accounts.session(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountRepository.Session session = found.get();
        if (!session.expiresAt().isAfter(now) || !session.createdAt().plus(SESSION_LONGEST).isAfter(now)) {
            accounts.deleteSession(hash);
            return Optional.empty();
        }
        Optional<AccountRepository.Stored> stored = accounts.find(session.username());
        if (stored.isEmpty() || stored.get().account().disabled()) {
            accounts.deleteSession(hash);
            return Optional.empty();
        }
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            Instant end = now.plus(SESSION_IDLE);
            Instant longest = session.createdAt().plus(SESSION_LONGEST);
            accounts.touchSession(hash, now, end.isAfter(longest) ? longest : end);
        }
        return Optional.of(new BrowserSession(cookie, session.csrfToken(), principal(stored.get().account(), address)));
    }

    public void endSession(String cookie) {
        if (cookie != null && !cookie.isBlank()) {
            accounts.deleteSession(Passwords.digest(cookie));
        }
    }

    /** Creates a personal API token for {@code username}; its secret is in the answer and nowhere else. */
    public IssuedToken createToken(String username, String label, Actor by) {
        stored(username);
        String name = label == null || label.isBlank() ? "API token" : label.strip();
        if (name.length() > 200) {
            throw InvalidInputException.of("label", Text.of("catalog.account.tokenLabel", 200));
        }
        String secret = "pdo_" + Passwords.randomSecret(32);
        Instant now = clock.instant();
        long id = listener.together(() -> {
            long stored = accounts.insertToken(username, name, Passwords.digest(secret), now);
            listener.tokenCreated(by, username, stored, name);
            return stored;
        });
        return new IssuedToken(secret, new ApiToken(id, username, name, now, null, null));
    }

    public List<ApiToken> tokens(String username) {
        return accounts.tokens(username);
    }

    public void revokeToken(String username, long id, Actor by) {
        listener.together(() -> {
            if (!accounts.revokeToken(username, id, clock.instant())) {
                throw NotFoundException.of("token", id);
            }
            listener.tokenRevoked(by, username, id);
            return id;
        });
    }

    /** The person a bearer token belongs to, when the token is active and its owner may sign in. */
    public Optional<Principal> byToken(String secret, String address) {
        if (secret == null || !secret.startsWith("pdo_")) {
            return Optional.empty();
        }
        Optional<ApiToken> token = accounts.activeToken(Passwords.digest(secret));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountRepository.Stored> stored = accounts.find(token.get().username());
        if (stored.isEmpty() || stored.get().account().disabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (token.get().lastUsedAt() == null || token.get().lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            accounts.touchToken(token.get().id(), now);
        }
        return Optional.of(principal(stored.get().account(), address));
    }

    /** Refuses an approval by the person who proposed the thing approved (separation of duties). */
    public static void requireSomeoneElse(Principal approver, String proposer, Text what) {
        if (approver.username().equals(proposer)) {
            throw new NotAllowedException(Text.of("catalog.account.someoneElse", what, proposer));
        }
    }

    /** How long until {@code until}, rounded up: seconds under a minute, minutes beyond. */
    private static Text waiting(Instant now, Instant until) {
        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
        return seconds < 60 ? Text.of("catalog.account.seconds", seconds)
                : Text.of("catalog.account.minutes", (seconds + 59) / 60);
    }

    private static Principal principal(Account account, String address) {
        return new Principal(new Actor(account.username(), account.displayName(), address), account.grants(),
                account.mustChangePassword());
    }

    private AccountRepository.Stored stored(String username) {
        return accounts.find(username).orElseThrow(() -> NotFoundException.of("user", username));
    }

    private boolean isActiveAdmin(Account account) {
        return !account.disabled() && account.grants().stream().anyMatch(g -> g.role() == AccountRole.ADMIN);
    }

    private long activeAdmins() {
        return accounts.list().stream().filter(this::isActiveAdmin).count();
    }

    private static String displayName(String value, Problems problems) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add("displayName", Text.of("catalog.account.displayName"));
        }
        return name;
    }

    private List<Grant> grants(List<Grant> requested, Problems problems) {
        if (requested == null || requested.isEmpty()) {
            problems.add("roles", Text.of("catalog.account.rolesRequired"));
            return List.of();
        }
        List<Grant> grants = new ArrayList<>();
        Set<AccountRole> seen = EnumSet.noneOf(AccountRole.class);
        for (int i = 0; i < requested.size(); i++) {
            Grant grant = requested.get(i);
            String where = "roles[" + i + "]";
            if (grant == null || grant.role() == null) {
                problems.add(where + ".role", Text.of("catalog.account.roleRequired",
                        java.util.Arrays.toString(AccountRole.values())));
                continue;
            }
            if (!seen.add(grant.role())) {
                problems.add(where + ".role", Text.of("catalog.account.roleTwice", grant.role()));
            }
            if (grant.role().scopedToLocality()) {
                if (grant.locality() == null || !knownLocality.test(grant.locality())) {
                    problems.add(where + ".locality", Text.of("catalog.account.provinceNeeded." + grant.role().name()));
                }
            } else if (grant.locality() != null) {
                problems.add(where + ".locality", Text.of("catalog.account.notProvincial", grant.role()));
            }
            if (grant.role() == AccountRole.CASE_OFFICER && grant.groups().isEmpty()) {
                problems.add(where + ".groups", Text.of("catalog.account.groupsNeeded"));
            } else if (grant.role() != AccountRole.CASE_OFFICER && !grant.groups().isEmpty()) {
                problems.add(where + ".groups", Text.of("catalog.account.groupsNotAllowed"));
            }
            grants.add(grant);
        }
        return List.copyOf(grants);
    }
}
