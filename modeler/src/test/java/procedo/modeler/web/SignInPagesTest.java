package procedo.modeler.web;

import procedo.modeler.web.http.Authentication;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRequest;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Actor;
import procedo.catalog.account.Grant;

/** What the browser pages rely on: pages redirect to the sign-in page, and a password that must change can be. */
class SignInPagesTest {

    private TestServer server;
    private TestServer anonymous;

    @BeforeEach
    void start() {
        server = TestServer.start();
        anonymous = server.anonymous();
        server.application.accounts().create(new AccountRequest("moi.vao", "Người Mới Vào", "Tạm thời 2026!",
                List.of(Grant.of(AccountRole.VIEWER)), null), Actor.system("tests"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestServer.Response get(String path, String cookie) {
        return anonymous.send("GET", path, new byte[0], "text/plain", "Cookie", cookie);
    }

    private String signIn() {
        var signedIn = anonymous.post("/api/session", "{\"username\": \"moi.vao\", \"password\": \"Tạm thời 2026!\"}");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body().get("mustChangePassword").asBoolean()).isTrue();
        return signedIn.header("Set-Cookie").split(";")[0];
    }

    @Test
    void aPageAskedForWithoutASessionRedirectsToTheSignInPageWithTheWayBack() {
        var page = anonymous.get("/tasks.html?group=mot-cua");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/signin.html?next=%2Ftasks.html%3Fgroup%3Dmot-cua");
        assertThat(anonymous.get("/signin.html").status()).isEqualTo(200);
    }

    @Test
    void whileThePasswordMustChangePagesLeadToTheChangeAndTheChangeIsAllowed() {
        String cookie = signIn();

        var page = get("/tasks.html", cookie);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/signin.html?change=1");
        assertThat(get("/api/procedures", cookie).status()).isEqualTo(403);

        var me = get("/api/me", cookie);
        assertThat(me.status()).isEqualTo(200);
        String csrf = me.body().get("csrfToken").asText();
        var changed = anonymous.send("PUT", "/api/me/password", ("{\"currentPassword\": \"Tạm thời 2026!\","
                + " \"newPassword\": \"Của tôi từ nay 2026\"}").getBytes(StandardCharsets.UTF_8), "application/json",
                "Cookie", cookie, Authentication.CSRF_HEADER, csrf);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("mustChangePassword").asBoolean()).isFalse();
        String next = changed.header("Set-Cookie").split(";")[0];
        assertThat(get("/tasks.html", next).status()).isEqualTo(200);
    }

    @Test
    void signingInAgainWithASessionAlreadyOpenNeedsNoCsrfToken() {
        String cookie = signIn();

        var again = anonymous.send("POST", "/api/session", "{\"username\": \"moi.vao\", \"password\": \"Tạm thời 2026!\"}"
                .getBytes(StandardCharsets.UTF_8), "application/json", "Cookie", cookie);

        assertThat(again.status()).isEqualTo(200);
    }
}
