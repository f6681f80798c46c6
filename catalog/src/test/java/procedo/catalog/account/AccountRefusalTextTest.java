package procedo.catalog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.error.ProcedoException;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * The refusals of accounts and sign-in read as Vietnamese sentences (the default language) and keep their English
 * wording: a wrong password, a locked account with the time to wait, the password policy, a taken username, the last
 * administrator, and the roles of a new user.
 */
class AccountRefusalTextTest extends StoreTest {

    private final AccountServiceTest.MovableClock clock =
            new AccountServiceTest.MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private AccountService accounts;

    @BeforeEach
    void service() {
        accounts = new AccountService(store.accounts(), Set.of("01", "79")::contains, clock, AccountListener.NONE,
                new Passwords.Cost(64, 1));
    }

    private static String vi(Text text) {
        return Messages.render(text, Messages.VIETNAMESE);
    }

    private static String vi(ProcedoException e) {
        return vi(e.text());
    }

    @Test
    void aWrongPasswordAndALockedAccountSayWhatToDoInVietnamese() {
        accounts.create(new AccountRequest("lan", "Nguyễn Thị Lan", "Phố Huế 2026!",
                List.of(Grant.of(AccountRole.VIEWER)), null), Actor.system("test"));

        assertThatThrownBy(() -> accounts.signIn("lan", "sai", "10.0.0.9"))
                .isInstanceOfSatisfying(SignInRefusedException.class, e -> {
                    assertThat(vi(e)).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
                    assertThat(e.getMessage()).isEqualTo("Wrong username or password");
                    assertThat(e.text().key()).isEqualTo("catalog.account.signInRefused");
                });
        for (int i = 2; i < AccountService.FAILURES_BEFORE_LOCK; i++) {
            assertThatThrownBy(() -> accounts.signIn("lan", "sai", "10.0.0.9"));
        }
        assertThatThrownBy(() -> accounts.signIn("lan", "sai", "10.0.0.9"))
                .isInstanceOfSatisfying(SignInRefusedException.class, e -> assertThat(vi(e))
                        .isEqualTo("Sai tên đăng nhập hoặc mật khẩu; do đăng nhập sai nhiều lần, tài khoản tạm bị khóa: "
                                + "hãy thử lại sau 30 giây"));
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> accounts.signIn("lan", "Phố Huế 2026!", "10.0.0.9"))
                .isInstanceOfSatisfying(SignInRefusedException.class, e -> {
                    assertThat(vi(e)).isEqualTo("Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần: hãy thử lại sau 20 giây");
                    assertThat(e.getMessage()).isEqualTo("Too many failed sign-ins: try again later (in 20 seconds)");
                });
    }

    @Test
    void aLongLockIsCountedInMinutes() {
        accounts.create(new AccountRequest("binh", "Trần Văn Bình", "Phố Huế 2026!",
                List.of(Grant.of(AccountRole.VIEWER)), null), Actor.system("test"));
        for (int i = 0; i < AccountService.FAILURES_BEFORE_LOCK + 3; i++) {
            try {
                accounts.signIn("binh", "sai", "10.0.0.9");
            } catch (SignInRefusedException e) {
                clock.advance(Duration.between(clock.instant(), e.retryAfter() == null ? clock.instant() : e.retryAfter()));
            }
        }
        assertThatThrownBy(() -> accounts.signIn("binh", "sai", "10.0.0.9"))
                .isInstanceOfSatisfying(SignInRefusedException.class, e -> assertThat(vi(e)).endsWith("thử lại sau 8 phút"));
    }

    @Test
    void thePasswordPolicySpeaksVietnamese() {
        assertThat(PasswordPolicy.problem("ngắn", "lan", "Lan").map(AccountRefusalTextTest::vi))
                .contains("Cần ít nhất 10 ký tự.");
        assertThat(PasswordPolicy.problem("ngắn", "lan", "Lan").map(Text::toString))
                .contains("must have at least 10 characters");
        assertThat(PasswordPolicy.problem("lan-2026-abcdef", "lan", "Lan").map(AccountRefusalTextTest::vi))
                .contains("Không được chứa tên đăng nhập.");
        assertThat(PasswordPolicy.problem("matkhau123", "lan", "Lan").map(AccountRefusalTextTest::vi))
                .contains("Mật khẩu quá phổ biến, dễ bị dò ra.");
    }

    @Test
    void aBadNewUserIsRefusedFieldByFieldInVietnamese() {
        assertThatThrownBy(() -> accounts.create(new AccountRequest("Lan Nguyen", "", "123",
                List.of(Grant.of(AccountRole.CASE_OFFICER), Grant.of(AccountRole.CASE_OFFICER)), null),
                Actor.system("test")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::location).contains("username", "displayName",
                            "password", "roles[1].role", "roles[0].locality", "roles[0].groups");
                    assertThat(e.problems()).extracting(p -> vi(p.text())).contains(
                            "Từ 2 đến 64 ký tự: chữ thường không dấu, chữ số, “.”, “_” hoặc “-”.",
                            "Bắt buộc nhập, tối đa 200 ký tự.",
                            "Vai trò cán bộ một cửa bị chọn hai lần.",
                            "Hãy chọn tỉnh, thành phố.",
                            "Hãy chọn ít nhất một nhóm xử lý.");
                    assertThat(e.getMessage()).contains("roles[0].locality: a CASE_OFFICER needs the code of a known province");
                });
        assertThat(Messages.label("roles[0].locality", Messages.VIETNAMESE)).contains("Vai trò 1: tỉnh, thành phố");
    }

    @Test
    void aTakenUsernameAndTheLastAdministratorAreConflictsInVietnamese() {
        accounts.ensureFirstAdmin(java.util.Optional.of("Hoàn-kiếm-2026"));
        assertThatThrownBy(() -> accounts.create(new AccountRequest("admin", "Người khác", "Phố Huế 2026!",
                List.of(Grant.of(AccountRole.VIEWER)), null), Actor.system("test")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(vi(e)).isEqualTo("Đã có người dùng tên “admin”.");
                    assertThat(e.getMessage()).isEqualTo("A user named 'admin' exists already");
                });
        assertThatThrownBy(() -> accounts.update("admin", new AccountRequest(null, null, null, null, true),
                Actor.system("test")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(vi(e))
                        .startsWith("“admin” là quản trị viên cuối cùng đang hoạt động"));
    }
}
