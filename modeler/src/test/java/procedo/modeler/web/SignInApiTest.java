package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;

/**
 * Signing in and out over HTTP: the session cookie's flags, the CSRF token a session's changes need, the lock-out
 * after repeated failures, API tokens made from a password, and identities no header can fake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInApiTest {

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
        server.application.loadDemoIfEmpty();
        server.tokenFor("lan", Grant.of(AccountRole.ANALYST));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private TestServer.Response signIn(String username, String password) {
        return server.anonymous().post("/api/session", """
                {"username": "%s", "password": "%s"}""".formatted(username, password));
    }

    @Test
    void aSessionCookieIsHttpOnlyStrictAndItsChangesNeedTheCsrfToken() {
        var signedIn = signIn("lan", "Mật khẩu riêng 2026!");
        assertThat(signedIn.status()).isEqualTo(200);
        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).startsWith("procedo_session=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .doesNotContain("Secure");
        String cookie = setCookie.split(";")[0];
        String csrf = signedIn.body().get("csrfToken").asText();
        assertThat(signedIn.body().get("displayName").asText()).isEqualTo("Người dùng lan");
        assertThat(signedIn.body().at("/roles/0/role").asText()).isEqualTo("ANALYST");

        TestServer browser = server.anonymous();
        var me = browser.get("/api/me", "Cookie", cookie);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("csrfToken").asText()).isEqualTo(csrf);

        String plan = "{\"title\": \"Phiên làm việc\"}";
        assertThat(browser.post("/api/procedures/1.001193/plans", plan, "Cookie", cookie).status())
                .as("a change without the CSRF token").isEqualTo(403);
        assertThat(browser.post("/api/procedures/1.001193/plans", plan, "Cookie", cookie, "X-CSRF-Token", "guess")
                .status()).isEqualTo(403);
        var created = browser.post("/api/procedures/1.001193/plans", plan, "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("createdBy").asText()).isEqualTo("lan");

        var out = browser.delete("/api/session", "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.header("Set-Cookie")).startsWith("procedo_session=;").contains("Expires=Thu, 01 Jan 1970");
        assertThat(browser.get("/api/me", "Cookie", cookie).status()).as("the session has ended").isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithRetryAfter() {
        server.tokenFor("binh", Grant.of(AccountRole.VIEWER));
        for (int i = 1; i < 5; i++) {
            var wrong = signIn("binh", "sai mật khẩu " + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body().get("message").asText()).isEqualTo("Wrong username or password");
        }
        var locked = signIn("binh", "sai mật khẩu 5");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 31);
        assertThat(signIn("binh", "Mật khẩu riêng 2026!").status()).as("even the right one, while locked")
                .isEqualTo(429);
        assertThat(signIn("nobody", "Mật khẩu riêng 2026!").body().get("message").asText())
                .as("an unknown user reads the same").isEqualTo("Wrong username or password");
    }

    @Test
    void aTokenIsMadeFromAPasswordUsedAsBearerAndRevoked() {
        var issued = server.anonymous().post("/api/tokens", """
                {"username": "lan", "password": "Mật khẩu riêng 2026!", "label": "báo cáo hằng đêm"}""");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.body().get("secret").asText();
        long id = issued.body().at("/token/id").asLong();
        TestServer script = server.as(secret);
        assertThat(script.get("/api/me").body().get("username").asText()).isEqualTo("lan");
        assertThat(script.get("/api/tokens").body().findValuesAsText("label")).contains("báo cáo hằng đêm");
        assertThat(script.get("/api/tokens").raw().body()).doesNotContain(secret);

        assertThat(server.anonymous().post("/api/tokens", """
                {"username": "lan", "password": "sai", "label": "x"}""").status()).isEqualTo(401);
        assertThat(server.asNewUser("khac", Grant.of(AccountRole.VIEWER)).delete("/api/tokens/" + id).status())
                .as("someone else's token").isEqualTo(404);
        assertThat(script.delete("/api/tokens/" + id).status()).isEqualTo(204);
        assertThat(script.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void noHeaderNamesSomeoneElse() {
        var deployed = server.post("/api/procedures/1.001193/deployments", "", "X-User", "Gia-mao");
        assertThat(deployed.status()).as(deployed.raw().body()).isEqualTo(201);
        assertThat(deployed.body().get("deployedBy").asText()).isEqualTo("admin");
        assertThat(server.anonymous().get("/api/procedures", "X-User", "admin").status()).isEqualTo(401);
    }

    @Test
    void administratorsManageUsersAndTheLastAdministratorStays() {
        var created = server.post("/api/users", """
                {"username": "thu", "displayName": "Phạm Thị Thu", "password": "Tạm thời 2026!",
                 "roles": [{"role": "CASE_OFFICER", "locality": "79", "groups": ["tu-phap"]}]}""");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.body().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(server.get("/api/users").body().findValuesAsText("username")).contains("admin", "thu");

        var bad = server.post("/api/users", """
                {"username": "X Y", "displayName": "", "password": "123", "roles": [{"role": "CASE_OFFICER"}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().findValuesAsText("field")).contains("username", "displayName", "password",
                "roles[0].locality", "roles[0].groups");

        var created_ = server.get("/api/audit?action=USER_CREATED&who=admin").body().get("items");
        assertThat(created_).anySatisfy(r -> {
            assertThat(r.get("subjectId").asText()).isEqualTo("thu");
            assertThat(r.get("after").asText()).contains("Phạm Thị Thu", "CASE_OFFICER").doesNotContain("Tạm thời");
        });

        var disabled = server.put("/api/users/thu", "{\"disabled\": true}");
        assertThat(disabled.body().get("disabled").asBoolean()).isTrue();
        assertThat(signIn("thu", "Tạm thời 2026!").status()).isEqualTo(401);
        assertThat(server.get("/api/audit?action=USER_DISABLED").body().get("items").get(0).get("subjectId").asText())
                .isEqualTo("thu");
        assertThat(server.put("/api/users/admin", "{\"roles\": [{\"role\": \"VIEWER\"}]}").status())
                .as("the last active administrator").isEqualTo(409);
        assertThat(server.asNewUser("nam", Grant.of(AccountRole.ANALYST)).get("/api/users").status()).isEqualTo(403);
        assertThat(List.of(server.get("/api/users/thu").body().at("/roles/0/locality").asText())).containsExactly("79");
    }

    @Test
    void forwardedHeadersAreBelievedOnlyFromTheConfiguredProxies() {
        String[] forwarded = {"X-Forwarded-For", "198.51.100.4, 203.0.113.7", "X-Forwarded-Proto", "https"};
        String login = "{\"username\": \"admin\", \"password\": \"" + TestServer.ADMIN_PASSWORD + "\"}";

        var direct = server.anonymous().post("/api/session", login, forwarded);
        assertThat(direct.body().get("address").asText()).isEqualTo("127.0.0.1");
        assertThat(direct.header("Set-Cookie")).doesNotContain("Secure");

        try (TestServer proxied = TestServer.behindProxies(java.util.Set.of("127.0.0.1"))) {
            var viaProxy = proxied.anonymous().post("/api/session", login, forwarded);
            assertThat(viaProxy.body().get("address").asText()).as("the last hop before the proxy")
                    .isEqualTo("203.0.113.7");
            assertThat(viaProxy.header("Set-Cookie")).contains("Secure");
        }
    }
}
