package procedo.catalog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

class AccountServiceTest extends StoreTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private AccountService accounts;

    @BeforeEach
    void service() {
        accounts = new AccountService(store.accounts(), Set.of("01", "79")::contains, clock, AccountListener.NONE,
                new Passwords.Cost(64, 1));
    }

    @Test
    void theFirstAdministratorGetsTheConfiguredPasswordOrAOneTimeOneToChange() {
        assertThat(accounts.ensureFirstAdmin(Optional.of("Hoàn-kiếm-2026"))).isEmpty();
        assertThat(accounts.signIn("admin", "Hoàn-kiếm-2026", "127.0.0.1").isAdmin()).isTrue();
        assertThat(accounts.get("admin").mustChangePassword()).isFalse();
        assertThat(accounts.ensureFirstAdmin(Optional.empty())).as("accounts exist already").isEmpty();
    }

    @Test
    void withoutAConfiguredPasswordTheFirstAdministratorMustChangeTheOneTimePassword() {
        String oneTime = accounts.ensureFirstAdmin(Optional.empty()).orElseThrow();

        Principal admin = accounts.signIn("admin", oneTime, "127.0.0.1");
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(accounts.changePassword("admin", oneTime, "Tràng-tiền-2026", admin.actor()).mustChangePassword())
                .isFalse();
        assertThat(accounts.signIn("admin", "Tràng-tiền-2026", "127.0.0.1").mustChangePassword()).isFalse();
        assertThatThrownBy(() -> accounts.signIn("admin", oneTime, "127.0.0.1"))
                .isInstanceOf(SignInRefusedException.class);
    }

    @Test
    void aConfiguredFirstPasswordMustPassThePolicy() {
        assertThatThrownBy(() -> accounts.ensureFirstAdmin(Optional.of("admin123")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PROCEDO_ADMIN_PASSWORD");
        assertThat(store.accounts().isEmpty()).isTrue();
    }

    @Test
    void aNewAccountIsCheckedFieldByField() {
        var request = new AccountRequest("Bad Name", "", "short",
                List.of(new Grant(AccountRole.CASE_OFFICER, "99", List.of()), Grant.of(AccountRole.CASE_OFFICER)), null);

        assertThatThrownBy(() -> accounts.create(request, Actor.system("test")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location)
                        .contains("username", "displayName", "password", "roles[0].locality", "roles[0].groups",
                                "roles[1].role"));
        assertThat(accounts.list()).isEmpty();
    }

    @Test
    void passwordsThatAttackersTryFirstAreRefused() {
        assertThat(PasswordPolicy.problem("matkhau123", "lan", "Lan")).isPresent();
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", "lan", "Lan")).isPresent();
        assertThat(PasswordPolicy.problem("lan-2026-abcdef", "lan", "Lan")).isPresent();
        assertThat(PasswordPolicy.problem("Sông Hương 2026", "lan", "Lan")).isEmpty();
    }

    @Test
    void repeatedFailuresLockTheAccountForAGrowingWhile() {
        accounts.create(officer("lan"), Actor.system("test"));
        for (int i = 1; i < AccountService.FAILURES_BEFORE_LOCK; i++) {
            assertThatThrownBy(() -> accounts.signIn("lan", "wrong password", "10.0.0.9"))
                    .isInstanceOfSatisfying(SignInRefusedException.class, e -> assertThat(e.retryAfter()).isNull());
        }
        assertThatThrownBy(() -> accounts.signIn("lan", "wrong password", "10.0.0.9"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(clock.instant().plusSeconds(30)));
        assertThatThrownBy(() -> accounts.signIn("lan", "Phố Huế 2026!", "10.0.0.9"))
                .as("even the right password while locked").isInstanceOf(SignInRefusedException.class)
                .hasMessageContaining("later");

        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> accounts.signIn("lan", "wrong again", "10.0.0.9"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(clock.instant().plusSeconds(60)));
        clock.advance(Duration.ofSeconds(61));
        assertThat(accounts.signIn("lan", "Phố Huế 2026!", "10.0.0.9").username()).isEqualTo("lan");
        assertThat(store.accounts().find("lan").orElseThrow().failedSignIns()).isZero();
    }

    @Test
    void anUnknownUserIsRefusedWithTheSameWords() {
        accounts.create(officer("lan"), Actor.system("test"));
        String unknown = messageOf(() -> accounts.signIn("nobody", "Phố Huế 2026!", "10.0.0.9"));
        String wrong = messageOf(() -> accounts.signIn("lan", "Phố Huế 2026?", "10.0.0.9"));
        assertThat(unknown).isEqualTo(wrong);
    }

    @Test
    void aSessionEndsAfterItsIdleTimeAndWhenItsUserIsDisabled() {
        accounts.ensureFirstAdmin(Optional.of("Hoàn-kiếm-2026"));
        accounts.create(officer("lan"), Actor.system("test"));
        BrowserSession session = accounts.startSession(accounts.signIn("lan", "Phố Huế 2026!", "10.0.0.9"));

        assertThat(accounts.session(session.cookieValue(), "10.0.0.9")).get()
                .extracting(s -> s.principal().username(), BrowserSession::csrfToken)
                .containsExactly("lan", session.csrfToken());
        clock.advance(AccountService.SESSION_IDLE.minusMinutes(1));
        assertThat(accounts.session(session.cookieValue(), "10.0.0.9")).as("used within the idle time").isPresent();
        clock.advance(AccountService.SESSION_IDLE.minusMinutes(1));
        assertThat(accounts.session(session.cookieValue(), "10.0.0.9")).as("still sliding").isPresent();

        accounts.update("lan", new AccountRequest(null, null, null, null, true), Actor.system("test"));
        assertThat(accounts.session(session.cookieValue(), "10.0.0.9")).isEmpty();
        assertThatThrownBy(() -> accounts.signIn("lan", "Phố Huế 2026!", "10.0.0.9"))
                .isInstanceOf(SignInRefusedException.class);
    }

    @Test
    void aTokenWorksUntilRevokedAndOnlyItsDigestIsKept() {
        accounts.create(officer("lan"), Actor.system("test"));
        IssuedToken issued = accounts.createToken("lan", "script", Actor.system("test"));

        assertThat(issued.secret()).startsWith("pdo_");
        assertThat(store.dsl().fetchCount(store.dsl().selectFrom("api_tokens")
                .where("secret_hash = ?", Passwords.digest(issued.secret())))).isEqualTo(1);
        assertThat(accounts.byToken(issued.secret(), "10.0.0.9")).get().extracting(Principal::username).isEqualTo("lan");
        assertThat(accounts.byToken(issued.secret() + "x", "10.0.0.9")).isEmpty();

        accounts.revokeToken("lan", issued.token().id(), Actor.system("test"));
        assertThat(accounts.byToken(issued.secret(), "10.0.0.9")).isEmpty();
        assertThat(accounts.tokens("lan")).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrLoseTheRole() {
        accounts.ensureFirstAdmin(Optional.of("Hoàn-kiếm-2026"));
        assertThatThrownBy(() -> accounts.update("admin", new AccountRequest(null, null, null, null, true),
                Actor.system("test"))).isInstanceOf(ConflictException.class).hasMessageContaining("last active");
        assertThatThrownBy(() -> accounts.update("admin", new AccountRequest(null, null, null,
                List.of(Grant.of(AccountRole.VIEWER)), null), Actor.system("test"))).isInstanceOf(ConflictException.class);
        assertThat(accounts.get("admin").grants()).containsExactly(Grant.of(AccountRole.ADMIN));
    }

    @Test
    void argon2idHashesVerifyOnlyTheirPassword() {
        String hash = Passwords.hash("Sông Hương 2026");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(Passwords.verify("Sông Hương 2026", hash)).isTrue();
        assertThat(Passwords.verify("Sông Hương 2027", hash)).isFalse();
        assertThat(Passwords.verify("Sông Hương 2026", "$2a$10$notArgon")).isFalse();
        assertThat(Passwords.hash("Sông Hương 2026")).as("salted").isNotEqualTo(hash);
    }

    private static AccountRequest officer(String username) {
        return new AccountRequest(username, "Nguyễn Thị Lan", "Phố Huế 2026!",
                List.of(new Grant(AccountRole.CASE_OFFICER, "79", List.of("tiep_nhan"))), null);
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
            throw new AssertionError("expected a refusal");
        } catch (SignInRefusedException e) {
            return e.getMessage();
        }
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
